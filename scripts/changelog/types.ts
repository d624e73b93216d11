// The changelog's data: what a check finds and what the report holds. Plain data, so the JSON
// report is just this serialised and tests compare it directly.

/** Where a request field lives: a parameter's `in`, or `body` for a request body property. */
export type FieldLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

/** How a request field (parameter or body property) can change; the id prefix says which of the two. */
export type FieldChangeKind =
  | 'added-required'
  | 'added-optional'
  | 'removed'
  | 'renamed'
  | 'became-required'
  | 'became-optional'
  | 'type-added'
  | 'type-removed'
  | 'type-widened'
  | 'type-narrowed'
  | 'type-changed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'enum-added'
  | 'enum-removed'
  | 'deprecated';

/** Stable kebab-case ids, one per kind of change; `rules.ts` gives each its level and message. */
export type ChangeId =
  | 'operation-added'
  | 'operation-removed'
  | 'operation-removed-from-page'
  | 'operation-moved'
  | 'operation-method-changed'
  | 'operation-id-changed'
  | 'operation-deprecated'
  | 'operation-undeprecated'
  | `request-parameter-${FieldChangeKind}`
  | `request-property-${FieldChangeKind}`
  | 'request-body-media-type-added'
  | 'request-body-media-type-removed'
  | 'response-success-status-added'
  | 'response-success-status-removed'
  | 'response-schema-added'
  | 'response-schema-removed'
  | 'response-property-added'
  | 'response-property-removed'
  | 'response-property-deprecated'
  | 'response-property-became-nullable'
  | 'response-property-type-added'
  | 'response-property-type-narrowed'
  | 'response-property-type-widened'
  | 'response-property-type-changed';

/**
 * `unverified`: the docs compared cannot tell whether it breaks (an operation missing from a page
 * may have moved to a page that was not compared).
 */
export type Level = 'breaking' | 'non-breaking' | 'unverified';

/** `x-source` of the changed thing, and which document it is from (the base one when it is gone). */
export interface ChangeSource {
  side: 'base' | 'revision';
  file: string;
  line: number;
}

/** What a check reports: the kind of change and its particulars; the operation is added around it. */
export interface Finding {
  id: ChangeId;
  /** The parameter or property (`token`, `position.base_sha`, `[].id`), or the response status. */
  subject?: string;
  /** `query`, `body`, `response 200`, ... */
  location?: string;
  /** The value before and after, as text (`string`, `integer | string`, `getIssue`). */
  from?: string;
  to?: string;
  source?: ChangeSource;
}

export interface Change extends Finding {
  level: Level;
  method: string;
  /** The path as in the revision (the base's, for a removed operation). */
  path: string;
  operationId?: string;
  message: string;
}

export interface ChangelogReport {
  base: { title: string; version: string };
  revision: { title: string; version: string };
  summary: { breaking: number; nonBreaking: number; unverified: number };
  /** Sorted by path, then method, then the order of ids in `rules.ts`, then subject. */
  changes: Change[];
}
