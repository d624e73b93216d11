// The client's default Node transport, the fetch over node:http (src/client/node-fetch.ts), against a
// real server on 127.0.0.1 (tested here, beside the CLI that also sends with it): what fetch promises the
// client (status, headers, bodies both ways, redirects, aborts, refused connections, a body cut
// short) must hold here too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { nodeFetch } from '../../src/client/node-fetch.js';
import { closedPort, json, run, startServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function rejection(p: Promise<unknown>): Promise<Error & { cause?: { code?: string } }> {
  try {
    await p;
  } catch (error) {
    return error as Error & { cause?: { code?: string } };
  }
  throw new Error('expected a rejection');
}

describe('nodeFetch', () => {
  it('returns status, status text, headers, url and body', async () => {
    server.handle((_r, res) => {
      res.writeHead(201, 'Made', { 'Content-Type': 'application/json', 'X-Total': '3', 'Set-Cookie': ['a=1', 'b=2'] });
      res.end('{"iid":1}');
    });
    const response = await nodeFetch(new Request(`${server.url}/api/v4/projects?x=1`, { headers: { 'PRIVATE-TOKEN': 't', 'User-Agent': 'ua' } }));
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.headers.get('x-total')).toBe('3');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.url).toBe(`${server.url}/api/v4/projects?x=1`);
    expect(await response.json()).toEqual({ iid: 1 });
    const got = server.received.at(-1)!;
    expect(got).toMatchObject({ method: 'GET', url: '/api/v4/projects?x=1' });
    expect(got.headers['private-token']).toBe('t');
    expect(got.headers['user-agent']).toBe('ua');
  });

  it('sends a request body with its length, from a Request or from a URL and init', async () => {
    server.handle((r, res) => json(res, 200, { echo: r.body, type: r.headers['content-type'], length: r.headers['content-length'] }));
    const body = JSON.stringify({ title: 'é' });
    const a = await nodeFetch(new Request(server.url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } }));
    expect(await a.json()).toEqual({ echo: body, type: 'application/json', length: String(Buffer.byteLength(body)) });
    const b = await nodeFetch(new URL(server.url), { method: 'PUT', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(await b.json()).toEqual({ echo: 'x=1', type: 'application/x-www-form-urlencoded', length: '3' });
    expect(server.received.at(-1)!.method).toBe('PUT');
  });

  it('gives HEAD, 204 and 304 responses a null body', async () => {
    server.handle((r, res) => {
      if (r.method === 'HEAD') return json(res, 200, { x: 1 });
      res.writeHead(r.url === '/304' ? 304 : 204);
      res.end();
    });
    expect((await nodeFetch(server.url, { method: 'HEAD' })).body).toBeNull();
    expect((await nodeFetch(`${server.url}/204`, { method: 'DELETE' })).body).toBeNull();
    expect((await nodeFetch(`${server.url}/304`)).body).toBeNull();
  });

  it('follows redirects, turning a 303 after POST into a GET and dropping tokens across origins', async () => {
    const other = await startServer();
    try {
      other.handle((r, res) => json(res, 200, { method: r.method, token: r.headers['private-token'] ?? null }));
      server.handle((r, res) => {
        res.writeHead(r.url === '/same' ? 307 : 303, { Location: r.url === '/same' ? '/final' : `${other.url}/final` });
        res.end();
      });
      const cross = await nodeFetch(`${server.url}/away`, { method: 'POST', body: 'x', headers: { 'PRIVATE-TOKEN': 't' } });
      expect(cross.redirected).toBe(true);
      expect(cross.url).toBe(`${other.url}/final`);
      expect(await cross.json()).toEqual({ method: 'GET', token: null });

      server.handle((r, res) => {
        if (r.url === '/same') return void (res.writeHead(307, { Location: '/final' }), res.end());
        json(res, 200, { method: r.method, body: r.body, token: r.headers['private-token'] });
      });
      const same = await nodeFetch(`${server.url}/same`, { method: 'PUT', body: 'x', headers: { 'PRIVATE-TOKEN': 't' } });
      expect(await same.json()).toEqual({ method: 'PUT', body: 'x', token: 't' });
    } finally {
      await other.close();
    }
  });

  it('asks for gzip, deflate and br as fetch does, and decodes what comes back', async () => {
    server.handle((r, res) => {
      const asked = String(r.headers['accept-encoding']);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': asked.includes('gzip') ? 'gzip' : 'identity' });
      res.end(asked.includes('gzip') ? gzipSync(`{"asked":"${asked}"}`) : `{"asked":"${asked}"}`);
    });
    expect(await (await nodeFetch(server.url)).json()).toEqual({ asked: 'gzip, deflate, br' });
    // The caller's choice stands.
    expect(await (await nodeFetch(server.url, { headers: { 'Accept-Encoding': 'identity' } })).json()).toEqual({ asked: 'identity' });
  });

  it('rejects with the signal reason when aborted before the response', async () => {
    server.handle((_r, res) => {
      const t = setTimeout(() => json(res, 200, {}), 5_000);
      res.on('close', () => clearTimeout(t));
    });
    const controller = new AbortController();
    const pending = nodeFetch(new Request(server.url, { signal: controller.signal }));
    setTimeout(() => controller.abort(new DOMException('took too long', 'TimeoutError')), 50);
    const error = await rejection(pending);
    expect(error.name).toBe('TimeoutError');

    const already = new AbortController();
    already.abort();
    expect((await rejection(nodeFetch(server.url, { signal: already.signal }))).name).toBe('AbortError');
  });

  it('errors the body stream with the signal reason when aborted while reading', async () => {
    server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"a":');
    });
    const controller = new AbortController();
    const response = await nodeFetch(new Request(server.url, { signal: controller.signal }));
    const text = response.text();
    controller.abort();
    expect((await rejection(text)).name).toBe('AbortError');
  });

  it('rejects a refused connection with TypeError "fetch failed" and the socket error as cause', async () => {
    const error = await rejection(nodeFetch(await closedPort()));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause?.code).toBe('ECONNREFUSED');
  });

  it('errors the body stream with TypeError "terminated" when the connection resets mid-body', async () => {
    server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"iid": 1, "title": "');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const response = await nodeFetch(server.url);
    expect(response.status).toBe(200);
    const error = await rejection(response.text());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('terminated');
  });

  it('reads a large body to the end, and can cancel one part-way', async () => {
    const big = 'y'.repeat(3 * 2 ** 20);
    server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(big);
    });
    expect((await (await nodeFetch(server.url)).text()).length).toBe(big.length);
    const reader = (await nodeFetch(server.url)).body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
  });

  it('is what the CLI sends with; GITLAB_API_FETCH=global switches to Node\'s fetch', async () => {
    // undici adds sec-fetch-mode to every request; node:http adds nothing of the kind.
    server.handle((_r, res) => json(res, 200, { iid: 2 }));
    const argv = ['project-issue', 'get', '--id', '1', '--issue_iid', '2', '--url', server.url, '--token', 'tok'];
    expect((await run(argv)).stdout).toContain('"iid"');
    expect(server.received.at(-1)!.headers['sec-fetch-mode']).toBeUndefined();
    expect((await run(argv, { env: { GITLAB_API_FETCH: 'global' } })).stdout).toContain('"iid"');
    expect(server.received.at(-1)!.headers['sec-fetch-mode']).toBe('cors');
  });
});
