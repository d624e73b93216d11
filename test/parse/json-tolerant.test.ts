import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonProblem, parseTolerantJson, type JsonProblemKind } from '../../scripts/parse/json-tolerant.js';

/** `kind@line` for each problem (0-based lines inside the text). */
const problems = (text: string) => parseTolerantJson(text).problems.map((p) => `${p.kind}@${p.line}`);

describe('parseTolerantJson', () => {
  it('parses strict JSON without problems, scalars included', () => {
    expect(parseTolerantJson('{"a": [1, 2.5, null, true]}')).toEqual({ ok: true, value: { a: [1, 2.5, null, true] }, repaired: false, problems: [] });
    expect(parseTolerantJson('"text"')).toMatchObject({ ok: true, value: 'text', repaired: false });
  });

  it.each<[string, string, unknown, string[]]>([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', { a: 1 }, ['trailing-comma@1']],
    ['a trailing comma after an array element', '[\n  {"a": 1},\n]', [{ a: 1 }], ['trailing-comma@1']],
    ['a missing comma between properties', '{\n  "id": 12\n  "title": "10.0"\n}', { id: 12, title: '10.0' }, ['missing-comma@1']],
    ['a missing comma after a closing brace', '{\n  "a": {"b": 1}\n  "c": 2\n}', { a: { b: 1 }, c: 2 }, ['missing-comma@1']],
    ['an unquoted value', '{\n  "type": DiffNote,\n  "x": 1\n}', { type: 'DiffNote', x: 1 }, ['unquoted-value@1']],
    ['an unquoted key', '{\n  a: 1\n}', { a: 1 }, ['unquoted-key@1']],
    ['single quotes', "{\n  'a': 'b'\n}", { a: 'b' }, ['single-quotes@1', 'single-quotes@1']],
    ['a line comment', '{\n  "a": [ // deprecated\n    1\n  ]\n}', { a: [1] }, ['comment@1']],
    ['a block comment', '{"a": /* note */ 1}', { a: 1 }, ['comment@0']],
    ['an ellipsis as an element', '[\n  {"a": 1},\n  ...\n]', [{ a: 1 }], ['ellipsis@2']],
    ['an ellipsis first', '[\n   ...\n\n   {"a": 1}\n]', [{ a: 1 }], ['ellipsis@1']],
    ['an ellipsis among properties', '{\n  "id": 3,\n\n  ...\n\n  "f": {"x": 1}\n}', { id: 3, f: { x: 1 } }, ['ellipsis@3']],
    ['an ellipsis after a comma in an array', '["e",\n "e",\n ...\n]', ['e', 'e'], ['ellipsis@2']],
    ['a Unicode ellipsis', '[1,\n \u2026\n]', [1], ['ellipsis@1']],
    ['an invalid escape', '{"diff": "a\\ b"}', { diff: 'a b' }, ['invalid-escape@0']],
    ['a block cut short', '[\n  {"a": 1},\n  {\n    "b": 2\n...', [{ a: 1 }, { b: 2 }], ['unclosed-bracket@2', 'ellipsis@4']],
    ['a missing comma right before a comment', '[1// one\n2]', [1, 2], ['comment@0', 'missing-comma@0']],
    ['several faults at once', '{\n  "a": 1\n  "b": 2,\n}', { a: 1, b: 2 }, ['missing-comma@1', 'trailing-comma@2']],
  ])('repairs %s', (_name, text, value, want) => {
    const result = parseTolerantJson(text);
    expect(result).toMatchObject({ ok: true, value, repaired: true });
    expect(problems(text)).toEqual(want);
  });

  it('keeps each of several documents apart instead of making them an array', () => {
    const result = parseTolerantJson('{\n  "level": "watch"\n}\n\n{\n  "level": "custom"\n}');
    expect(result).toMatchObject({ ok: true, value: { level: 'watch' }, values: [{ level: 'watch' }, { level: 'custom' }], repaired: true });
    expect(result.problems.map((p) => `${p.kind}@${p.line}`)).toEqual(['several-documents@4']);
  });

  it.each<[string, string, JsonProblemKind]>([
    ['prose', 'hello world', 'unquoted-value'],
    ['prose before the JSON', 'Example: {"a": 1}', 'unquoted-key'],
    ['prose after the JSON', '{"a": 1}\nwhere a is the id', 'text-after-json'],
    ['an empty block', '  \n', 'empty'],
    ['only a comment', '// nothing here', 'empty'],
  ])('gives up on %s', (_name, text, kind) => {
    const result = parseTolerantJson(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.kind)).toContain(kind);
  });

  it('names problems in words', () => {
    expect(describeJsonProblem({ kind: 'unquoted-value', line: 0, column: 0, text: 'DiffNote' })).toBe('unquoted value `DiffNote`');
    expect(describeJsonProblem({ kind: 'ellipsis', line: 0, column: 0, text: '...' })).toBe('`...` standing for more elements');
  });

  it('never throws, and every problem points inside the text', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]:,"'a-z0-9./\\\u2026-]{0,60}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), jsonish, fc.json().map((j) => j.slice(0, -1))), (text) => {
        const result = parseTolerantJson(text);
        const lines = text.split('\n');
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(0);
          expect(p.line).toBeLessThan(lines.length);
          expect(p.column).toBeLessThanOrEqual(lines[p.line].length);
        }
        if (result.ok && result.repaired) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('recovers the original value from pretty JSON with commas dropped and trailing commas added', () => {
    const flawed = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.infiniteStream(fc.integer({ min: 0, max: 2 }))).map(([value, choices]) => {
      // In pretty JSON a comma at a line end is always structural (strings hold no raw newline).
      const text = JSON.stringify(value, null, 2)
        .replace(/,\n/g, (comma) => (choices.next().value === 0 ? '\n' : comma))
        .replace(/([^[{,\s])\n(\s*[}\]])/g, (all, last: string, close: string) => (choices.next().value === 0 ? `${last},\n${close}` : all));
      return { value, text };
    });
    fc.assert(
      fc.property(flawed, ({ value, text }) => {
        const result = parseTolerantJson(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseTolerantJson(text)).toEqual({ ok: true, value: JSON.parse(text), repaired: false, problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});
