// The schema of one leaf value of an example (a string, a number, a boolean), for the entity pass.
// - Whole numbers are `integer`, others `number` (unify.ts makes both seen `number`).
// - Strings: RFC 3339 date-times get `format: date-time`, `YYYY-MM-DD` dates `format: date` (only
//   valid ones, so the example itself always passes format validation).
import type { Schema } from '../type-schema.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The number the ASCII digits of `text` from `start` to `end` spell (checked by the patterns above). */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Whether `YYYY-MM-DD` at the start of `text` is a day of the calendar (Date.UTC's: years 0-99 are 1900-1999). */
function isValidDate(text: string): boolean {
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (m < 1 || m > 12 || d < 1) return false;
  const year = digits(text, 0, 4);
  const y = year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** `date-time`, `date` or undefined: the format a string example shows. */
export function stringFormat(value: string): 'date-time' | 'date' | undefined {
  // test, not exec, and the date read from fixed places: the pass meets hundreds of dates.
  if (DATE_TIME.test(value) && isValidDate(value)) return 'date-time';
  if (DATE.test(value) && isValidDate(value)) return 'date';
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
