// NodeResponse and Inflow (src/client/node-response.ts): the Response the client's own calls get from
// nodeFetch, read without a web stream unless `body` is asked for. Held against what Node's fetch
// reads from the same real server on 127.0.0.1; the failures (abort, reset) as fetch reports them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { nodeFetch } from '../../src/client/node-fetch.js';
import { NodeRequest } from '../../src/client/node-request.js';
import { NodeResponse } from '../../src/client/node-response.js';
import { startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const light = (url: string, init?: RequestInit) => nodeFetch(new NodeRequest(url, init) as unknown as Request);

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

// [case, status, headers, body sent]: each read the same way through Node's fetch and NodeResponse.
const big = Buffer.alloc(3 * 2 ** 20, 'y');
const answers: [string, number, Record<string, string>, Buffer][] = [
  ['JSON with a length', 200, { 'content-type': 'application/json' }, Buffer.from('{"iid":1,"title":"é"}')],
  ['text with a BOM (dropped by text())', 200, { 'content-type': 'text/plain' }, Buffer.from('\ufeffhello')],
  ['bytes', 200, { 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255])],
  ['gzip, decoded', 200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync('{"zipped":true}')],
  ['3 MiB, over the unread-bytes limit', 200, { 'content-type': 'text/plain' }, big],
  ['an empty 200', 200, { 'content-type': 'application/json' }, Buffer.alloc(0)],
  ['a 404 with a message', 404, { 'content-type': 'application/json' }, Buffer.from('{"message":"404 Not Found"}')],
];
const reads = ['text', 'arrayBuffer', 'blob', 'stream', 'clone'] as const;

/** Bytes as base64 text: comparing megabytes element by element would take the test's time. */
const base64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString('base64');

async function read(response: Response, how: (typeof reads)[number]): Promise<unknown> {
  if (how === 'text') return response.text();
  if (how === 'arrayBuffer') return base64(await response.arrayBuffer());
  if (how === 'blob') {
    const blob = await response.blob();
    return { type: blob.type, bytes: base64(await blob.arrayBuffer()) };
  }
  if (how === 'stream') {
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    return base64(Buffer.concat(chunks));
  }
  const copy = response.clone();
  return [await copy.text(), await response.text()];
}

describe('NodeResponse reads what fetch reads', () => {
  it.each(answers.flatMap(([name, ...rest]) => reads.map((how) => [`${name}: ${how}`, how, ...rest] as const)))('%s', async (_name, how, status, headers, body) => {
    server.handle((_r, res) => res.writeHead(status, { ...headers, 'content-length': body.byteLength }).end(body));
    const want = await fetch(server.origin);
    const got = await light(server.origin);
    expect(got).toBeInstanceOf(NodeResponse);
    expect(got).toBeInstanceOf(Response);
    expect({ status: got.status, ok: got.ok, url: got.url, type: got.headers.get('content-type') }).toEqual({
      status: want.status,
      ok: want.ok,
      url: want.url,
      type: want.headers.get('content-type'),
    });
    expect(await read(got, how)).toEqual(await read(want, how));
  });

  it('json() parses, and a body read once cannot be read again', async () => {
    server.handle((_r, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":[1,2]}'));
    const got = await light(server.origin);
    expect(got.bodyUsed).toBe(false);
    expect(await got.json()).toEqual({ a: [1, 2] });
    expect(got.bodyUsed).toBe(true);
    expect(await rejection(got.text())).toBeInstanceOf(TypeError);
    expect(() => got.clone()).toThrow(TypeError);
  });

  it('textUpTo (maxResponseBytes): the whole text within the limit; past it, the first limit bytes and tooLarge', async () => {
    server.handle((_r, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(big)); // chunked: no length
    expect(await ((await light(server.origin)) as NodeResponse).textUpTo(big.length)).toEqual({ text: big.toString(), tooLarge: false });
    const cut = await ((await light(server.origin)) as NodeResponse).textUpTo(1000);
    expect(cut).toEqual({ text: 'y'.repeat(1000), tooLarge: true });
    // The rest was dropped with its connection; the next request gets another.
    expect((await (await light(server.origin)).text()).length).toBe(big.length);
  });

  it('over a body read already (the client rebuilds one after checking it): the same reads', async () => {
    const head = { status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'application/json' }), url: 'http://127.0.0.1:1/x', redirected: false };
    const bytes = () => new TextEncoder().encode('{"a":"é"}');
    expect(await new NodeResponse(head, bytes()).json()).toEqual({ a: 'é' });
    expect(await new Response(new NodeResponse(head, bytes()).body).text()).toBe('{"a":"é"}');
    expect(await new NodeResponse(head, bytes()).textUpTo(3)).toEqual({ text: '{"a', tooLarge: true });
  });

  it('HEAD and 204 have a null body, read as empty', async () => {
    server.handle((r, res) => res.writeHead(r.method === 'HEAD' ? 200 : 204, { 'content-length': r.method === 'HEAD' ? '5' : '0' }).end());
    const head = await light(server.origin, { method: 'HEAD' });
    expect(head.body).toBeNull();
    expect(await head.text()).toBe('');
    expect((await light(server.origin, { method: 'DELETE' })).body).toBeNull();
  });

  it('fails with the signal reason when aborted while reading', async () => {
    server.handle((_r, res) => res.writeHead(200, { 'content-type': 'application/json' }).write('{"a":'));
    const controller = new AbortController();
    const whole = await light(server.origin, { signal: controller.signal });
    const text = whole.text();
    controller.abort(new DOMException('took too long', 'TimeoutError'));
    expect((await rejection(text)).name).toBe('TimeoutError');

    const again = new AbortController();
    const streamed = await light(server.origin, { signal: again.signal });
    const reader = streamed.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    const next = reader.read();
    again.abort();
    expect((await rejection(next)).name).toBe('AbortError');
  });

  it('fails with TypeError "terminated" when the connection resets mid-body', async () => {
    server.handle((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"iid": 1, "title": "');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection((await light(server.origin)).json());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('terminated');
  });

  it('a body cancelled part-way frees the connection for the next request', async () => {
    server.handle((_r, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(big));
    const reader = (await light(server.origin)).body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect((await (await light(server.origin)).text()).length).toBe(big.length);
  });
});
