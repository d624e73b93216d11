import { describe, expect, it } from 'vitest';
import type { Parameter, TypeRef } from '../../scripts/model.js';
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

  it('an inferred type is marked x-gitlab-type-inferred', () => {
    const p = toParameter(param('admin', T.boolean, { typeInferred: 'the description reads as a boolean: "true or false"' }), 'query', createContext());
    expect(p.schema).toEqual({ type: 'boolean', 'x-gitlab-type-inferred': true });
    expect(toParameter(param('admin', T.boolean), 'query', createContext()).schema).toEqual({ type: 'boolean' });
  });
});

describe('special values beside the type', () => {
  const schema = (p: Parameter) => toParameter(p, 'query', createContext()).schema;
  it('issues.md:43 `None`/`Any` beside an integer id: anyOf the integer and the two words', () => {
    expect(schema(param('assignee_id', T.integer, { specialValues: ['None', 'Any'] })))
      .toEqual({ anyOf: [{ type: 'integer' }, { type: 'string', enum: ['None', 'Any'] }] });
  });
  it('merge_requests.md:805 `0` fits the integer; the empty value does not', () => {
    expect(schema(param('assignee_id', T.integer, { specialValues: ['0', ''] })))
      .toEqual({ anyOf: [{ type: 'integer' }, { type: 'string', enum: [''] }] });
  });
  it('labels.md:95 `null` to remove the priority', () => {
    expect(schema(param('priority', T.integer, { specialValues: ['null'] }))).toEqual({ anyOf: [{ type: 'integer' }, { type: 'null' }] });
  });
  it('words a string already allows change nothing (current merge_requests.md:73 milestone)', () => {
    expect(schema(param('milestone', T.string, { specialValues: ['None', 'Any'] }))).toEqual({ type: 'string' });
  });
  it('an array of ids with `None`/`Any` (current merge_requests.md:58) keeps the form style of its array', () => {
    const p = toParameter(param('approved_by_ids', T.array(T.integer), { specialValues: ['None', 'Any'] }), 'query', createContext());
    expect(p).toMatchObject({ style: 'form', explode: true, schema: { anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'string', enum: ['None', 'Any'] }] } });
  });
  it('the default stays on the outer schema', () => {
    expect(schema(param('limit', T.integer, { specialValues: ['null'], default: '5' }))).toEqual({ anyOf: [{ type: 'integer' }, { type: 'null' }], default: 5 });
  });
});

