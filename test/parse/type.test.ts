import { describe, expect, test } from 'vitest';
import type { TypeRef } from '../../scripts/model.js';
import { parseType } from '../../scripts/parse/type.js';

const source = { file: 'x.md', line: 7 };
const int: TypeRef = { kind: 'integer' };
const str: TypeRef = { kind: 'string' };

/** Spellings seen in docs-source and current/ (MANIFEST item 5), and what they mean. */
const cases: [string, TypeRef][] = [
  ['integer', int],
  ['Integer', int],
  ['string', str],
  ['String', str],
  ['text', str],
  ['boolean', { kind: 'boolean' }],
  ['date', { kind: 'date' }],
  ['date (ISO 8601)', { kind: 'date' }],
  ['datetime', { kind: 'datetime' }],
  ['datetime (ISO 8601)', { kind: 'datetime' }],
  ['float', { kind: 'number' }],
  ['decimal', { kind: 'number' }],
  ['integer/string', { kind: 'id' }],
  ['integer / string', { kind: 'id' }],
  ['integer or string', { kind: 'id' }],
  ['boolean/string', { kind: 'union', of: [{ kind: 'boolean' }, str] }],
  ['file/string', { kind: 'union', of: [{ kind: 'file' }, str] }],
  ['string **or** array of strings', { kind: 'union', of: [str, { kind: 'array', items: str }] }],
  ['array', { kind: 'array', items: { kind: 'unknown' } }],
  ['array of integers', { kind: 'array', items: int }],
  ['array of strings', { kind: 'array', items: str }],
  ['integer array', { kind: 'array', items: int }],
  ['string array', { kind: 'array', items: str }],
  ['`Array[String]`', { kind: 'array', items: str }],
  ['Array[integer]', { kind: 'array', items: int }],
  ['hash', { kind: 'object' }],
  ['Hash', { kind: 'object' }],
  ['object', { kind: 'object' }],
  ['file', { kind: 'file' }],
];

describe('parseType', () => {
  test.each(cases)('%s', (raw, want) => {
    const { type, diagnostics } = parseType(raw, source);
    expect(type).toEqual({ ...want, raw });
    expect(diagnostics).toEqual([]);
  });

  test.each(['mixed', 'ID', 'Repository', 'array of widgets', 'integer/widget'])('unknown `%s` is a diagnostic, not a guess', (raw) => {
    const { type, diagnostics } = parseType(raw, source);
    expect(type).toEqual({ kind: 'unknown', raw });
    expect(diagnostics).toEqual([{ file: 'x.md', line: 7, column: 1, ruleId: 'unknown-type', severity: 'warning', reason: `Unknown type \`${raw}\`` }]);
  });

  test('a missing type is `missing-type`', () => {
    const { type, diagnostics } = parseType('  ', { file: 'y.md', line: 3, column: 5 });
    expect(type).toEqual({ kind: 'unknown' });
    expect(diagnostics.map((d) => [d.ruleId, d.file, d.line, d.column])).toEqual([['missing-type', 'y.md', 3, 5]]);
  });
});
