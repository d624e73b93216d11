// The data the entity pass works on: every object the docs show in a response (an example's, or
// the one a response-attribute table describes), with where it was seen. collect.ts builds these;
// group.ts, unify.ts and name.ts read them. Plain data, ids are indexes into one array.
import type { SourceRef } from '../../model.js';
import type { Schema } from '../type-schema.js';

/** What one example (or table row) shows at one place of a response. */
export type Value =
  | { kind: 'null' }
  /** A string, number or boolean: its schema (type, and format for dates). */
  | { kind: 'leaf'; schema: Schema }
  /** An object: the observation it became. */
  | { kind: 'object'; id: number }
  | { kind: 'array'; items: Value[] }
  /**
   * A response-attribute table's row: its type, description and deprecation; `of`, what its
   * sub-rows describe (`commits[].id` under `commits`).
   */
  | { kind: 'row'; schema: Schema; description?: string; deprecated?: boolean; source: SourceRef; of?: Value };

/** Where an observation was seen: the operation, the response, and its place in the body. */
export interface Site {
  /** `GET /projects/:id/issues`: the operation's method and documented path. */
  operation: string;
  status: number;
  /** JSON-pointer-like place in the body: '' the body, `/[]` a list's element, `/[]/author`. */
  pointer: string;
  /** The property it sits under (`author`, `assignees`), undefined for the body. */
  key?: string;
  /** The example block or the table row. */
  source: SourceRef;
}

/** One object seen in a response: its properties, in the order shown. */
export interface Observation {
  id: number;
  props: [string, Value][];
  /**
   * It shows some fields only, so it says nothing of which fields the entity always has: the object
   * a response-attribute table describes, an example of "additional response attributes" beside
   * the full one (see collect.ts).
   */
  partial: boolean;
  parent?: number;
  site: Site;
}

/** Everything one success response of an operation shows. */
export interface ResponseEvidence {
  /** Its first example block (or table). */
  source: SourceRef;
  /** Each JSON document of its examples (alternatives, not elements of one list). */
  examples: Value[];
  /** The same documents as the docs give them. */
  documents: unknown[];
  /** What its response-attribute tables describe. */
  tables: Value[];
  /** Examples that only add fields to the fullest one: `[complement, fullest]`, `examples` indexes. */
  complements: [number, number][];
}
