import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { toYaml } from '../scripts/spec-yaml.js';

describe('toYaml', () => {
  it('writes readable YAML for the usual shapes', () => {
    expect(toYaml({ openapi: '3.1.0', info: { title: 'GitLab API', version: '11.x' }, tags: [{ name: 'Issues' }], empty: [], none: {}, n: 1, b: true, z: null }))
      .toBe(['openapi: "3.1.0"', 'info:', '  title: GitLab API', '  version: "11.x"', 'tags:', '- name: Issues', 'empty: []', 'none: {}', '"n": 1', 'b: true', 'z: null', ''].join('\n'));
  });

  it('uses literal blocks for multi-line text and quotes what could be misread', () => {
    const text = toYaml({ description: 'line one\nline two', yes: 'no', path: '/projects/{id}', colon: 'a: b', hash: 'a #b' });
    expect(text).toContain('description: |-\n  line one\n  line two\n');
    expect(text).toContain('"yes": "no"');
    expect(text).toContain('path: "/projects/{id}"');
    expect(YAML.parse(text)).toEqual({ description: 'line one\nline two', yes: 'no', path: '/projects/{id}', colon: 'a: b', hash: 'a #b' });
  });

  it('writes keys longer than YAML allows for implicit keys as explicit keys (found by npm run fuzz)', () => {
    const long = 'x'.repeat(20_000);
    const doc = { properties: { [long]: { type: 'string' }, [`${long}2`]: 'text', [`${long}3`]: [1, { a: 'multi\nline' }], short: 1 } };
    const text = toYaml(doc);
    expect(text).toContain(`  ? ${long}\n  :\n    type: string\n`);
    expect(YAML.parse(text)).toEqual(doc);
  });

  it('reads the document as JSON.stringify does, without copying it: undefined members left out, null in arrays, toJSON applied', () => {
    const doc = { a: undefined, b: [1, undefined, () => 1], c: { toJSON: () => 'when' }, d: { only: undefined }, e: 2 };
    expect(toYaml(doc)).toBe(['b:', '- 1', '- null', '- null', 'c: when', 'd: {}', 'e: 2', ''].join('\n'));
    expect(YAML.parse(toYaml(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('a document of more lines than are joined at a time (4096) comes out whole', () => {
    const doc = { items: Array.from({ length: 5000 }, (_, i) => ({ n: i, tags: [[`t${i}`]] })) };
    const text = toYaml(doc);
    expect(text.split('\n')).toHaveLength(3 * 5000 + 2);
    expect(text).toContain('\n- "n": 4999\n  tags:\n  - - t4999\n');
    expect(YAML.parse(text)).toEqual(doc);
  });

  it('round-trips any JSON value through the yaml package', () => {
    const key = fc.string({ unit: 'binary', maxLength: 8 });
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom('\n', ' ', 'a', ':', '#', '-', '|', '\t', '"', '\u0085', '\u2028'), maxLength: 12 }),
        fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
        fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(key, tie('any'), { maxKeys: 4 })),
    })).any;
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (doc) => {
      expect(YAML.parse(toYaml(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
    }), { numRuns: 500 });
  });
});
