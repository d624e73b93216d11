// A server that misbehaves on purpose (issue 7): each fault gets a clear GitLabApiError, GitLab's own
// message when there is one, and never the token.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitLabApiError, createGitLabClient, gitlabMessage } from '../../src/client/index.js';
import { containsString, json, startServer } from './helpers/server.js';
import type { Handler, TestServer } from './helpers/server.js';

const TOKEN = 'glpat-TOPSECRET-0123456789';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function failure(handler: Handler, options: { maxResponseBytes?: number; method?: string } = {}): Promise<GitLabApiError> {
  server.handle(handler);
  const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN, retry: false, timeoutMs: 2000, maxResponseBytes: options.maxResponseBytes });
  const error = await gitlab.request(options.method ?? 'GET', '/projects/{id}/issues', { path: { id: 'group/project' } }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitLabApiError);
  // No token anywhere: message, properties, cause chain, inspection, JSON.
  expect(containsString(error, TOKEN)).toBe(false);
  expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TOKEN);
  expect(JSON.stringify(error)).not.toContain(TOKEN);
  return error as GitLabApiError;
}

const P = 'GET /projects/group%2Fproject/issues';

describe('HTTP errors carry GitLab\'s message', () => {
  it.each([
    [401, { message: '401 Unauthorized' }, `${P}: 401 Unauthorized: 401 Unauthorized`],
    [403, { message: '403 Forbidden' }, `${P}: 403 Forbidden: 403 Forbidden`],
    [404, { message: '404 Project Not Found' }, `${P}: 404 Not Found: 404 Project Not Found`],
    [409, { message: 'Branch already exists' }, `${P}: 409 Conflict: Branch already exists`],
    [422, { message: { title: ["can't be blank"], base: ['Something else'] } }, `${P}: 422 Unprocessable Entity: title can't be blank; Something else`],
    [400, { error: 'state does not have a valid value' }, `${P}: 400 Bad Request: state does not have a valid value`],
    [401, { error: 'invalid_token', error_description: 'Token was revoked' }, `${P}: 401 Unauthorized: invalid_token; Token was revoked`],
    [500, { message: '500 Internal Server Error' }, `${P}: 500 Internal Server Error: 500 Internal Server Error`],
  ])('%i %o', async (status, body, message) => {
    const error = await failure((_, res) => json(res, status, body, { 'x-request-id': 'req-42' }));
    expect(error.code).toBe('http');
    expect(error.status).toBe(status);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/projects/group%2Fproject/issues');
    expect(error.body).toEqual(body);
    expect(error.requestId).toBe('req-42');
    expect(error.message).toBe(`${message} (request id req-42)`);
  });

  it('429 without Retry-After (retries off): status and message, no retryAfterMs', async () => {
    const error = await failure((_, res) => json(res, 429, { message: 'Retry later' }));
    expect(error.message).toBe(`${P}: 429 Too Many Requests: Retry later`);
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('an HTML error page: status, and says it was HTML instead of dumping it', async () => {
    const error = await failure((_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1> nginx</body></html>'));
    expect(error.message).toBe(`${P}: 502 Bad Gateway (the server sent an HTML page (text/html), not GitLab's JSON)`);
  });

  it('a server echoing the token in its error body gets it redacted', async () => {
    const error = await failure((req, res) => json(res, 401, { message: `token ${req.headers['private-token']} is revoked` }));
    expect(error.gitlabMessage).toBe('token [REDACTED] is revoked');
  });
});

describe('2xx bodies that are not what was promised', () => {
  it('HTML instead of JSON', async () => {
    const error = await failure((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><title>Sign in</title>'));
    expect(error.code).toBe('invalid-response');
    expect(error.message).toBe(`${P}: invalid response (status 200) (expected JSON, got text/html; charset=utf-8 (a login page or proxy error?))`);
  });

  it('invalid JSON', async () => {
    const error = await failure((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id": 1,'));
    expect(error.code).toBe('invalid-response');
    expect(error.message).toMatch(/^GET \/projects\/group%2Fproject\/issues: invalid response \(status 200\) \(body is not valid JSON \(.+\)\)$/);
  });

  it('an empty 200 body on a GET', async () => {
    const error = await failure((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end());
    expect(error.message).toBe(`${P}: invalid response (status 200) (empty body where JSON was expected)`);
  });

  it('an empty 200 body on a DELETE is fine (no content to promise)', async () => {
    server.handle((_, res) => res.writeHead(200).end());
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN });
    await expect(gitlab.request('DELETE', '/projects/{id}', { path: { id: 1 } })).resolves.toMatchObject({ data: undefined });
  });

  it('a body far larger than maxResponseBytes (streamed, no length)', async () => {
    const error = await failure(
      (_, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `${JSON.stringify({ description: 'x'.repeat(1000) })},`;
        res.write('[');
        for (let i = 0; i < 5000; i++) res.write(chunk); // ~5 MB
        res.end('{}]');
      },
      { maxResponseBytes: 1024 * 1024 },
    );
    expect(error.message).toBe(`${P}: invalid response (status 200) (body larger than maxResponseBytes (1048576 bytes))`);
  });

  it('a large but allowed body is read whole', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ id: i, title: `issue ${i}` }));
    server.handle((_, res) => json(res, 200, items));
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN });
    const { data } = await gitlab.request('GET', '/projects/{id}/issues', { path: { id: 1 } });
    expect((data as unknown[]).length).toBe(20_000);
  });

  it('raw content with parseAs text is passed through unchecked', async () => {
    server.handle((_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('puts "hi"\n'));
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN });
    const { data } = await gitlab.request('GET', '/projects/{id}/repository/files/{file_path}/raw', { path: { id: 1, file_path: 'a.rb' }, query: { ref: 'master' }, parseAs: 'text' });
    expect(data).toBe('puts "hi"\n');
  });
});

describe('maxResponseBytes counts decoded bytes, whatever the encoding and framing', () => {
  // The case: a small gzip body that decodes to many times the limit. 4 MiB of JSON text
  // compresses to a few KB here; the limit is 1 MiB.
  const big = JSON.stringify(Array.from({ length: 4 * 1024 }, (_, i) => ({ id: i, description: 'x'.repeat(1000) })));
  const bomb = gzipSync(big);
  const LIMIT = 1024 * 1024;
  const TOO_LARGE = `(body larger than maxResponseBytes (${LIMIT} bytes))`;
  const send = (type: string, framing: 'content-length' | 'chunked', status = 200): Handler => (_, res) => {
    const headers: Record<string, string | number> = { 'content-type': type, 'content-encoding': 'gzip' };
    if (framing === 'content-length') headers['content-length'] = bomb.length;
    res.writeHead(status, headers);
    if (framing === 'chunked') for (let i = 0; i < bomb.length; i += 4096) res.write(bomb.subarray(i, i + 4096));
    res.end(framing === 'chunked' ? undefined : bomb);
  };
  const transports = [
    ['nodeFetch', undefined],
    ['globalThis.fetch', (input: Request) => fetch(input)],
  ] as const;

  it('the bomb is what the test says: small on the wire, over the limit decoded', () => {
    expect(bomb.length).toBeLessThan(LIMIT / 10);
    expect(Buffer.byteLength(big)).toBeGreaterThan(4 * LIMIT);
  });

  describe.each(transports)('through %s', (_, transport) => {
    const gitlab = () => createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN, retry: false, maxResponseBytes: LIMIT, fetch: transport });

    it.each(['content-length', 'chunked'] as const)('a JSON body, gzip with %s: refused', async (framing) => {
      server.handle(send('application/json', framing));
      const error = await gitlab().request('GET', '/projects/{id}/issues', { path: { id: 'group/project' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitLabApiError);
      expect((error as GitLabApiError).code).toBe('invalid-response');
      expect((error as GitLabApiError).message).toBe(`${P}: invalid response (status 200) ${TOO_LARGE}`);
    });

    it.each(['text', 'blob', 'arrayBuffer'] as const)('a raw body read as %s, gzip with a Content-Length: refused', async (parseAs) => {
      server.handle(send('text/plain', 'content-length'));
      const error = await gitlab().request('GET', '/projects/{id}/issues', { path: { id: 'group/project' }, parseAs }).catch((e: unknown) => e);
      expect((error as GitLabApiError).message).toBe(`${P}: invalid response (status 200) ${TOO_LARGE}`);
    });

    it('a stream: its reader gets the error at the limit', async () => {
      server.handle(send('application/octet-stream', 'content-length'));
      const { data } = await gitlab().request('GET', '/projects/{id}/issues', { path: { id: 'group/project' }, parseAs: 'stream' });
      const error = await new Response(data as ReadableStream).arrayBuffer().catch((e: unknown) => e);
      expect((error as GitLabApiError).message).toBe(`${P}: invalid response (status 200) ${TOO_LARGE}`);
    });

    it('an error body too, when the caller takes { error } rather than an exception', async () => {
      server.handle(send('application/json', 'content-length', 500));
      const lenient = createGitLabClient({ baseUrl: server.apiRoot, retry: false, maxResponseBytes: LIMIT, fetch: transport, throwOnError: false });
      const error = await lenient.request('GET', '/projects/{id}/issues', { path: { id: 'group/project' } }).catch((e: unknown) => e);
      expect((error as GitLabApiError).message).toBe(`GET /projects/group%2Fproject/issues: invalid response (status 500) ${TOO_LARGE}`);
    });

    it('under the limit, a gzip body is read whole and decoded', async () => {
      server.handle(send('application/json', 'content-length'));
      const roomy = createGitLabClient({ baseUrl: server.apiRoot, retry: false, maxResponseBytes: 8 * LIMIT, fetch: transport });
      const { data } = await roomy.request('GET', '/projects/{id}/issues', { path: { id: 'group/project' } });
      expect((data as unknown[]).length).toBe(4 * 1024);
    });
  });
});

describe('no usable response', () => {
  it('connection refused', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const gitlab = createGitLabClient({ baseUrl: `http://127.0.0.1:${port}/api/v4`, token: TOKEN, retry: false });
    const error = (await gitlab.request('GET', '/user').catch((e: unknown) => e)) as GitLabApiError;
    expect(error).toBeInstanceOf(GitLabApiError);
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^GET \/user: network error \(ECONNREFUSED/);
    expect(containsString(error, TOKEN)).toBe(false);
  });

  it('connection reset in the middle of the body', async () => {
    const error = await failure((_, res, raw) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.write('[{"id": 1, "title": "');
      setTimeout(() => raw.socket.destroy(), 20);
    });
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/^GET \/projects\/group%2Fproject\/issues: network error/);
  });

  it('connection reset before any response', async () => {
    const error = await failure((_, __, raw) => {
      raw.socket.destroy();
    });
    expect(error.code).toBe('network');
  });
});

describe('gitlabMessage', () => {
  it.each([
    [{ message: 'x' }, 'x'],
    [{ message: ['a', 'b'] }, 'a; b'],
    [{ message: { name: ['has already been taken'], path: ['is invalid', 'is reserved'] } }, 'name has already been taken; path is invalid, is reserved'],
    [{ other: 1 }, undefined],
    ['plain text', undefined],
    [null, undefined],
  ])('%o -> %s', (body, want) => {
    expect(gitlabMessage(body)).toBe(want);
  });
});

describe('redact', () => {
  it('replaces every secret in strings and parsed JSON, a longer secret whole even when a shorter one is inside it', async () => {
    const { redact } = await import('../../src/client/errors.js');
    const secrets = ['glpat-short', 'glpat-short-and-longer'];
    expect(redact('token glpat-short-and-longer, then glpat-short', secrets)).toBe('token [REDACTED], then [REDACTED]');
    expect(redact({ a: ['x glpat-short'], b: { c: 'glpat-short-and-longer' }, n: 1 }, secrets)).toEqual({ a: ['x [REDACTED]'], b: { c: '[REDACTED]' }, n: 1 });
    // Too short to be a token: scrubbing it would mangle ordinary text.
    expect(redact('id 123', ['123'])).toBe('id 123');
  });

  it('is what the CLI scrubs its output with, secrets added as they become known', async () => {
    const { redactor } = await import('../../src/cli/io.js');
    const r = redactor();
    r.add(['glpat-short']);
    r.add(['glpat-short-and-longer', 'glpat-short']);
    expect(r.apply('glpat-short-and-longer glpat-short')).toBe('[REDACTED] [REDACTED]');
  });
});
