// The schema of one leaf value of an example (a string, a number, a boolean), for the entity pass.
// - Whole numbers are `integer`, others `number` (unify.ts makes both seen `number`).
// - Strings: RFC 3339 date-times get `format: date-time`, `YYYY-MM-DD` dates `format: date` (only
//   valid ones, so the example itself always passes format validation).
import type { Schema } from '../type-schema.js';

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
