// Every kind of change, its level and its message: the one place that decides what breaks.
// The level is for a client that calls the API, including this project's own typed client and
// CLI, whose method and command names come from operationIds and whose argument types come from
// the schemas. Checks (checks/*.ts) only report what changed; they never pick a level.
import type { ChangeId, FieldChangeKind, Finding, Level } from './types.js';

export interface Rule {
  level: Level;
  /** `{subject}`, `{from}`, `{to}`, `{location}` and, for request fields, `{what}` are filled in. */
  message: string;
  /**
   * The same change in many operations, said once in the Markdown (`{count}` operations; the
   * JSON keeps every change): for non-breaking kinds that repeat across a page.
   */
  group?: string;
}

/**
 * Request fields: the same rules hold for a parameter (`{what}` = `query parameter`, ...) and for
 * a request body property (`{what}` = `request property`): both are things the client sends.
 */
const FIELD_RULES: Record<FieldChangeKind, Rule> = {
  // Existing calls do not send it, so the server now rejects them.
  'added-required': { level: 'breaking', message: 'added the required {what} `{subject}`' },
  // Existing calls keep working without it.
  'added-optional': { level: 'non-breaking', message: 'added the optional {what} `{subject}`', group: '{count} operations gained the optional {what} `{subject}`' },
  // Calls that send it are sending something the API no longer takes (and the typed client no longer accepts it).
  removed: { level: 'breaking', message: 'removed the {what} `{from}`' },
  // Evident when one field went and one came at the same place with the same type and description:
  // calls that send the old name break exactly as with a removal.
  renamed: { level: 'breaking', message: 'renamed the {what} `{from}` to `{to}`' },
  'became-required': { level: 'breaking', message: 'the {what} `{subject}` became required' },
  'became-optional': { level: 'non-breaking', message: 'the {what} `{subject}` became optional' },
  // The docs now say what the API took all along (e.g. `unknown` -> `string` when a bullet list
  // became a typed table): a statement of fact, not a restriction, so calls keep working.
  'type-added': { level: 'non-breaking', message: 'the {what} `{subject}` gained the type `{to}`', group: 'the {what} `{subject}` of {count} operations gained the type `{to}`' },
  // Any value is accepted now: nothing a client sent before is refused.
  'type-removed': { level: 'non-breaking', message: 'the {what} `{subject}` no longer has a type (was `{from}`)' },
  // Everything accepted before still is (`integer` -> `integer | string`, `integer` -> `number`).
  'type-widened': { level: 'non-breaking', message: 'the type of the {what} `{subject}` widened from `{from}` to `{to}`' },
  // Some values accepted before are refused now (`integer | string` -> `integer`).
  'type-narrowed': { level: 'breaking', message: 'the type of the {what} `{subject}` narrowed from `{from}` to `{to}`' },
  // Neither contains the other (`string` -> `integer`).
  'type-changed': { level: 'breaking', message: 'the type of the {what} `{subject}` changed from `{from}` to `{to}`' },
  'enum-value-added': { level: 'non-breaking', message: 'added the value `{to}` to the {what} `{subject}`' },
  // Calls that send that value are refused.
  'enum-value-removed': { level: 'breaking', message: 'removed the value `{from}` from the {what} `{subject}`' },
  // Any value was allowed; now only a list is.
  'enum-added': { level: 'breaking', message: 'the {what} `{subject}` is now limited to `{to}`' },
  'enum-removed': { level: 'non-breaking', message: 'the {what} `{subject}` is no longer limited to `{from}`' },
  // Still works; a warning to move on.
  deprecated: { level: 'non-breaking', message: 'the {what} `{subject}` is deprecated', group: 'the {what} `{subject}` of {count} operations is deprecated' },
};

function fieldRules(prefix: 'request-parameter' | 'request-property'): Record<`${typeof prefix}-${FieldChangeKind}`, Rule> {
  return Object.fromEntries(Object.entries(FIELD_RULES).map(([kind, rule]) => [`${prefix}-${kind}`, rule])) as Record<`${typeof prefix}-${FieldChangeKind}`, Rule>;
}

/** The table, in the order changes are listed within an operation. */
export const RULES: Record<ChangeId, Rule> = {
  'operation-removed': { level: 'breaking', message: 'removed the operation' },
  // Compared as single pages, the newer page may just no longer hold it: GitLab moves routes
  // between pages (the project hooks went from projects.md to project_webhooks.md).
  'operation-removed-from-page': { level: 'unverified', message: 'no longer on `{from}`: the route may have moved to another page (compare the whole docs folders to tell)' },
  // The same call, documented on another page: nothing changes for a client.
  'operation-moved': { level: 'non-breaking', message: 'moved from `{from}` to `{to}`', group: '{count} operations moved from `{from}` to `{to}`' },
  // Calls with the old method are refused (405 or 404).
  'operation-method-changed': { level: 'breaking', message: 'the method changed from `{from}` to `{to}`' },
  'operation-added': { level: 'non-breaking', message: 'added the operation' },
  // The HTTP call is unchanged, but the typed client's method and the CLI's command are named from
  // the operationId (`listProjectIssues`, `list-project-issues`): code and scripts using the old name stop working.
  'operation-id-changed': { level: 'breaking', message: 'the operationId changed from `{from}` to `{to}`' },
  'operation-deprecated': { level: 'non-breaking', message: 'the operation is deprecated' },
  'operation-undeprecated': { level: 'non-breaking', message: 'the operation is no longer deprecated' },
  ...fieldRules('request-parameter'),
  ...fieldRules('request-property'),
  // Calls that send the body in that encoding (say JSON, when a file parameter made it multipart) are refused.
  'request-body-media-type-removed': { level: 'breaking', message: 'the request body is no longer accepted as `{from}`' },
  'request-body-media-type-added': { level: 'non-breaking', message: 'the request body is now also accepted as `{to}`' },
  // A client that checks for that status (or whose typed client reads that response) no longer gets it.
  'response-success-status-removed': { level: 'breaking', message: 'removed the success response `{subject}`' },
  'response-success-status-added': { level: 'non-breaking', message: 'added the success response `{subject}`' },
  // Typed code that reads the body's fields has nothing documented to read any more.
  'response-schema-removed': { level: 'breaking', message: 'the {location} no longer documents its body' },
  'response-schema-added': { level: 'non-breaking', message: 'the {location} now documents its body' },
  // Code reading it gets nothing.
  'response-property-removed': { level: 'breaking', message: 'removed the property `{from}` from the {location}' },
  'response-property-added': { level: 'non-breaking', message: 'added the property `{subject}` to the {location}', group: "{count} operations' responses gained `{subject}`" },
  // Still sent; a warning that it will go.
  'response-property-deprecated': { level: 'non-breaking', message: 'the property `{subject}` of the {location} is deprecated', group: "`{subject}` is deprecated in {count} operations' responses" },
  // The docs now show `null` for it. Nullability is read from the docs' examples, and GitLab's
  // fields did not start being null between versions because an example shows it: a warning to
  // check for null, not a change of the API.
  'response-property-became-nullable': { level: 'non-breaking', message: 'the property `{subject}` of the {location} may be `null`', group: "`{subject}` may be `null` in {count} operations' responses" },
  // For a reader the rules reverse: getting fewer kinds of value is safe, more is not.
  'response-property-type-added': { level: 'non-breaking', message: 'the property `{subject}` of the {location} gained the type `{to}`', group: "`{subject}` gained the type `{to}` in {count} operations' responses" },
  'response-property-type-narrowed': { level: 'non-breaking', message: 'the type of the property `{subject}` of the {location} narrowed from `{from}` to `{to}`' },
  'response-property-type-widened': { level: 'breaking', message: 'the type of the property `{subject}` of the {location} widened from `{from}` to `{to}`' },
  'response-property-type-changed': { level: 'breaking', message: 'the type of the property `{subject}` of the {location} changed from `{from}` to `{to}`' },
};

export const RULE_ORDER: ChangeId[] = Object.keys(RULES) as ChangeId[];

/** `query parameter`, `path parameter`, `request property`. */
function fieldWhat(location: string | undefined): string {
  return location === 'body' ? 'request property' : `${location ?? 'request'} parameter`;
}

function fill(template: string, finding: Finding, count = 0): string {
  const values: Record<string, string> = {
    subject: finding.subject ?? '',
    from: finding.from ?? '',
    to: finding.to ?? '',
    location: finding.location ?? '',
    what: fieldWhat(finding.location),
    count: String(count),
  };
  return template.replace(/\{(subject|from|to|location|what|count)\}/g, (_, key: string) => values[key]);
}

export function renderMessage(finding: Finding): string {
  return fill(RULES[finding.id].message, finding);
}

/** The line for `count` operations with the same change, or undefined when the kind is never grouped. */
export function renderGroupMessage(finding: Finding, count: number): string | undefined {
  const group = RULES[finding.id].group;
  return group === undefined ? undefined : fill(group, finding, count);
}
