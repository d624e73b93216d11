import { describe, expect, it } from 'vitest';
import { bodySchema, splitBracketedName, toRequestBody } from '../../scripts/openapi/request-body.js';
import { createContext } from '../../scripts/openapi/context.js';
import { endpoint, json, param, T } from './fixtures.js';

describe('splitBracketedName', () => {
  it.each([
    ['title', ['title']],
    ['iids[]', ['iids', '']],
    ['position[base_sha]', ['position', 'base_sha']],
    ['actions[][file_path]', ['actions', '', 'file_path']],
    ['a[b][c]', ['a', 'b', 'c']],
    ['weird[', ['weird[']],
  ])('%s', (given, want) => expect(splitBracketedName(given)).toEqual(want));
});

const strip = (schema: unknown): unknown => JSON.parse(JSON.stringify(schema, (k, v) => (k === 'x-source' || k === 'description' ? undefined : v)));

describe('bodySchema: bracketed names become structure', () => {
  it('position[...] rows make an object `position`, required when a key is', () => {
    const ctx = createContext();
    const schema = bodySchema([
      param('body', T.string, { required: true }),
      param('position[base_sha]', T.string, { required: true }),
      param('position[new_line]', T.integer),
    ], endpoint('POST /x'), ctx);
    expect(strip(schema)).toEqual({
      type: 'object',
      properties: {
        body: { type: 'string' },
        position: { type: 'object', properties: { base_sha: { type: 'string' }, new_line: { type: 'integer' } }, required: ['base_sha'] },
      },
      required: ['body', 'position'],
    });
    expect(ctx.diagnostics).toEqual([]);
  });

  it('actions[] (array) and actions[][file_path] rows make an array of objects', () => {
    const schema = bodySchema([
      param('actions[]', T.array({ kind: 'object' }), { required: true }),
      param('actions[][action]', T.string, { required: true, enum: ['create', 'delete'] }),
      param('actions[][file_path]', T.string, { required: true }),
    ], endpoint('POST /x'), createContext());
    expect(strip(schema)).toEqual({
      type: 'object',
      properties: {
        actions: {
          type: 'array',
          items: { type: 'object', properties: { action: { type: 'string', enum: ['create', 'delete'] }, file_path: { type: 'string' } }, required: ['action', 'file_path'] },
        },
      },
      required: ['actions'],
    });
  });

  it('sub-keys documented in a separate table (parameterKeys) become the items of the array', () => {
    const schema = bodySchema([param('actions[]', { kind: 'array', items: { kind: 'unknown' }, raw: 'array' }, { required: true })],
      endpoint('POST /x', { parameterKeys: { 'actions[]': [param('file_path', T.string, { required: true }), param('content', T.string)] } }),
      createContext());
    expect(strip(schema)).toEqual({
      type: 'object',
      properties: { actions: { type: 'array', items: { type: 'object', properties: { file_path: { type: 'string' }, content: { type: 'string' } }, required: ['file_path'] } } },
      required: ['actions'],
    });
  });

  it('iids[] documented as integer is an array of integers', () => {
    expect(strip(bodySchema([param('iids[]', T.integer)], endpoint('POST /x'), createContext())))
      .toEqual({ type: 'object', properties: { iids: { type: 'array', items: { type: 'integer' } } } });
  });

  it('a conflicting structure stays flat, with a diagnostic', () => {
    const ctx = createContext();
    const schema = bodySchema([param('position', T.string), param('position[x]', T.integer)], endpoint('POST /x'), ctx);
    expect(Object.keys((schema.properties as object))).toEqual(['position', 'position[x]']);
    expect(ctx.diagnostics.map((d) => d.ruleId)).toEqual(['unclear-nested-parameter']);
  });

  it('every property carries description and x-source, synthesized containers too', () => {
    const schema = bodySchema([param('position[base_sha]', T.string, { source: { file: 'n.md', line: 4 } })], endpoint('POST /x'), createContext());
    const position = (schema.properties as Record<string, Record<string, unknown>>).position;
    expect(position['x-source']).toEqual({ file: 'n.md', line: 4 });
    expect(position.description).toMatch(/position\[/);
    expect((position.properties as Record<string, Record<string, unknown>>).base_sha).toMatchObject({ description: 'The position[base_sha]', 'x-source': { file: 'n.md', line: 4 } });
  });
});

describe('toRequestBody', () => {
  it('JSON and form-urlencoded with the same schema', () => {
    const body = toRequestBody([param('title', T.string, { required: true })], endpoint('POST /x'), createContext())!;
    expect(Object.keys(body.content)).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(body.content['application/json']).toEqual(body.content['application/x-www-form-urlencoded']);
    expect(body.required).toBe(true);
  });

  it('multipart/form-data instead when a parameter is a file', () => {
    const body = toRequestBody([param('file', T.file, { required: true }), param('path', T.string)], endpoint('POST /x'), createContext())!;
    expect(Object.keys(body.content)).toEqual(['multipart/form-data']);
    expect(strip((body.content['multipart/form-data'] as { schema: unknown }).schema)).toEqual({
      type: 'object', properties: { file: { type: 'string', format: 'binary' }, path: { type: 'string' } }, required: ['file'],
    });
  });

  it('an optional file (projects.md:678 `avatar`): multipart with it, JSON and form without it', () => {
    const body = toRequestBody([param('name', T.string), param('avatar', T.file)], endpoint('PUT /x'), createContext())!;
    expect(Object.keys(body.content)).toEqual(['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
    expect(Object.keys((body.content['application/json'] as { schema: { properties: object } }).schema.properties)).toEqual(['name']);
    expect(strip((body.content['multipart/form-data'] as { schema: unknown }).schema)).toEqual({
      type: 'object', properties: { name: { type: 'string' }, avatar: { type: 'string', format: 'binary' } },
    });
  });

  it('no parameters, no body; no required parameter, an optional body', () => {
    expect(toRequestBody([], endpoint('POST /x'), createContext())).toBeUndefined();
    expect(toRequestBody([param('a', T.string)], endpoint('POST /x'), createContext())!.required).toBeUndefined();
  });
});

describe('toRequestBody: the request example', () => {
  const params = [param('title', T.string, { required: true }), param('labels', T.string)];
  it('is attached when it fits the documented body', () => {
    const body = toRequestBody(params, endpoint('POST /x', { requestExamples: [json({ title: 'a', labels: 'b' })] }), createContext())!;
    expect((body.content['application/json'] as { example?: unknown }).example).toEqual({ title: 'a', labels: 'b' });
  });
  it('is left out when it holds undocumented keys or lacks a required one (a response shown near the table)', () => {
    for (const value of [{ id: 1, title: 'a' }, { labels: 'b' }, [{ title: 'a' }]]) {
      const body = toRequestBody(params, endpoint('POST /x', { requestExamples: [json(value)] }), createContext())!;
      expect((body.content['application/json'] as { example?: unknown }).example).toBeUndefined();
    }
  });
});
