// Merging two JSON Schemas that describe observations of the same value: the elements of an
// example array, several example responses of one endpoint, an example and a response-attribute
// table. The result accepts every value either side accepts (so each example stays valid against
// the schema it is attached to), and says no more than both sides agree on:
// - `type`: the union (`string` + `null` -> `['string', 'null']`; `integer` + `number` -> `number`).
// - `format`: kept when both sides that allow strings give the same one, dropped otherwise.
// - `properties`: the union, in order of first appearance (left side first); each merged.
// - `required`: a property is required when every observation of the object had it, that is the
//   intersection; a side that saw no keys at all (`{type: 'object'}` from a table row with no
//   sub-rows) does not count as an observation of the keys.
// - `items`: merged.
// - `description`, `title` and other annotations: the left side wins, the right fills the gaps.
// - A side without any type information (`{}`: an empty array's items, an attribute of unknown
//   type) is no observation at all: the other side's typing is kept as it is.
// - Anything this merge does not understand (`anyOf`, `$ref`, `enum` that differ) ends in `anyOf`.
import type { SchemaObject } from '../openapi-document.js';
import { asSchemaObject, schemaTypes, type Schema } from './type-schema.js';

const TYPING = ['type', 'properties', 'items', 'anyOf', 'oneOf', 'allOf', '$ref', 'enum', 'const', 'format', 'required'];
const UNDERSTOOD = new Set(['type', 'properties', 'items', 'format', 'required']);

function hasTyping(schema: Schema): boolean {
  return TYPING.some((key) => schema[key] !== undefined);
}

function annotations(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !TYPING.includes(key)));
}

/** Stable type order for deterministic output: the order the types were seen, `null` last. */
function unionTypes(a: string[], b: string[]): string | string[] {
  let types = [...new Set([...a, ...b])];
  if (types.includes('number')) types = types.filter((t) => t !== 'integer');
  const nullable = types.includes('null');
  types = types.filter((t) => t !== 'null');
  if (nullable) types.push('null');
  return types.length === 1 ? types[0] : types;
}

function mergeFormat(a: Schema, b: Schema): string | undefined {
  const stringsA = schemaTypes(a).includes('string');
  const stringsB = schemaTypes(b).includes('string');
  if (stringsA && stringsB) return a.format === b.format ? (a.format as string | undefined) : undefined;
  return (stringsA ? a.format : stringsB ? b.format : a.format ?? b.format) as string | undefined;
}

function mergeProperties(a: Schema, b: Schema): Record<string, Schema> {
  const left = (a.properties ?? {}) as Record<string, Schema>;
  const right = (b.properties ?? {}) as Record<string, Schema>;
  // Own keys only, built with fromEntries: property names such as `__proto__` or `constructor`
  // are ordinary names in a JSON example.
  const merged: [string, Schema][] = Object.keys(left).map((key) => [
    key,
    Object.hasOwn(right, key) ? mergeSchema(left[key], right[key]) : left[key],
  ]);
  for (const key of Object.keys(right)) if (!Object.hasOwn(left, key)) merged.push([key, right[key]]);
  return Object.fromEntries(merged);
}

function mergeRequired(a: Schema, b: Schema, properties: Record<string, Schema>): string[] {
  const sawKeys = (s: Schema) => s.properties !== undefined;
  const req = (s: Schema) => new Set((s.required ?? []) as string[]);
  let required: Set<string>;
  if (sawKeys(a) && sawKeys(b)) {
    const right = req(b);
    required = new Set([...req(a)].filter((name) => right.has(name)));
  } else {
    required = sawKeys(a) ? req(a) : sawKeys(b) ? req(b) : new Set();
  }
  return Object.keys(properties).filter((name) => required.has(name));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function anyOf(a: Schema, b: Schema): Schema {
  const members = [a, b].flatMap((s) => (Object.keys(s).length === 1 && Array.isArray(s.anyOf) ? (s.anyOf as Schema[]) : [s]));
  const unique = members.filter((m, i) => members.findIndex((n) => sameJson(n, m)) === i);
  return unique.length === 1 ? unique[0] : { anyOf: unique };
}

function mergeSchema(a: Schema, b: Schema): Schema {
  if (!hasTyping(a)) return { ...b, ...annotations(b), ...annotations(a) };
  if (!hasTyping(b)) return { ...a, ...annotations(b), ...annotations(a) };
  if (sameJson(a, b)) return a;
  const understood = (s: Schema) => Object.keys(s).every((key) => UNDERSTOOD.has(key) || !TYPING.includes(key));
  if (!understood(a) || !understood(b) || schemaTypes(a).length === 0 || schemaTypes(b).length === 0) return anyOf(a, b);

  const merged: Schema = { type: unionTypes(schemaTypes(a), schemaTypes(b)) };
  const format = mergeFormat(a, b);
  if (format !== undefined) merged.format = format;
  if (a.properties !== undefined || b.properties !== undefined) {
    const properties = mergeProperties(a, b);
    merged.properties = properties;
    const required = mergeRequired(a, b, properties);
    if (required.length > 0) merged.required = required;
  }
  if (a.items !== undefined || b.items !== undefined) {
    merged.items = a.items !== undefined && b.items !== undefined
      ? mergeSchema(a.items as Schema, b.items as Schema)
      : (a.items ?? b.items);
  }
  // Annotations last: left wins, right fills in.
  return { ...merged, ...annotations(b), ...annotations(a) };
}

/** The schema of values described by `a` or by `b` (see the rules above). Pure; deterministic. */
export function mergeSchemas(a: SchemaObject, b: SchemaObject): SchemaObject {
  return asSchemaObject(mergeSchema(a as unknown as Schema, b as unknown as Schema));
}
