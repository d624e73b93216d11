// The real command: bin/gitlab-api.cjs running the bundles in dist/ as a separate process (no tsx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makePackage } from './package-dir.js';
import { FIXTURE, json, startServer, tempDir, type TestServer } from './helpers.js';

const exec = promisify(execFile);
let pkg: string;
let server: TestServer;

beforeAll(async () => {
  pkg = await makePackage(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(join(pkg, 'bin/gitlab-api.cjs'), args, { env: { PATH: process.env.PATH, HOME: pkg, ...env }, cwd: pkg });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('bin/gitlab-api.cjs', () => {
  it("keeps V8's code cache beside the bundle; a cache V8 refuses is written again, the output the same", async () => {
    const dist = join(pkg, 'dist');
    const caches = () => readdirSync(dist).filter((f) => f.endsWith('.v8cache'));
    for (const f of caches()) rmSync(join(dist, f));
    const first = await cli(['project-issue', 'create', '--help']);
    expect(caches()).toEqual([`gitlab-api.cjs.${process.version}-${process.arch}.v8cache`]);
    const cache = join(dist, caches()[0]);
    expect(statSync(cache).size).toBeGreaterThan(1000);
    expect(await cli(['project-issue', 'create', '--help'])).toEqual(first);
    writeFileSync(cache, 'not a cache');
    expect(await cli(['project-issue', 'create', '--help'])).toEqual(first);
    expect(statSync(cache).size).toBeGreaterThan(1000);
    // What the bundle loads at run time (yaml, for --output yaml) loads from the cached code too.
    server.handle((_r, res) => json(res, 200, { id: 1, name: 'p' }));
    const yaml = await cli(['project', 'get', '--id', '1', '--output', 'yaml'], { GITLAB_URL: server.url });
    expect(yaml).toEqual({ code: 0, stdout: 'id: 1\nname: p\n', stderr: '' });
  });

  it('reads the command index from generated/ and prints a command\'s help', async () => {
    const r = await cli(['project-issue', 'create', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('POST /projects/{id}/issues');
  });

  it('sends one request and prints compact JSON when piped', async () => {
    server.handle((_r, res) => json(res, 200, { id: 1, name: 'p' }));
    const r = await cli(['project-issue', 'get', '--id', '1', '--issue_iid', '2'], { GITLAB_URL: server.url, GITLAB_TOKEN: 'tok-12345' });
    expect(r).toEqual({ code: 0, stdout: '{"id":1,"name":"p"}\n', stderr: '' });
    expect(server.received.at(-1)!.headers['private-token']).toBe('tok-12345');
  });

  it('exit codes of a real process: 2 for usage, 1 for HTTP errors', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    server.handle((_r, res) => json(res, 500, { message: 'boom' }));
    const r = await cli(['project', 'list'], { GITLAB_URL: server.url });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('gitlab-api: GET /projects: 500 Internal Server Error: boom\n');
  });

  it('completion prints the generated scripts', async () => {
    for (const [shell, file] of [['bash', 'gitlab-api.bash'], ['zsh', '_gitlab-api'], ['fish', 'gitlab-api.fish']]) {
      const r = await cli(['completion', shell]);
      expect(r.stdout).toBe(readFileSync(join(pkg, 'generated/completions', file), 'utf8'));
    }
  });

  it('a GET with query parameters', async () => {
    server.received.length = 0;
    server.handle((_r, res) => json(res, 200, [{ iid: 1 }]));
    const r = await cli(['project-issue', 'list', '--id', 'g/p', '--state', 'opened', '--iids', '1,2'], { GITLAB_URL: server.url });
    expect(r).toEqual({ code: 0, stdout: '[{"iid":1}]\n', stderr: '' });
    expect(server.received[0].url).toBe('/api/v4/projects/g%2Fp/issues?state=opened&iids[]=1&iids[]=2');
  });

  it('a POST with a body from options, and from --data @file', async () => {
    server.received.length = 0;
    server.handle((_r, res) => json(res, 201, { iid: 9 }));
    const file = join(tempDir('bin-data-'), 'issue.json');
    writeFileSync(file, '{"title":"from file","weight":2}');
    const a = await cli(['project-issue', 'create', '--id', '3', '--title', 'T', '--weight', '5', '--confidential'], { GITLAB_URL: server.url });
    const b = await cli(['project-issue', 'create', '--id', '3', '--data', `@${file}`], { GITLAB_URL: server.url });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(server.received.map((q) => [q.method, q.url, JSON.parse(q.body)])).toEqual([
      ['POST', '/api/v4/projects/3/issues', { title: 'T', weight: 5, confidential: true }],
      ['POST', '/api/v4/projects/3/issues', { title: 'from file', weight: 2 }],
    ]);
  });

  it('a raw body reaches a pipe byte for byte (a real stdout)', async () => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    server.handle((_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(bytes);
    });
    const out = await new Promise<Buffer>((resolve, reject) => {
      const child = execFile(join(pkg, 'bin/gitlab-api.cjs'), ['project-repository-file', 'raw', '--id', '1', '--file_path', 'a.bin', '--ref', 'main'], { env: { PATH: process.env.PATH, HOME: pkg, GITLAB_URL: server.url }, encoding: 'buffer', maxBuffer: 1 << 24 }, (e, stdout) => (e ? reject(e) : resolve(stdout)));
      child.stdin?.end();
    });
    expect(out.equals(bytes)).toBe(true);
  });

  it('--paginate follows the pages', async () => {
    server.received.length = 0;
    server.handle((req, res) => {
      const page = Number(new URL(req.url, server.url).searchParams.get('page') ?? 1);
      json(res, 200, [{ page }], page < 3 ? { 'X-Next-Page': String(page + 1) } : {});
    });
    const r = await cli(['project', 'list', '--paginate'], { GITLAB_URL: server.url });
    expect(r.stdout).toBe('[{"page":1},{"page":2},{"page":3}]\n');
    expect(server.received).toHaveLength(3);
  });

  it('--dry-run prints curl with the token redacted and sends nothing', async () => {
    server.received.length = 0;
    const r = await cli(['project-issue', 'delete', '--id', '1', '--issue_iid', '2', '--dry-run'], { GITLAB_URL: server.url, GITLAB_TOKEN: 'tok-secret-9' });
    expect(r).toEqual({ code: 0, stdout: `curl --request DELETE --header 'PRIVATE-TOKEN: [REDACTED]' '${server.url}/api/v4/projects/1/issues/2'\n`, stderr: '' });
    expect(server.received).toHaveLength(0);
  });

  it.each<[string, string[], RegExp]>([
    ['unknown command', ['projcts', 'list'], /^gitlab-api: unknown command projcts\. Did you mean project\b/],
    ['unknown parameter', ['project', 'list', '--archivd'], /^gitlab-api: unknown option --archivd for project list\. Did you mean --archived/],
    ['missing required', ['project-issue', 'create', '--id', '1'], /^gitlab-api: project-issue create: missing required parameter --title\.\n$/],
    ['wrong type', ['project-issue', 'create', '--id', '1', '--title', 't', '--weight', 'x'], /^gitlab-api: --weight expects integer, got x\.\n$/],
    ['outside the enum', ['project-issue', 'list', '--id', '1', '--state', 'shut'], /^gitlab-api: --state must be one of opened, closed; got shut\./],
    ['a token with a line break', ['project', 'list', '--token', 'ab\ncd'], /^gitlab-api: .*token contains a CR, LF or NUL/],
  ])('usage error, exit 2, nothing sent: %s', async (_name, args, message) => {
    server.received.length = 0;
    const r = await cli(args, { GITLAB_URL: server.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(server.received).toHaveLength(0);
  });
});
