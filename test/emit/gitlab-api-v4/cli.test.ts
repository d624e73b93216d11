// End to end: command lines built only from what the bash completion offers (options, method,
// keys, enum values; free text such as the URL, ids and titles typed), run by the real
// gitlab-api-v4 of Debian's libgitlab-api-v4-perl against a server on 127.0.0.1, which records
// what arrives: the HTTP method, path and parameters must be the ones the spec gives the operation.
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../helpers/pipeline.js';
import { json, startServer, type Received, type TestServer } from '../../cli/helpers.js';
import { DEBIAN_FILES } from '../../../scripts/gitlab-api-v4-methods.js';
import { bashV4, emitTo, removeTemporary, temporary } from './shells.js';
import { operationKeys } from './expected.js';

const exec = promisify(execFile);
const installed = existsSync(DEBIAN_FILES.cli) && existsSync(DEBIAN_FILES.module);
if (!installed) console.warn(`test/emit/gitlab-api-v4/cli.test.ts: skipped, ${DEBIAN_FILES.cli} is not installed (apt-get install libgitlab-api-v4-perl; .ci/run installs it)`);

const doc = loadSpec() as any;
let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = emitTo(doc);
  server = await startServer();
  server.handle((_req, res) => json(res, 200, { id: 1 }));
});
afterAll(async () => {
  await server?.close();
  removeTemporary();
});

/** A command line typed with TAB: each `tab` takes a word bash offers, each `type` free text. */
class Line {
  readonly words = ['gitlab-api-v4'];
  private current = '';

  /** TAB after `partial`; takes `choice` (by default the first candidate) from what bash offers. */
  tab(partial: string, choice?: string): string[] {
    const offered = bashV4(dir, [`${this.words.join(' ')} ${this.current}${partial}`])[0];
    const pick = choice ?? offered[0];
    expect(offered, `after "${this.current}${partial}"`).toContain(pick);
    // bash replaces what follows the last word break (`:` or `=`) of the word being completed.
    const word = `${this.current}${partial}`.replace(/[^:=]*$/, '') + pick;
    if (/[:=]$/.test(pick)) this.current = word;
    else {
      this.words.push(word);
      this.current = '';
    }
    return offered;
  }

  type(text: string): this {
    this.words.push(this.current + text);
    this.current = '';
    return this;
  }
}

/** The connection, completed: `--url=` and `--private-token=` taken from the candidates. */
function connected(): Line {
  const line = new Line();
  line.tab('--u', '--url=');
  line.type(`${server.url}/api/v4`);
  line.tab('--private-t', '--private-token=');
  line.type('secret-token');
  return line;
}

async function run(line: Line): Promise<Received> {
  const before = server.received.length;
  const home = temporary('gitlab-api-v4-home-');
  await exec(line.words[0], line.words.slice(1), { env: { PATH: process.env.PATH, HOME: home } });
  expect(server.received.length - before, line.words.join(' ')).toBe(1);
  return server.received.at(-1)!;
}

/** The spec's path with its placeholders filled, in order, with the arguments (encoded as GitLab wants `:id`). */
function filled(path: string, args: string[]): string {
  let i = 0;
  return `/api/v4${path.replace(/\{[^}]+\}/g, () => encodeURIComponent(args[i++]))}`;
}

/** Checks `got` against the spec's operation `verb path`: method, path, and every parameter a documented one, where the spec puts it. */
function expectOperation(got: Received, verb: string, path: string, args: string[], params: Record<string, unknown>): void {
  expect(doc.paths[path]?.[verb.toLowerCase()], `${verb} ${path} in the spec`).toBeDefined();
  const [gotPath, query = ''] = got.url.split('?');
  expect(got.method).toBe(verb);
  expect(gotPath).toBe(filled(path, args));
  expect(got.headers['private-token']).toBe('secret-token');
  const documented = operationKeys(doc, path, verb);
  const sent = verb === 'GET' || verb === 'DELETE' ? Object.fromEntries(new URLSearchParams(query)) : got.body ? JSON.parse(got.body) : {};
  expect(sent).toEqual(params);
  const where = verb === 'GET' || verb === 'DELETE' ? 'query' : 'body';
  for (const key of Object.keys(sent)) {
    const spec = documented.find((k) => k.key === key);
    expect(spec?.in, `${key} is a ${where} parameter of ${verb} ${path}`).toBe(where);
    if (spec?.enum) expect(spec.enum).toContain(String(sent[key]));
  }
}

describe.skipIf(!installed)('the real gitlab-api-v4, on lines built from the completion', () => {
  it('GET with query parameters and an enum value: issues (docs-source/issues.md:247, state at :266)', async () => {
    const line = connected();
    line.tab('issu', 'issues');
    line.type('grp/proj');
    line.tab('sta', 'state:');
    line.tab('', 'opened');
    line.tab('lab', 'labels:');
    line.type('bug');
    line.tab('--pre', '--pretty');
    expectOperation(await run(line), 'GET', '/projects/{id}/issues', ['grp/proj'], { state: 'opened', labels: 'bug' });
  });

  it('POST with a JSON body, the required key offered first: create-issue (docs-source/issues.md:460-476)', async () => {
    const line = connected();
    line.tab('create-issu', 'create-issue');
    line.type('grp/proj');
    expect(line.tab('')[0]).toBe('title:');
    line.type('hello');
    line.tab('conf', 'confidential:');
    line.tab('', 'true');
    line.tab('lab', 'labels:');
    line.type('a,b');
    const got = await run(line);
    expect(got.headers['content-type']).toBe('application/json');
    expectOperation(got, 'POST', '/projects/{id}/issues', ['grp/proj'], { title: 'hello', confidential: 'true', labels: 'a,b' });
  });

  it('PUT with two arguments, and DELETE', async () => {
    const edit = connected();
    edit.tab('edit-issu', 'edit-issue');
    edit.type('grp/proj').type('7');
    edit.tab('tit', 'title:');
    edit.type('renamed');
    expectOperation(await run(edit), 'PUT', '/projects/{id}/issues/{issue_iid}', ['grp/proj', '7'], { title: 'renamed' });
    const remove = connected();
    remove.tab('delete-issu', 'delete-issue');
    remove.type('grp/proj').type('7');
    expectOperation(await run(remove), 'DELETE', '/projects/{id}/issues/{issue_iid}', ['grp/proj', '7'], {});
  });

  it('an argument that picks the operation: edit-project-service ... slack (docs-source/services.md:928)', async () => {
    const line = connected();
    line.tab('edit-project-serv', 'edit-project-service');
    line.type('grp/proj');
    line.tab('sla', 'slack');
    expect(line.tab('')[0]).toBe('webhook:');
    line.type('https://hooks.slack.com/services/x');
    line.tab('push_e', 'push_events:');
    line.tab('', 'false');
    expectOperation(await run(line), 'PUT', '/projects/{id}/services/slack', ['grp/proj'], { webhook: 'https://hooks.slack.com/services/x', push_events: 'false' });
  });

  it('the CLI\'s alias for access_level: add-project-member (docs-source/members.md:159-166)', async () => {
    const line = connected();
    line.tab('add-project-mem', 'add-project-member');
    line.type('grp/proj');
    line.tab('user', 'user_id:');
    line.type('3');
    line.tab('access', 'access_level:');
    line.tab('dev', 'developer');
    // The CLI turns the alias into GitLab's number (30, developer).
    expectOperation(await run(line), 'POST', '/projects/{id}/members', ['grp/proj'], { user_id: '3', access_level: 30 });
  });

  it('an upload: upload-file-to-project ... file:<TAB> sends the file (docs-source/projects.md:1288-1294)', async () => {
    const files = temporary('gitlab-api-v4-upload-');
    writeFileSync(join(files, 'notes.txt'), 'uploaded by gitlab-api-v4\n');
    const line = connected();
    line.tab('upload-file-to', 'upload-file-to-project');
    line.type('grp/proj');
    line.tab('fi', 'file:');
    line.tab(`${files}/no`, `${files}/notes.txt`);
    const got = await run(line);
    expect(got.method).toBe('POST');
    expect(got.url).toBe(filled('/projects/{id}/uploads', ['grp/proj']));
    expect(got.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(got.body).toContain('name="file"; filename="notes.txt"');
    expect(got.body).toContain('uploaded by gitlab-api-v4');
  });
});
