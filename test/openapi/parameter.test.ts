import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../scripts/model.js';
import { typeToSchema } from '../../scripts/openapi/type-schema.js';
import { toParameter } from '../../scripts/openapi/parameter.js';
import { createContext } from '../../scripts/openapi/context.js';
import { param, T } from './fixtures.js';

describe('typeToSchema: the docs type, nothing more', () => {
  const cases: [string, TypeRef, Record<string, unknown>][] = [
    ['integer', T.integer, { type: 'integer' }],
    ['string', T.string, { type: 'string' }],
    ['boolean', T.boolean, { type: 'boolean' }],
    ['date', { kind: 'date' }, { type: 'string', format: 'date' }],
    ['datetime', { kind: 'datetime', raw: 'datetime (ISO 8601)' }, { type: 'string', format: 'date-time' }],
    ['integer/string', T.id, { type: ['integer', 'string'] }],
    ['file', T.file, { type: 'string', format: 'binary' }],
    ['hash', T.object, { type: 'object' }],
    ['array of integers', T.array(T.integer), { type: 'array', items: { type: 'integer' } }],
    ['array of datetimes', T.array({ kind: 'datetime' }), { type: 'array', items: { type: 'string', format: 'date-time' } }],
    ['boolean/string', { kind: 'union', of: [T.boolean, T.string] }, { type: ['boolean', 'string'] }],
    ['string/array of strings', { kind: 'union', of: [T.string, T.array(T.string)] }, { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }],
    ['unknown: no type at all', { kind: 'unknown', raw: 'whatever' }, {}],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(typeToSchema(given)).toEqual(want);
  });
});

describe('toParameter', () => {
  it('a path parameter is required, with the row type, description and x-source', () => {
    const p = param('id', T.id, { required: true, description: 'The ID or URL-encoded path of the project', source: { file: 'issues.md', line: 7 } });
    expect(toParameter(p, 'path', createContext())).toEqual({
      name: 'id', in: 'path', required: true, description: 'The ID or URL-encoded path of the project',
      schema: { type: ['integer', 'string'] }, 'x-source': { file: 'issues.md', line: 7 },
    });
  });

  it('a query array keeps its documented name, form style, exploded', () => {
    const p = toParameter(param('iids[]', T.array(T.integer)), 'query', createContext());
    expect(p).toMatchObject({ name: 'iids[]', in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'integer' } } });
    expect(p.required).toBeUndefined();
  });

  it('enum and default fit the type: strings stay strings, integers become numbers', () => {
    const ctx = createContext();
    expect(toParameter(param('state', T.string, { enum: ['opened', 'closed'], default: 'opened' }), 'query', ctx).schema)
      .toEqual({ type: 'string', enum: ['opened', 'closed'], default: 'opened' });
    expect(toParameter(param('access_level', T.integer, { enum: ['10', '20', '30'] }), 'query', ctx).schema)
      .toEqual({ type: 'integer', enum: [10, 20, 30] });
    expect(ctx.diagnostics).toEqual([]);
  });

  it('an enum that does not fit the type is left out, with a diagnostic', () => {
    const ctx = createContext();
    const p = param('level', T.integer, { enum: ['low', 'high'], source: { file: 'x.md', line: 3 } });
    expect(toParameter(p, 'query', ctx).schema).toEqual({ type: 'integer' });
    expect(ctx.diagnostics).toMatchObject([{ file: 'x.md', line: 3, ruleId: 'enum-type-mismatch' }]);
  });

  it('an unknown type keeps the docs words in the description', () => {
    const p = toParameter(param('x', { kind: 'unknown', raw: 'mystery' }, { description: 'A thing' }), 'query', createContext());
    expect(p.schema).toEqual({});
    expect(p.description).toContain('mystery');
  });

  it('a conditional requirement is kept as text and not marked required', () => {
    const p = toParameter(param('path', T.string, { requiredNote: "yes, if 'id' isn't provided" }), 'query', createContext());
    expect(p.required).toBeUndefined();
    expect(p.description).toContain("yes, if 'id' isn't provided");
  });

  it('a hash in a query is a deepObject (`custom_attributes[key]=value`)', () => {
    expect(toParameter(param('custom_attributes', T.object), 'query', createContext())).toMatchObject({ style: 'deepObject', explode: true, schema: { type: 'object' } });
  });
});
