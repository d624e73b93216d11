// Reading the docs' Type cells (`integer/string`, `array of integers`, `` `Array[String]` ``,
// `datetime (ISO 8601)`, `Hash`, ...) into a TypeRef. What is not recognised stays `unknown`
// with a diagnostic: a guess passed off as fact would mislead every client generated from the spec.
import type { Diagnostic, SourceRef, TypeRef } from '../model.js';
import { diagnostic } from './parameter-fields.js';

type ScalarKind = 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime' | 'file' | 'object';

/** Scalar spellings, after lower-casing; plurals are stripped before the lookup. */
const SCALARS: Record<string, ScalarKind> = {
  integer: 'integer',
  int: 'integer',
  number: 'number',
  float: 'number',
  decimal: 'number',
  string: 'string',
  text: 'string',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  datetime: 'datetime',
  'date time': 'datetime',
  'date-time': 'datetime',
  timestamp: 'datetime',
  hash: 'object',
  object: 'object',
  json: 'object',
  file: 'file',
};

export interface ParsedType {
  type: TypeRef;
  diagnostics: Diagnostic[];
}

export function parseType(raw: string, source: SourceRef): ParsedType {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') {
    return {
      type: { kind: 'unknown' },
      diagnostics: [diagnostic(source, 'missing-type', 'Parameter has no type')],
    };
  }
  const type = readType(normalise(text));
  if (type === undefined) {
    return {
      type: { kind: 'unknown', raw: text },
      diagnostics: [diagnostic(source, 'unknown-type', `Unknown type \`${text}\``)],
    };
  }
  return { type: { ...type, raw: text }, diagnostics: [] };
}

/** Lower case, without backticks, bold markers or a format note such as `(ISO 8601)`. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/\s*\((iso ?8601|iso format|yyyy-mm-dd[^)]*)\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function readType(text: string): TypeRef | undefined {
  return readUnion(text) ?? readArray(text) ?? readScalar(text);
}

/** `integer/string`, `integer or string` (an id), `boolean/string`, `string or array of strings`. */
function readUnion(text: string): TypeRef | undefined {
  const parts = text.split(/\s*\/\s*|\s+or\s+/);
  if (parts.length < 2) return undefined;
  const of: TypeRef[] = [];
  for (const part of parts) {
    const type = readArray(part) ?? readScalar(part);
    if (type === undefined) return undefined;
    of.push(type);
  }
  const kinds = new Set(of.map((t) => t.kind));
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('string')) return { kind: 'id' };
  return { kind: 'union', of };
}

/** `array`, `array of integers`, `integer array`, `string array`, `array[integer]`, `integer[]`. */
function readArray(text: string): TypeRef | undefined {
  if (text === 'array' || text === 'list') return { kind: 'array', items: { kind: 'unknown' } };
  const match =
    /^(?:array|list) of (.+)$/.exec(text) ??
    /^array ?[[<](.+)[\]>]$/.exec(text) ??
    /^(.+?) ?(?:array|list)$/.exec(text) ??
    /^(.+?)\[\]$/.exec(text);
  if (!match) return undefined;
  const items = readArray(match[1]) ?? readScalar(match[1]);
  return items ? { kind: 'array', items } : undefined;
}

function readScalar(text: string): TypeRef | undefined {
  const kind = SCALARS[text] ?? SCALARS[text.replace(/e?s$/, '')] ?? SCALARS[text.replace(/s$/, '')];
  return kind ? { kind } : undefined;
}
