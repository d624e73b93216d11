// The real command: bin/gitlab-api running the compiled dist/ as a separate process (no tsx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makePackage } from './package-dir.js';
import { FIXTURE, json, startServer, type TestServer } from './helpers.js';

const exec = promisify(execFile);
let pkg: string;
let server: TestServer;

beforeAll(async () => {
  pkg = makePackage(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  server = await startServer();
});
afterAll(() => server?.close());

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(join(pkg, 'bin/gitlab-api'), args, { env: { PATH: process.env.PATH, HOME: pkg, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('bin/gitlab-api', () => {
  it('reads the compact command table from generated/ and prints an operation help', async () => {
    const r = await cli(['create-issue', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('POST /projects/{id}/issues');
  });

  it('sends one request and prints compact JSON when piped', async () => {
    server.handle((_r, res) => json(res, 200, { id: 1, name: 'p' }));
    const r = await cli(['get-project-issue', '--id', '1', '--issue_iid', '2'], { GITLAB_URL: server.url, GITLAB_TOKEN: 'tok-12345' });
    expect(r).toEqual({ code: 0, stdout: '{"id":1,"name":"p"}\n', stderr: '' });
    expect(server.received.at(-1)!.headers['private-token']).toBe('tok-12345');
  });

  it('exit codes of a real process: 2 for usage, 1 for HTTP errors', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    server.handle((_r, res) => json(res, 500, { message: 'boom' }));
    const r = await cli(['list-projects'], { GITLAB_URL: server.url });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('gitlab-api: GET /projects: 500 Internal Server Error: boom\n');
  });

  it('completion prints the generated scripts', async () => {
    for (const [shell, file] of [['bash', 'gitlab-api.bash'], ['zsh', '_gitlab-api'], ['fish', 'gitlab-api.fish']]) {
      const r = await cli(['completion', shell]);
      expect(r.stdout).toBe(readFileSync(join(pkg, 'generated/completions', file), 'utf8'));
    }
  });
});
