// The CLI with the spec of docs-source, as installed (bin/gitlab-api over the compiled dist/ and the
// generated command table), against a real server on 127.0.0.1: the values the docs allow beside a
// type are accepted and completed, a value outside an enum is refused with a suggestion, and an
// avatar goes up as multipart. Operations are found by method and path in the generated table,
// never by command name.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandTable } from '../../src/cli/command-table.js';
import { bashComplete, generate as generateCompletions } from '../completions/shells.js';
import { loadSpec } from '../helpers/pipeline.js';
import { json, startServer, type TestServer } from './helpers.js';
import { makePackage } from './package-dir.js';

const exec = promisify(execFile);
let pkg: string;
let completions: string;
let files: string;
let server: TestServer;
let table: CommandTable;

beforeAll(async () => {
  pkg = await makePackage(loadSpec());
  completions = generateCompletions(loadSpec());
  files = mkdtempSync(join(tmpdir(), 'cli-values-'));
  table = JSON.parse(readFileSync(join(pkg, 'generated/cli-commands.json'), 'utf8')) as CommandTable;
  server = await startServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
  for (const dir of [pkg, completions, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The command words of the operation at `method path` (one word today, `<resource> <verb>` maybe tomorrow). */
function command(method: string, path: string): string[] {
  const found = table.commands.find((c) => c.method === method && c.path === path);
  if (!found) throw new Error(`no command for ${method} ${path}`);
  return found.name.split(' ');
}

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec(join(pkg, 'bin/gitlab-api.cjs'), args, { env: { PATH: process.env.PATH, HOME: pkg, GITLAB_URL: server.url, GITLAB_TOKEN: 'tok-12345' }, cwd: pkg });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('values beside the type, enums, uploads', () => {
  it('issues.md:43 `--assignee_id None` and `Any` are sent as they are; a number too; anything else is refused', async () => {
    server.handle((_r, res) => json(res, 200, []));
    const list = command('GET', '/projects/{id}/issues');
    for (const value of ['None', 'Any', '5']) {
      const r = await cli([...list, '--id', '1', '--assignee_id', value]);
      expect(r, value).toMatchObject({ code: 0, stderr: '' });
      expect(new URL(server.url + server.received.at(-1)!.url).searchParams.get('assignee_id')).toBe(value);
    }
    const before = server.received.length;
    const r = await cli([...list, '--id', '1', '--assignee_id', 'Nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--assignee_id expects integer or one of None, Any');
    expect(server.received.length).toBe(before);
  });

  it('merge_requests.md:805 an empty `--assignee_id` unassigns: sent as ""', async () => {
    server.handle((_r, res) => json(res, 200, { iid: 2 }));
    const r = await cli([...command('PUT', '/projects/{id}/merge_requests/{merge_request_iid}'), '--id', '1', '--merge_request_iid', '2', '--assignee_id', '']);
    expect(r.code).toBe(0);
    expect(JSON.parse(server.received.at(-1)!.body)).toEqual({ assignee_id: '' });
  });

  it('issues.md:554 `--state_event closed` is refused with a did-you-mean, and nothing is sent', async () => {
    const before = server.received.length;
    const r = await cli([...command('PUT', '/projects/{id}/issues/{issue_iid}'), '--id', '1', '--issue_iid', '2', '--state_event', 'closed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--state_event must be one of close, reopen; got closed. Did you mean close?');
    expect(server.received.length).toBe(before);
  });

  it('projects.md:752 `--avatar @logo.png` on Edit project goes up as multipart/form-data with the other fields', async () => {
    server.handle((_r, res) => json(res, 200, { id: 1 }));
    const logo = join(files, 'logo.png');
    writeFileSync(logo, 'PNG-BYTES');
    const r = await cli([...command('PUT', '/projects/{id}'), '--id', '1', '--name', 'renamed', '--avatar', `@${logo}`]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const sent = server.received.at(-1)!;
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toMatch(/name="avatar"; filename="logo.png"[\s\S]*PNG-BYTES/);
    expect(sent.body).toMatch(/name="name"\r\n\r\nrenamed\r\n/);
    // Without a file the same command sends JSON: the spec keeps a JSON body beside the multipart one.
    await cli([...command('PUT', '/projects/{id}'), '--id', '1', '--name', 'again']);
    expect(server.received.at(-1)!.headers['content-type']).toBe('application/json');
  });

  it('bash completes `--assignee_id` with None and Any, and `--state_event` with close and reopen', () => {
    const [assignee, state] = bashComplete(completions, [
      `gitlab-api ${command('GET', '/projects/{id}/issues').join(' ')} --assignee_id `,
      `gitlab-api ${command('PUT', '/projects/{id}/issues/{issue_iid}').join(' ')} --state_event `,
    ]);
    expect(assignee.sort()).toEqual(['Any', 'None']);
    expect(state.sort()).toEqual(['close', 'reopen']);
  });
});
