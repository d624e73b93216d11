// One schema from everything the docs show of an entity (quicktype's UnifyClasses):
// - a property is `required` only when every example object of the entity has it (a table row
//   says a field exists, not that every response carries it);
// - `null` beside a type makes it nullable (`type: [T, 'null']`, or `anyOf: [{$ref}, {type: 'null'}]`);
//   a property only ever shown as `null` gets no type at all (any value, null included), never
//   `type: ['null']`, and is reported by the caller;
// - nested objects are the entities they were grouped into (`refTo`), lists their elements';
// - a table row types the property where the examples do not (only `null` shown), and gives its
//   description and deprecation.
import type { Schema } from '../type-schema.js';
import { schemaTypes } from '../type-schema.js';
import { mergeSchemas } from '../merge-schemas.js';
import { asSchemaObject } from '../type-schema.js';
import type { Observation, Value } from './types.js';

/**
 * The schema standing for an object observation: its entity's `$ref`, or its schema inline; the
 * same object for every observation of one entity (values are told apart by identity).
 */
export type RefTo = (observation: number) => Schema;

export interface ValueSchema {
  schema: Schema;
  /** Only `null` was ever seen, and no table typed it. */
  nullOnly: boolean;
}

const merge = (a: Schema | undefined, b: Schema): Schema =>
  (a ? (mergeSchemas(asSchemaObject(a), asSchemaObject(b)) as unknown as Schema) : b);

function hasType(schema: Schema): boolean {
  return schemaTypes(schema).length > 0;
}

/** `T` -> `[T, 'null']`. */
export function withNull(schema: Schema): Schema {
  const types = schemaTypes(schema);
  if (types.length === 0 || types.includes('null')) return schema;
  return { ...schema, type: [...types, 'null'] };
}

/** The schema of every value one property (or list element) was shown with. */
export function valueSchema(values: Value[], refTo: RefTo): ValueSchema {
  // Most fields show the same kind of leaf every time (`"id": 1`, `"id": 2`): its shared schema.
  const first = values[0];
  if (first?.kind === 'leaf' && values.every((v) => v === first)) return { schema: first.schema, nullOnly: false };
  let leaf: Schema | undefined;
  let nullable = false;
  const refs = new Set<Schema>();
  let isArray = false;
  const items: Value[] = [];
  const rowTypes: Schema[] = [];
  let description: string | undefined;
  let deprecated = false;

  // A loop, not a closure made per call (thousands of calls a run): a row's `of` is read as the
  // value it describes.
  for (let i = 0; i < values.length; i++) {
    let value: Value | undefined = values[i];
    while (value) {
      const current: Value = value;
      value = undefined;
      switch (current.kind) {
        case 'null':
          nullable = true;
          break;
        case 'leaf':
          // Most leaves are the same few schemas (leafSchema shares them): merge only what differs.
          if (current.schema !== leaf && hasType(current.schema)) leaf = merge(leaf, current.schema);
          break;
        case 'object':
          refs.add(refTo(current.id));
          break;
        case 'array':
          isArray = true;
          items.push(...current.items);
          break;
        case 'row':
          description ??= current.description;
          deprecated ||= current.deprecated === true;
          if (current.of) value = current.of;
          else rowTypes.push(current.schema);
          break;
      }
    }
  }

  // A row's type counts where the examples did not show that kind of value: `object` beside an
  // example object adds nothing; beside only `null` it is all we know.
  let rowItems: Schema | undefined;
  for (const row of rowTypes) {
    const types = schemaTypes(row);
    if (types.length === 0) continue;
    if (types.length === 1 && types[0] === 'object' && refs.size > 0) continue;
    if (types.length === 1 && types[0] === 'array') {
      isArray = true;
      if (row.items && hasType(row.items as Schema)) rowItems = row.items as Schema;
      continue;
    }
    leaf = merge(leaf, row);
  }

  const parts: Schema[] = [];
  if (isArray) {
    const elements = items.length > 0 ? valueSchema(items, refTo).schema : undefined;
    parts.push({ type: 'array', items: elements && Object.keys(elements).length > 0 ? elements : rowItems ?? {} });
  }
  if (leaf) parts.push(leaf);
  // Two inline objects can be equal (two empty `{}`s): one of each.
  const unique = refs.size > 1 ? new Map([...refs].map((ref) => [JSON.stringify(ref), ref])).values() : refs.values();
  parts.push(...unique);

  let schema: Schema;
  if (parts.length === 0) schema = {};
  else if (parts.length === 1 && parts[0].$ref === undefined) schema = nullable ? withNull(parts[0]) : parts[0];
  else if (parts.length === 1 && !nullable) schema = parts[0];
  else schema = { anyOf: nullable ? [...parts, { type: 'null' }] : parts };
  if (description) schema = { ...schema, description };
  if (deprecated) schema = { ...schema, deprecated: true };
  return { schema, nullOnly: parts.length === 0 && nullable };
}

export interface UnifiedEntity {
  schema: Schema;
  /** Properties only ever shown as `null`, with the first place each was seen. */
  nullOnly: { key: string; observation: Observation }[];
}

/** The schema of an entity from its observations (ascending ids: the docs' order). */
export function unifyEntity(members: Observation[], refTo: RefTo): UnifiedEntity {
  const byKey = new Map<string, { values: Value[]; present: number; first: Observation }>();
  let examples = 0;
  for (const member of members) {
    if (!member.partial) examples++;
    const { props } = member;
    for (let i = 0; i < props.length; i++) {
      const key = props[i][0];
      const value = props[i][1];
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { values: [], present: 0, first: member }));
      entry.values.push(value);
      if (!member.partial) entry.present++;
    }
  }
  const nullOnly: UnifiedEntity['nullOnly'] = [];
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [key, entry] of byKey) {
    const { schema, nullOnly: onlyNull } = valueSchema(entry.values, refTo);
    if (onlyNull) nullOnly.push({ key, observation: entry.first });
    // `__proto__` in an example is an ordinary property name, not the prototype.
    if (key === '__proto__') Object.defineProperty(properties, key, { value: schema, enumerable: true, writable: true, configurable: true });
    else properties[key] = schema;
    if (examples > 0 && entry.present === examples) required.push(key);
  }
  const schema: Schema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  return { schema, nullOnly };
}
