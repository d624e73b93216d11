import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseCodeExample } from '../../scripts/parse/example.js';
import { mergeSchemas, schemaFromExample, stringFormat } from '../../scripts/openapi/schema-from-example.js';
import { validates } from './validate-json-schema.js';

describe('schemaFromExample', () => {
  it.each<[string, unknown, object]>([
    ['an integer', 42, { type: 'integer' }],
    ['a number', 2.5, { type: 'number' }],
    ['a boolean', false, { type: 'boolean' }],
    ['a plain string', 'master', { type: 'string' }],
    ['null', null, { type: ['null'] }],
    ['a date-time', '2012-05-23T08:00:58Z', { type: 'string', format: 'date-time' }],
    ['a date-time with milliseconds and an offset', '2016-01-19T08:40:25.934+01:00', { type: 'string', format: 'date-time' }],
    ['a date', '2018-03-01', { type: 'string', format: 'date' }],
    ['an impossible date as a plain string', '2018-02-30', { type: 'string' }],
    ['a date-time without an offset as a plain string', '2012-05-23T08:00:58', { type: 'string' }],
    ['a version as a plain string', '11.0', { type: 'string' }],
    ['an empty array', [], { type: 'array', items: {} }],
    ['an empty object', {}, { type: 'object', properties: {} }],
    ['an object, in the order of its keys', { id: 1, name: 'a', created_at: '2013-09-30T13:46:02Z' }, {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' }, created_at: { type: 'string', format: 'date-time' } },
      required: ['id', 'name', 'created_at'],
    }],
    ['a nested object', { author: { id: 1, avatar_url: null } }, {
      type: 'object',
      properties: { author: { type: 'object', properties: { id: { type: 'integer' }, avatar_url: { type: ['null'] } }, required: ['id', 'avatar_url'] } },
      required: ['author'],
    }],
    ['an array of objects merged across elements', [
      { id: 1, merged_by: null, labels: [], weight: 1 },
      { id: 2, merged_by: 'root', labels: ['bug'], weight: 1.5, extra: true },
    ], {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          merged_by: { type: ['string', 'null'] },
          labels: { type: 'array', items: { type: 'string' } },
          weight: { type: 'number' },
          extra: { type: 'boolean' },
        },
        required: ['id', 'merged_by', 'labels', 'weight'],
      },
    }],
    ['an array of mixed scalars', [1, 'a', null], { type: 'array', items: { type: ['integer', 'string', 'null'] } }],
    ['dates and plain strings mixed lose the format', ['2018-03-01', 'soon'], { type: 'array', items: { type: 'string' } }],
    ['nulls and dates mixed keep the format', [null, '2018-03-01'], { type: 'array', items: { type: ['string', 'null'], format: 'date' } }],
  ])('infers %s', (_name, value, want) => {
    expect(schemaFromExample(value)).toEqual(want);
    expect(validates(want, value)).toBe(true);
  });

  it('is deterministic, key order included', () => {
    const value = [{ b: 1, a: [{ y: null }, { x: '2018-03-01', y: 'z' }] }, { c: 2, b: 3 }];
    expect(JSON.stringify(schemaFromExample(value))).toBe(JSON.stringify(schemaFromExample(structuredClone(value))));
    expect(Object.keys((schemaFromExample(value) as { items: { properties: object } }).items.properties)).toEqual(['b', 'a', 'c']);
  });

  it('treats `__proto__` and `constructor` as ordinary property names', () => {
    const value = JSON.parse('[{"__proto__": {"a": 1}, "constructor": 1}, {"toString": "x"}]') as unknown;
    const schema = schemaFromExample(value) as { items: { properties: Record<string, unknown> } };
    expect(Object.keys(schema.items.properties)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(validates(schema, value)).toBe(true);
  });

  it('gives a schema that the example validates against, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(validates(schemaFromExample(value), value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives an array schema that every element validates against', () => {
    const element = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ id: fc.integer(), at: fc.oneof(fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())) }));
    fc.assert(
      fc.property(fc.array(element, { maxLength: 6 }), (value) => {
        const schema = schemaFromExample(value);
        expect(validates(schema, value)).toBe(true);
        for (const item of value) expect(validates((schema as { items: object }).items, item)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stringFormat', () => {
  it('marks only strings that pass the format checks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (text) => {
        const format = stringFormat(text);
        if (format) expect(validates({ type: 'string', format }, text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// Every JSON example of the real pages, as the parse stage reads it: its schema must accept it
// (the spec attaches each example to the schema inferred from it, and linters check that).
describe('schemaFromExample on the examples of docs-source and the current pages', () => {
  const roots = [join(import.meta.dirname, '../../docs-source'), join(import.meta.dirname, '../../docs-versions/current')];
  const examples: { root: string; place: string; values: unknown[] }[] = [];
  for (const root of roots) {
    for (const file of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()) {
      const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(join(root, file), 'utf8'));
      visit(tree, 'code', (code: Code) => {
        const { example } = parseCodeExample(code, file);
        if (example.kind === 'json') examples.push({ root, place: `${file}:${example.source.line}`, values: example.values ?? [example.value] });
      });
    }
  }

  it('finds the examples (331 + 3 in docs-source, 88 in the first six current pages)', () => {
    const six = ['group_access_tokens.md', 'groups.md', 'merge_requests.md', 'milestones.md', 'project_access_tokens.md', 'projects.md'];
    const inSix = examples.filter((e) => e.root === roots[1] && six.includes(e.place.split(':')[0]));
    expect(examples.filter((e) => e.root === roots[0])).toHaveLength(334);
    expect(inSix).toHaveLength(88);
  });

  it('gives each example a schema it validates against', () => {
    const failing = examples.filter(({ values }) => {
      const schema = values.map(schemaFromExample).reduce((a, b) => mergeSchemas(a, b));
      return !values.every((value) => validates(schema, value));
    });
    expect(failing.map((f) => f.place)).toEqual([]);
  });

  it('reads a real list of projects (projects.md:97): nullable fields, date-times, nested objects', () => {
    const projects = examples.find((e) => e.place === 'projects.md:97')!;
    const schema = schemaFromExample(projects.values[0]) as { type: string; items: { properties: Record<string, Record<string, unknown>> } };
    expect(schema.type).toBe('array');
    const p = schema.items.properties;
    expect(p.id).toEqual({ type: 'integer' });
    expect(p.created_at).toEqual({ type: 'string', format: 'date-time' });
    expect(p.namespace).toMatchObject({ type: 'object', properties: { id: { type: 'integer' }, kind: { type: 'string' } } });
    expect(p.tag_list).toEqual({ type: 'array', items: { type: 'string' } });
    // `"description": null` in both projects: only null was seen.
    expect(p.description).toEqual({ type: ['null'] });
    expect(schema.items).toMatchObject({ required: expect.arrayContaining(['id', 'owner', 'tag_list']) });
  });
});
