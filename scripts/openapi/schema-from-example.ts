// An example response (a JSON value from the docs) -> the JSON Schema (OpenAPI 3.1) it implies.
// - Objects list every property present, in the order first seen. `required`: the properties
//   every observation of that object had (one example object: all of its keys; an array of
//   objects: the keys every element has; several examples: see merge-schemas.ts).
// - Arrays: the elements' schemas merged (union of properties; `null` in one element and a
//   string in another gives `['string', 'null']`). An empty array gives `items: {}`.
// - `null` alone gives `type: ['null']`; merged with anything else it makes that nullable.
// - Whole numbers are `integer`, others `number` (both seen: `number`).
// - Strings: RFC 3339 date-times get `format: date-time`, `YYYY-MM-DD` dates `format: date`
//   (only valid ones, so the example itself always passes format validation).
// Deterministic: the same value gives the same schema, key order included.
import type { SchemaObject } from '../openapi-document.js';
import { mergeSchemas } from './merge-schemas.js';
import { asSchemaObject, type Schema } from './type-schema.js';

export { mergeSchemas } from './merge-schemas.js';
export { schemaFromAttributes } from './schema-from-attributes.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isValidDate(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

/** `date-time`, `date` or undefined: the format a string example shows. */
export function stringFormat(value: string): 'date-time' | 'date' | undefined {
  const dateTime = DATE_TIME.exec(value);
  if (dateTime && isValidDate(dateTime[1], dateTime[2], dateTime[3])) return 'date-time';
  const date = DATE.exec(value);
  if (date && isValidDate(date[1], date[2], date[3])) return 'date';
  return undefined;
}

// Deeper than any real response; past it we make no claim ({}), rather than overflow the stack on
// a hostile or broken example (JSON.parse accepts far deeper nesting than recursion survives).
const MAX_DEPTH = 64;

function fromValue(value: unknown, depth = 0): Schema {
  if (depth > MAX_DEPTH) return {};
  if (value === null) return { type: ['null'] };
  if (Array.isArray(value)) {
    if (value.length === 0) return { type: 'array', items: {} };
    let items: SchemaObject | undefined;
    for (const element of value) {
      const schema = asSchemaObject(fromValue(element, depth + 1));
      items = items ? mergeSchemas(items, schema) : schema;
    }
    return { type: 'array', items };
  }
  switch (typeof value) {
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>);
      // fromEntries: `__proto__` in an example is an ordinary property name.
      const properties = Object.fromEntries(entries.map(([key, child]) => [key, fromValue(child, depth + 1)]));
      const schema: Schema = { type: 'object', properties };
      if (entries.length > 0) schema.required = entries.map(([key]) => key);
      return schema;
    }
    default:
      return leafSchema(value);
  }
}

// Shared (frozen) schemas of leaf values: the entity pass meets thousands, and tells equal ones apart by identity.
const LEAF = {
  string: Object.freeze({ type: 'string' }),
  dateTime: Object.freeze({ type: 'string', format: 'date-time' }),
  date: Object.freeze({ type: 'string', format: 'date' }),
  integer: Object.freeze({ type: 'integer' }),
  number: Object.freeze({ type: 'number' }),
  boolean: Object.freeze({ type: 'boolean' }),
  none: Object.freeze({}),
};

/**
 * The schema of a value that is not an object, an array or null: a string (with its format), a
 * number, a boolean. Shared and frozen: copy before changing it.
 */
export function leafSchema(value: unknown): Schema {
  switch (typeof value) {
    case 'string': {
      // Only strings that start like a date can be one.
      const format = /^\d{4}-/.test(value) ? stringFormat(value) : undefined;
      return format === 'date-time' ? LEAF.dateTime : format === 'date' ? LEAF.date : LEAF.string;
    }
    case 'number':
      return Number.isInteger(value) ? LEAF.integer : LEAF.number;
    case 'boolean':
      return LEAF.boolean;
    default:
      // Not a JSON value (undefined, a function): no claim about it.
      return LEAF.none;
  }
}

/** The schema of an example value (rules at the top of this file). */
export function schemaFromExample(value: unknown): SchemaObject {
  return asSchemaObject(fromValue(value));
}
