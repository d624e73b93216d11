// TypeRef (the docs' type, normalised by the parse stage) -> JSON Schema, faithfully:
// what the docs say and nothing more. An unknown type gets no `type` at all (any value),
// with the docs' own words kept in the description, rather than a guess passed off as fact.
import type { TypeRef } from '../model.js';
import type { SchemaObject } from '../openapi-document.js';

/** A schema while we build it: openapi-typescript's SchemaObject is a strict union, awkward to build up. */
export type Schema = Record<string, unknown>;

export function asSchemaObject(schema: Schema): SchemaObject {
  return schema as unknown as SchemaObject;
}

const PRIMITIVE: Record<string, Schema> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  file: { type: 'string', format: 'binary' },
  object: { type: 'object' },
};

export function typeToSchema(type: TypeRef): Schema {
  switch (type.kind) {
    case 'id':
      // A numeric id or a URL-encoded path (`integer/string` in the docs).
      return { type: ['integer', 'string'] };
    case 'array':
      return { type: 'array', items: typeToSchema(type.items) };
    case 'union':
      return unionToSchema(type.of);
    case 'unknown':
      return {};
    default:
      return { ...(PRIMITIVE[type.kind] ?? {}) };
  }
}

/** `boolean/string`: a list of plain types when every member is a plain type, anyOf otherwise. */
function unionToSchema(of: TypeRef[]): Schema {
  const members = of.map(typeToSchema);
  const plain = members.every((m) => typeof m.type === 'string' && Object.keys(m).length === 1);
  if (plain) {
    const types = [...new Set(members.map((m) => m.type as string))];
    return types.length === 1 ? { type: types[0] } : { type: types };
  }
  if (members.some((m) => Object.keys(m).length === 0)) return {};
  return { anyOf: members };
}

/** The plain type names a schema allows (`['integer', 'string']` for an id). */
export function schemaTypes(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  return [];
}

/**
 * A documented value (enum member, default) as a JSON value of the schema's type, or undefined when
 * it is not one: `'5'` for an integer is 5, `'true'` for a boolean is true, `'abc'` for an integer is
 * undefined (the caller then leaves it out instead of writing a value the schema itself rejects).
 */
export function coerceValue(text: string, schema: Schema): string | number | boolean | undefined {
  const types = schemaTypes(schema);
  if (types.length === 0) return text;
  if (types.includes('integer') && /^-?\d+$/.test(text)) return Number(text);
  if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.includes('string')) return text;
  return undefined;
}
