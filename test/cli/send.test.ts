// A server that misbehaves on purpose: each fault gets a clear message, exit 1, no stack trace,
// and the token appears nowhere in the output (including --include and --verbose).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, json, run, startServer, type TestServer } from './helpers.js';

const TOKEN = 'glpat-very-secret-token-42';
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const argv = (url: string) => ['project-issue', 'get', '--id', '1', '--issue_iid', '2', '--url', url, '--token', TOKEN, '--include', '--verbose'];

describe('faults', () => {
  it.each<[string, (res: import('node:http').ServerResponse) => void, RegExp]>([
    ['401 with GitLab message', (res) => json(res, 401, { message: '401 Unauthorized' }), /401.*401 Unauthorized/],
    ['403 with error/error_description', (res) => json(res, 403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges' }), /403.*insufficient_scope.*higher privileges/],
    ['404', (res) => json(res, 404, { message: '404 Issue Not Found' }), /404.*404 Issue Not Found/],
    ['422 with a field map', (res) => json(res, 422, { message: { title: ["can't be blank"] } }), /422.*title can't be blank/],
    ['500 with an HTML page', (res) => { res.writeHead(500, { 'Content-Type': 'text/html' }); res.end('<html><body>Oops</body></html>'); }, /500/],
    ['200 with invalid JSON', (res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"iid": 1,'); }, /invalid response/],
    ['200 with HTML', (res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!doctype html><p>login</p>'); }, /invalid response/],
    ['409', (res) => json(res, 409, { message: 'Branch already exists' }), /409.*Branch already exists/],
    ['200 with an empty body', (res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(); }, /invalid response/],
    ['an echo of the token in the error body', (res) => json(res, 400, { message: `bad token ${TOKEN}` }), /400.*bad token \[REDACTED\]/],
  ])('%s', async (_name, respond, message) => {
    server.handle((_r, res) => respond(res));
    const r = await run(argv(server.url));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('a token echoed in a 200 body or header is redacted from --include output', async () => {
    server.handle((_r, res) => json(res, 200, { note: TOKEN }, { 'X-Echo': TOKEN }));
    const r = await run(argv(server.url));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[REDACTED]');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('connection refused', async () => {
    const r = await run(argv(await closedPort()));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/network error|ECONNREFUSED/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('the connection reset mid-body', async () => {
    server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"iid": 1, "title": "');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const r = await run(argv(server.url));
    expect(r.code).toBe(1);
    // after --verbose's request line, one message
    expect(r.stderr).toMatch(/^> GET \S+\n\* PRIVATE-TOKEN from --token\n< 200 OK\ngitlab-api: GET \/projects\/1\/issues\/2: .+\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('a response slower than --timeout', async () => {
    server.handle((_r, res) => {
      const t = setTimeout(() => json(res, 200, { late: true }), 5_000);
      res.on('close', () => clearTimeout(t));
    });
    const r = await run([...argv(server.url), '--timeout', '0.2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gitlab-api: GET \/projects\/1\/issues\/2: .*(timed out|timeout).*\n$/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('a body far larger than the limit (GITLAB_API_MAX_RESPONSE_BYTES) is refused, not printed', async () => {
    server.handle((_r, res) => json(res, 200, { blob: 'x'.repeat(200_000) }));
    const r = await run(argv(server.url), { env: { GITLAB_API_MAX_RESPONSE_BYTES: '10000' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/larger than .*10000 bytes/);
    expect(r.stdout).not.toContain('xxxx');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('429 without Retry-After: retried by the client, then exit 1 with the status', async () => {
    server.received.length = 0;
    server.handle((_r, res) => json(res, 429, { message: 'Retry later' }));
    const r = await run(argv(server.url));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/429.*Retry later/);
    expect(server.received.length).toBeGreaterThan(1);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  }, 60_000);

  it('bad --timeout and GITLAB_API_MAX_RESPONSE_BYTES values are usage errors', async () => {
    expect((await run([...argv(server.url), '--timeout', 'soon'])).stderr).toBe('gitlab-api: --timeout expects seconds (a number, 0 for none), got "soon".\n');
    const r = await run(argv(server.url), { env: { GITLAB_API_MAX_RESPONSE_BYTES: '-1' } });
    expect(r.code).toBe(2);
  });
});
