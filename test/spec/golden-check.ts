// The checker behind the golden tests: an expectation written from reading a docs page, compared
// with one operation of a generated spec.
import { expect } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

/** What the docs say of one parameter or body property. Unset keys are not checked. */
export interface Want {
  /** JSON Schema type(s); `null`: the docs give no type, so the schema must have none. */
  type?: string | string[] | null;
  format?: string;
  /** Type of the array's elements. */
  items?: string | string[];
  required?: boolean;
  /** Allowed values; `null`: the docs enumerate none, so no enum. */
  enum?: unknown[] | null;
  /** Values the enum must hold (where the docs' wording leaves room for more). */
  enumIncludes?: unknown[];
  /**
   * Values the docs allow beside the type (`None`, `Any`, `''`, `null`): the literal members of an
   * `anyOf` whose first member is the type. `null`: none.
   */
  special?: unknown[] | null;
  /** Whether the type is marked `x-gitlab-type-inferred` (the docs give none; their words settle it). */
  inferred?: boolean;
}

export interface Golden {
  page: string;
  /** `GET /projects/{id}/issues` */
  op: string;
  status: string;
  path?: Record<string, Want>;
  query?: Record<string, Want>;
  /** Body properties; nested ones as `position.base_sha`, `actions[].file_path`. */
  body?: Record<string, Want>;
  /** Content types of the body. */
  bodyTypes?: string[];
  /** Fields of the success response (of its items, for an array). */
  response?: string[];
  responseIsArray?: boolean;
  /** How many examples the success response shows (one per JSON document of its blocks). */
  responseExamples?: number;
  /** Other statuses the docs name (`400` for an error example). */
  alsoStatus?: string[];
  /** The operation's `externalDocs.url`: the docs page and the section's heading anchor. */
  docs?: string;
  paginated?: boolean;
}

type Schema = Record<string, any>;

/** `anyOf: [type, {enum: [...]}, {type: 'null'}]`: the type and the special values beside it. */
function splitSpecial(schema: Schema): { main: Schema; special?: unknown[] } {
  const members: Schema[] | undefined = schema.anyOf;
  if (!members || members.length < 2 || !members.slice(1).every((m) => m.enum || m.type === 'null')) return { main: schema };
  return { main: members[0], special: members.slice(1).flatMap((m) => (m.type === 'null' ? [null] : m.enum)) };
}

function checkSchema(where: string, outer: Schema | undefined, want: Want, required: boolean) {
  expect(outer, `${where}: missing`).toBeDefined();
  const { main: schema, special } = splitSpecial(outer!);
  if (want.special === null) expect(special, `${where}: special values`).toBeUndefined();
  else if (want.special !== undefined) expect(special, `${where}: special values`).toEqual(want.special);
  if (want.inferred !== undefined) expect(Boolean(outer!['x-gitlab-type-inferred']), `${where}: x-gitlab-type-inferred`).toBe(want.inferred);
  if (want.type === null) expect(schema!.type, `${where}: type`).toBeUndefined();
  else if (want.type !== undefined) expect(schema!.type, `${where}: type`).toEqual(want.type);
  if (want.format !== undefined) expect(schema!.format, `${where}: format`).toBe(want.format);
  if (want.items !== undefined) expect(schema!.items?.type, `${where}: items`).toEqual(want.items);
  if (want.required !== undefined) expect(required, `${where}: required`).toBe(want.required);
  const values = schema!.enum ?? schema!.items?.enum;
  if (want.enum === null) expect(values, `${where}: enum`).toBeUndefined();
  else if (want.enum !== undefined) expect(values, `${where}: enum`).toEqual(want.enum);
  if (want.enumIncludes !== undefined) expect(values, `${where}: enum`).toEqual(expect.arrayContaining(want.enumIncludes));
}

function bodyProperty(root: Schema, dotted: string): { schema: Schema | undefined; required: boolean } {
  let container: Schema | undefined = root;
  const parts = dotted.split('.');
  for (let i = 0; i < parts.length; i++) {
    const array = parts[i].endsWith('[]');
    const key = array ? parts[i].slice(0, -2) : parts[i];
    const schema: Schema | undefined = container?.properties?.[key];
    const required = Boolean(container?.required?.includes(key));
    if (i === parts.length - 1) return { schema, required };
    container = array ? schema?.items : schema;
  }
  return { schema: undefined, required: false };
}

export function checkGolden(doc: OpenAPIDocument, g: Golden): void {
  const [method, path] = g.op.split(' ');
  const op = (doc.paths as Record<string, Schema>)[path]?.[method.toLowerCase()];
  expect(op, `${g.op} is in the spec`).toBeDefined();
  expect(op['x-source'].file).toBe(g.page);
  expect(Object.keys(op.responses)).toContain(g.status);
  const params: Schema[] = (op.parameters ?? []).filter((p: Schema) => !p.$ref);
  for (const [location, wants] of [['path', g.path], ['query', g.query]] as const) {
    for (const [name, want] of Object.entries(wants ?? {})) {
      const p = params.find((x) => x.in === location && x.name === name);
      expect(p, `${g.op}: ${location} parameter ${name}`).toBeDefined();
      expect(p!['x-source']?.file, `${g.op}: ${name} x-source`).toBe(g.page);
      checkSchema(`${g.op}: ${location} ${name}`, p!.schema, want, Boolean(p!.required));
    }
  }
  if (g.body) {
    const content = op.requestBody?.content ?? {};
    if (g.bodyTypes) expect(Object.keys(content), `${g.op}: body content types`).toEqual(g.bodyTypes);
    // The fullest encoding: multipart holds the files that JSON and form encoding leave out.
    const root = ((content['multipart/form-data'] ?? Object.values(content)[0]) as Schema | undefined)?.schema;
    for (const [name, want] of Object.entries(g.body)) {
      const { schema, required } = bodyProperty(root ?? {}, name);
      checkSchema(`${g.op}: body ${name}`, schema, want, required);
      expect(schema!['x-source'], `${g.op}: body ${name} x-source`).toBeDefined();
    }
    // Body parameters are not also query parameters.
    for (const name of Object.keys(g.body)) expect(params.some((p) => p.in === 'query' && p.name === name.split('.')[0])).toBe(false);
  }
  if (g.response) {
    const schema: Schema | undefined = op.responses[g.status]?.content?.['application/json']?.schema;
    expect(schema, `${g.op}: response schema`).toBeDefined();
    const isArray = schema!.type === 'array';
    if (g.responseIsArray !== undefined) expect(isArray, `${g.op}: response is an array`).toBe(g.responseIsArray);
    const object = isArray ? schema!.items : schema;
    expect(Object.keys(object?.properties ?? {}), `${g.op}: response fields`).toEqual(expect.arrayContaining(g.response));
  }
  for (const status of g.alsoStatus ?? []) expect(Object.keys(op.responses), `${g.op}: status ${status}`).toContain(status);
  if (g.responseExamples !== undefined) {
    const media = op.responses[g.status]?.content?.['application/json'] ?? {};
    const count = media.examples ? Object.keys(media.examples).length : media.example !== undefined ? 1 : 0;
    expect(count, `${g.op}: examples of ${g.status}`).toBe(g.responseExamples);
  }
  if (g.docs !== undefined) expect(op.externalDocs?.url, `${g.op}: externalDocs`).toBe(g.docs);
  if (g.paginated !== undefined) expect(Boolean(op['x-gitlab-paginated']), `${g.op}: paginated`).toBe(g.paginated);
}
