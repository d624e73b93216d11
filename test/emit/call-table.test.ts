// The call table: for each operation, what the client's `init`, `data` and `error` are, and how it
// reads the body, from the operation's parameters, request body and response media types.
import { describe, expect, it } from 'vitest';
import { allCalls, callFacts, renderCallTable } from '../../scripts/emit/call-table.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

const components = {
  parameters: { page: { name: 'page', in: 'query', schema: { type: 'integer' } } },
  responses: { Error: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  requestBodies: { Title: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } } } },
  schemas: { Error: { type: 'object' }, Issue: { type: 'object' } },
};
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const ok = (content?: object) => ({ description: 'OK', ...(content ? { content } : {}) });
const jsonOf = (schema: object) => ({ 'application/json': { schema } });

function facts(path: string, method: 'get' | 'post' | 'put', op: object) {
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { [path]: { [method]: op } }, components } as unknown as OpenAPIDocument;
  const item = doc.paths![path] as never;
  const { init, initOptional, data, error, read, op: opType } = callFacts(doc, path, method, item, (item as Record<string, never>)[method]);
  return { op: opType, init, initOptional, data, error, read };
}

describe('callFacts', () => {
  it.each([
    [
      'a list: path parameter required, array of a named schema, the error schema from a shared response',
      ['/p/{id}/issues', 'get', { operationId: 'listIssues', parameters: [id, { $ref: '#/components/parameters/page' }], responses: { '200': ok(jsonOf({ type: 'array', items: { $ref: '#/components/schemas/Issue' } })), '404': { $ref: '#/components/responses/Error' } } }],
      { op: 'operations["listIssues"]', init: ['params: operations["listIssues"]["parameters"]'], initOptional: false, data: 'components["schemas"]["Issue"][]', error: 'components["schemas"]["Error"]', read: 'json' },
    ],
    [
      'only optional query parameters: init may be left out; an inline schema is reached through the operation',
      ['/projects', 'get', { operationId: 'listProjects', parameters: [{ $ref: '#/components/parameters/page' }], responses: { '200': ok(jsonOf({ type: 'array', items: { type: 'object' } })) } }],
      { op: 'operations["listProjects"]', init: ['params?: operations["listProjects"]["parameters"]'], initOptional: true, data: 'operations["listProjects"]["responses"][200]["content"]["application/json"]', error: 'unknown', read: 'json' },
    ],
    [
      'a required JSON body (through a shared requestBody)',
      ['/p/{id}/issues', 'post', { operationId: 'createIssue', parameters: [id], requestBody: { $ref: '#/components/requestBodies/Title' }, responses: { '201': ok(jsonOf({ $ref: '#/components/schemas/Issue' })) } }],
      { op: 'operations["createIssue"]', init: ['params: operations["createIssue"]["parameters"]', 'body: operations["createIssue"]["requestBody"]["content"]["application/json"]'], initOptional: false, data: 'components["schemas"]["Issue"]', error: 'unknown', read: 'json' },
    ],
    [
      'an optional body: `body?`, past the undefined of `requestBody?`',
      ['/x', 'put', { operationId: 'editX', requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: { '200': ok(jsonOf({ type: 'object' })) } }],
      { op: 'operations["editX"]', init: ['params?: operations["editX"]["parameters"]', 'body?: NonNullable<operations["editX"]["requestBody"]>["content"]["application/json"]'], initOptional: true, data: 'operations["editX"]["responses"][200]["content"]["application/json"]', error: 'unknown', read: 'json' },
    ],
    [
      'JSON and multipart: the multipart body (it has the files)',
      ['/x', 'put', { operationId: 'editX', requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'multipart/form-data': { schema: { type: 'object' } } } }, responses: { '200': ok(jsonOf({ type: 'object' })) } }],
      { op: 'operations["editX"]', init: ['params?: operations["editX"]["parameters"]', 'body: operations["editX"]["requestBody"]["content"]["multipart/form-data"]'], initOptional: false, data: 'operations["editX"]["responses"][200]["content"]["application/json"]', error: 'unknown', read: 'json' },
    ],
    [
      'a raw request body: bytes',
      ['/pkg/{id}', 'put', { parameters: [id], requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, responses: { '201': ok(jsonOf({ type: 'object' })) } }],
      { op: 'paths["/pkg/{id}"]["put"]', init: ['params: paths["/pkg/{id}"]["put"]["parameters"]', 'body: BinaryBody'], initOptional: false, data: 'paths["/pkg/{id}"]["put"]["responses"][201]["content"]["application/json"]', error: 'unknown', read: 'json' },
    ],
    [
      'a text/plain download: a string, read as text',
      ['/p/{id}/raw', 'get', { operationId: 'raw', parameters: [id], responses: { '200': ok({ 'text/plain': { schema: { type: 'string' } } }) } }],
      { op: 'operations["raw"]', init: ['params: operations["raw"]["parameters"]'], initOptional: false, data: 'string', error: 'unknown', read: 'text' },
    ],
    [
      'an archive: a Blob, read as bytes',
      ['/p/{id}/archive', 'get', { operationId: 'archive', parameters: [id], responses: { '200': ok({ 'application/zip': { schema: { type: 'string', format: 'binary' } } }) } }],
      { op: 'operations["archive"]', init: ['params: operations["archive"]["parameters"]'], initOptional: false, data: 'Blob', error: 'unknown', read: 'blob' },
    ],
    [
      'a 200 without a media type: unknown, read by Content-Type',
      ['/p/{id}/x', 'get', { operationId: 'x', parameters: [id], responses: { '200': ok() } }],
      { op: 'operations["x"]', init: ['params: operations["x"]["parameters"]'], initOptional: false, data: 'unknown', error: 'unknown', read: 'auto' },
    ],
    [
      'only a 204: no data',
      ['/p/{id}', 'put', { operationId: 'del', parameters: [id], responses: { '204': { description: 'No Content' }, '4XX': { $ref: '#/components/responses/Error' } } }],
      { op: 'operations["del"]', init: ['params: operations["del"]["parameters"]'], initOptional: false, data: 'undefined', error: 'components["schemas"]["Error"]', read: 'none' },
    ],
    [
      'two successes (2XX is a string key), JSON wins the reading',
      ['/y', 'post', { operationId: 'y', responses: { '2XX': ok(jsonOf({ type: 'object' })), '202': ok({ 'text/plain': { schema: { type: 'string' } } }) } }],
      { op: 'operations["y"]', init: ['params?: operations["y"]["parameters"]'], initOptional: true, data: 'string | operations["y"]["responses"]["2XX"]["content"]["application/json"]', error: 'unknown', read: 'json' },
    ],
  ] as const)('%s', (_, [path, method, op], want) => {
    expect(facts(path, method, op)).toEqual(want);
  });
});

describe('renderCallTable', () => {
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': { get: { operationId: 'getA', responses: { '200': ok(jsonOf({ type: 'object' })) } }, delete: { operationId: 'delA', responses: { '204': { description: 'x' } } } },
      '/b': { get: { operationId: 'getB', responses: { '200': ok(jsonOf({ type: 'object' })) } } },
    },
  } as unknown as OpenAPIDocument;
  const text = renderCallTable(doc, new Map([['one', { paths: ['/a'], title: 'One (one.md)' }], ['two', { paths: ['/a', '/b'], title: 'Two' }]]));

  it('one table per method (every method, `{}` when none), and each tag a Pick of it', () => {
    expect(text).toContain('    patch: {};');
    expect(text).toContain('        "/a": {\n            init?: { params?: operations["getA"]["parameters"] };\n            data: operations["getA"]["responses"][200]["content"]["application/json"];\n            error: unknown;\n        };');
    expect(text).toContain('    "one": {\n        get: Pick<Calls["get"], "/a">;\n        put: {};\n        post: {};\n        delete: Pick<Calls["delete"], "/a">;');
    expect(text).toContain('    "two": {\n        get: Pick<Calls["get"], "/a" | "/b">;');
    expect(text).toContain('/** One (one.md) */');
  });

  it('lists every operation once', () => {
    expect(allCalls(doc).map((c) => `${c.method} ${c.path}`)).toEqual(['get /a', 'delete /a', 'get /b']);
  });
});
