// NodeRequest (src/client/node-request.ts): the request openapi-fetch builds for the client's own
// calls over nodeFetch. What it holds is held against fetch's own Request for the same input; what
// it sends, against a real server on 127.0.0.1; and the client must give a caller's middleware
// fetch's Request and Response, as openapi-fetch always did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Middleware } from 'openapi-fetch';
import { createGitLabClient } from '../../src/client/index.js';
import { nodeFetch } from '../../src/client/node-fetch.js';
import { NodeRequest } from '../../src/client/node-request.js';
import { NodeResponse } from '../../src/client/node-response.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const form = () => {
  const f = new FormData();
  f.append('title', 'é');
  f.append('file', new Blob(['PNG'], { type: 'image/png' }), 'a.png');
  return f;
};

describe('NodeRequest holds what Request holds', () => {
  // [case, input, init]: each compared field by field with `new Request(input, init)`.
  const cases: [string, string, RequestInit][] = [
    ['a GET, method in lower case', 'http://127.0.0.1:1/api/v4/projects', { method: 'get' }],
    ['a method fetch does not know keeps its case', 'http://127.0.0.1:1/x', { method: 'purge', body: '{}' }],
    ['the URL normalised (dot segments, spaces)', 'http://127.0.0.1:1/a/../b c?q=1 2', {}],
    ['JSON text with a Content-Type', 'http://127.0.0.1:1/x', { method: 'POST', body: '{"title":"é"}', headers: { 'Content-Type': 'application/json' } }],
    ['text without one: text/plain', 'http://127.0.0.1:1/x', { method: 'PUT', body: 'plain' }],
    ['URLSearchParams: a form', 'http://127.0.0.1:1/x', { method: 'POST', body: new URLSearchParams({ a: '1', b: 'é' }) }],
    ['a Blob: its own type', 'http://127.0.0.1:1/x', { method: 'POST', body: new Blob(['\x89PNG'], { type: 'image/png' }) }],
    ['bytes: no type', 'http://127.0.0.1:1/x', { method: 'POST', body: new Uint8Array([0, 1, 255]) }],
    ['redirect manual', 'http://127.0.0.1:1/x', { redirect: 'manual' }],
  ];
  it.each(cases)('%s', async (_name, input, init) => {
    const want = new Request(input, init);
    const got = new NodeRequest(input, init);
    expect({ url: got.url, method: got.method, redirect: got.redirect, hasBody: got.body !== null }).toEqual({
      url: want.url,
      method: want.method,
      redirect: want.redirect,
      hasBody: want.body !== null,
    });
    const encoded = await got.encoded();
    expect(encoded && Buffer.from(encoded.bytes)).toEqual(want.body === null ? undefined : Buffer.from(await want.arrayBuffer()));
    // Request puts the implied type in its headers; NodeRequest gives it beside the bytes.
    expect(got.headers.get('content-type') ?? encoded?.type ?? null).toBe(want.headers.get('content-type'));
  });

  it('refuses what Request refuses, with a TypeError', () => {
    for (const [input, init] of [
      ['not a url', {}],
      ['http://127.0.0.1:1/x', { method: 'TRACE' }],
      ['http://127.0.0.1:1/x', { method: 'GET', body: 'x' }],
      ['http://127.0.0.1:1/x', { method: 'HEAD', body: 'x' }],
    ] as const) {
      expect(() => new Request(input, init)).toThrow(TypeError);
      expect(() => new NodeRequest(input, init)).toThrow(TypeError);
    }
  });

  it('a FormData body: multipart with a boundary its bytes use', async () => {
    const encoded = (await new NodeRequest('http://127.0.0.1:1/x', { method: 'POST', body: form() }).encoded())!;
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(encoded.type ?? '')?.[1];
    expect(boundary).toBeTruthy();
    expect(Buffer.from(encoded.bytes).toString('latin1')).toContain(`--${boundary}--`);
  });

  it('takes a Headers as given, copies anything else; a copy has its own headers and keeps the rest', () => {
    const headers = new Headers({ 'PRIVATE-TOKEN': 't' });
    const signal = new AbortController().signal;
    const original = new NodeRequest('http://127.0.0.1:1/x', { method: 'PUT', headers, body: 'b', signal });
    expect(original.headers).toBe(headers);
    const copy = original.clone();
    copy.headers.set('x-more', '1');
    expect(original.headers.has('x-more')).toBe(false);
    expect(copy).toMatchObject({ url: original.url, method: 'PUT', body: 'b', signal });
    const other = new AbortController().signal;
    expect(new NodeRequest(original, { signal: other })).toMatchObject({ method: 'PUT', body: 'b', signal: other });
  });
});

describe('nodeFetch sends a NodeRequest', () => {
  it('with its method, headers, bytes and implied Content-Type; a FormData the server can parse', async () => {
    server.handle(async (r, res, raw) => {
      const parsed = r.headers['content-type']?.startsWith('multipart/')
        ? Object.fromEntries([...(await new Response(new Uint8Array(r.raw), { headers: { 'content-type': r.headers['content-type'] } }).formData())].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]))
        : r.body;
      json(res, 200, { method: raw.method, type: r.headers['content-type'], length: r.headers['content-length'], token: r.headers['private-token'], parsed });
    });
    const send = async (init: RequestInit) => (await nodeFetch(new NodeRequest(server.origin, init) as unknown as Request)).json();
    expect(await send({ method: 'PUT', body: 'plain', headers: { 'PRIVATE-TOKEN': 't' } })).toEqual({ method: 'PUT', type: 'text/plain;charset=UTF-8', length: '5', token: 't', parsed: 'plain' });
    expect(await send({ method: 'POST', body: '{"a":"é"}', headers: { 'Content-Type': 'application/json' } })).toMatchObject({ type: 'application/json', length: '10' });
    expect(await send({ method: 'POST', body: form() })).toMatchObject({ parsed: { title: 'é', file: 'a.png' } });
    expect(await send({ method: 'POST' })).toMatchObject({ method: 'POST', length: '0' });
  });
});

describe('the client: NodeRequest for its own calls, fetch\'s Request for a caller\'s middleware', () => {
  const issue = { id: 1, iid: 2 };
  beforeAll(() => server.handle((r, res) => json(res, 200, { ...issue, seen: r.headers['x-seen'] ?? null })));
  // Untyped: a call's `middleware` option is openapi-fetch's, not in the client's types.
  type Untyped = { GET(path: string, init: object): Promise<{ data?: unknown; response: Response }> };
  const get = (gitlab: ReturnType<typeof createGitLabClient>, init: object = {}) =>
    (gitlab.core as unknown as Untyped).GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 'g/p', issue_iid: 2 } }, ...init });

  it('with no middleware of the caller: a NodeResponse, which is a Response', async () => {
    const { data, response } = await get(createGitLabClient({ baseUrl: server.apiRoot, token: 't' }));
    expect(data).toEqual({ ...issue, seen: null });
    expect(response).toBeInstanceOf(NodeResponse);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('a middleware added with use() sees Request and Response, can return a new Request; eject() restores the light path', async () => {
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 't' });
    const seen: string[] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        seen.push(`request ${request instanceof Request}`);
        return new Request(request, { headers: { ...Object.fromEntries(request.headers), 'x-seen': 'yes' } });
      },
      onResponse({ response }) {
        seen.push(`response ${response instanceof Response} ${response instanceof NodeResponse}`);
        return undefined;
      },
    };
    gitlab.core.use(middleware);
    const changed = await get(gitlab);
    expect(changed.data).toEqual({ ...issue, seen: 'yes' });
    expect(seen).toEqual(['request true', 'response true false']);
    gitlab.core.eject(middleware);
    const plain = await get(gitlab);
    expect(plain.data).toEqual({ ...issue, seen: null });
    expect(plain.response).toBeInstanceOf(NodeResponse);
    expect(seen).toHaveLength(2);
  });

  it("a call's own middleware gets fetch's Request too", async () => {
    let request: unknown;
    const { data } = await get(createGitLabClient({ baseUrl: server.apiRoot, token: 't' }), { middleware: [{ onRequest: (m: { request: Request }) => void (request = m.request) }] });
    expect(data).toEqual({ ...issue, seen: null });
    expect(request).toBeInstanceOf(Request);
  });

  it("a caller's fetch gets fetch's Request", async () => {
    let request: unknown;
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 't', fetch: (input) => ((request = input), nodeFetch(input)) });
    const { response } = await get(gitlab);
    expect(request).toBeInstanceOf(Request);
    expect(response).not.toBeInstanceOf(NodeResponse);
  });
});
