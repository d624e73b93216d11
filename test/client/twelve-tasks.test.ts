// [slow] Twelve everyday tasks (twelve-tasks/tasks.ts), run against a server that checks every
// request against the spec (spec/openapi.json): they compile with the shipped types without casts,
// `!` or `?.`, they do what they say, and a typo in any request name is a compile error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../src/client/index.js';
import type { GitLabClient } from '../../src/client/index.js';
import { createService, repoRoot } from './helpers/language-service.js';
import { startSpecServer } from './helpers/spec-server.js';
import type { Answer, Matched, SpecServer } from './helpers/spec-server.js';
import type { Recorded } from './helpers/server.js';
import * as tasks from './twelve-tasks/tasks.js';

const doc = JSON.parse(readFileSync(resolve(repoRoot, 'spec/openapi.json'), 'utf8'));
const TOKEN = 'glpat-twelve-tasks-0123';
const JOB_TOKEN = 'ci-job-token-0123';
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

/** Where the docs' examples are not the answer a task needs. */
let rateLimited = 0;
function answer(req: Recorded, m: Matched): Answer | undefined {
  const route = `${m.method} ${m.template}`;
  if (route === 'GET /projects/{id}/issues') {
    // Two pages: the first links to the second, as GitLab's Link header does.
    const page = Number(m.query.page?.[0] ?? 1);
    const next = new URL(req.url, 'http://x');
    next.searchParams.set('page', '2');
    const headers: Record<string, string> = page === 1 ? { link: `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`, 'x-total': '2' } : {};
    return { status: 200, headers, body: [{ id: page, iid: page, project_id: 1, title: `Issue on page ${page}`, state: 'opened' }] };
  }
  if (route === 'GET /projects/{id}/repository/files/{file_path}/raw') return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'puts "hello"\n' };
  if (route === 'GET /projects/{id}' && m.path.id === 'group/missing') return { status: 404, body: { message: '404 Project Not Found' } };
  if (route === 'GET /projects/{id}/merge_requests' && rateLimited++ === 0) return { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Retry later' } };
  if (route === 'GET /projects/{id}/jobs/{job_id}/artifacts') return { status: 200, headers: { 'content-type': 'application/zip' }, body: ZIP };
  // projects.md:725 "Edit project" answers the project (the spec has no example of it to answer with).
  if (route === 'PUT /projects/{id}') return { status: 200, body: { id: 3, name: 'project', avatar_url: 'http://example.com/uploads/project/avatar/3/uploads/logo.png' } };
  return undefined;
}

/** Is there a multipart body with a binary `avatar` on PUT /projects/{id} (issue 13)? */
const avatarIsAFile = (() => {
  const schema = doc.paths['/projects/{id}']?.put?.requestBody?.content?.['multipart/form-data']?.schema;
  const avatar = schema?.$ref ? undefined : schema?.properties?.avatar;
  return !!avatar && (avatar.format === 'binary' || typeof avatar.contentMediaType === 'string');
})();

describe('[slow] twelve tasks against the spec', () => {
  let server: SpecServer;
  let gitlab: GitLabClient;
  beforeAll(async () => {
    server = await startSpecServer(doc, { answer });
    gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: TOKEN });
  });
  afterAll(() => server?.close());
  const last = () => server.matched.at(-1)!;

  it('1. a project\'s open issues by group/sub/project, across all pages', async () => {
    expect(await tasks.listOpenIssues(gitlab)).toEqual(['Issue on page 1', 'Issue on page 2']);
    const pages = server.matched.filter((m) => m.template === '/projects/{id}/issues');
    expect(pages.map((m) => [m.path.id, m.query.state, m.query.per_page, m.query.page])).toEqual([
      ['group/sub/project', ['opened'], ['100'], undefined],
      ['group/sub/project', ['opened'], ['100'], ['2']],
    ]);
  });

  it('2. a merge request\'s author.username and merge_commit_sha (merge_requests.md example)', async () => {
    expect(await tasks.readMergeRequest(gitlab)).toEqual({ author: 'admin', sha: null });
  });

  it('3. an issue with labels and assignees', async () => {
    expect(await tasks.createIssue(gitlab)).toBe(14);
    expect(last().body).toEqual({ title: 'Broken build', labels: 'bug,ci', assignee_ids: [5, 7] });
  });

  it('4. a merge request closed', async () => {
    expect(await tasks.closeMergeRequest(gitlab)).toBe('opened'); // the docs' example answer
    expect(last()).toMatchObject({ method: 'PUT', body: { state_event: 'close' } });
  });

  it('5. a commit with four actions', async () => {
    expect(await tasks.commitFourActions(gitlab)).toBe('ed899a2f4b50b4370feeea94676502b42383c746');
    expect((last().body as { actions: { action: string }[] }).actions.map((a) => a.action)).toEqual(['create', 'update', 'move', 'delete']);
  });

  it('6. a raw file, read as text without parseAs', async () => {
    expect(await tasks.readRawFile(gitlab)).toBe('puts "hello"\n');
    expect(last().path).toEqual({ id: 'group/sub/project', file_path: 'lib/a b.rb' });
  });

  it('7a. a file uploaded as multipart', async () => {
    expect(await tasks.uploadFile(gitlab)).toBe('![dk](/uploads/66dbcd21ec5d24ed6ea225176098d52b/dk.png)');
    expect(last().body).toEqual({ file: { filename: 'screenshot.png', type: 'image/png', size: 10, text: 'screenshot' } });
  });

  it.skipIf(!avatarIsAFile)('7b. a project avatar as multipart (needs issue 13: the spec types `avatar` as a file)', async () => {
    expect(await tasks.uploadAvatar(gitlab)).toBe('http://example.com/uploads/project/avatar/3/uploads/logo.png');
    expect(last().body).toMatchObject({ avatar: { filename: 'logo.png', type: 'image/png', size: 4 } });
  });

  it('8. issues found by a search', async () => {
    expect((await tasks.searchIssues(gitlab)).length).toBeGreaterThan(0);
    expect(last().query).toEqual({ scope: ['issues'], search: ['login'] });
  });

  it('9. a 404 is an error with GitLab\'s message', async () => {
    expect(await tasks.readMissingProject(gitlab)).toEqual({ status: 404, message: '404 Project Not Found' });
  });

  it('10. a 429 with Retry-After: waits what the server asked, then answers', async () => {
    const { retries, count } = await tasks.rideOutRateLimit(server.apiRoot, TOKEN);
    expect(retries).toEqual([{ attempt: 1, status: 429, delayMs: 1000, method: 'GET', path: '/projects/42/merge_requests?state=opened', reason: 'retry-after' }]);
    expect(count).toBeGreaterThan(0);
  });

  it('11. artifacts with a CI job token (JOB-TOKEN, no PRIVATE-TOKEN)', async () => {
    const data = await tasks.downloadWithJobToken(server.apiRoot, JOB_TOKEN);
    expect(data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (data as Blob).arrayBuffer())]).toEqual([...ZIP]);
    expect(last().headers['job-token']).toBe(JOB_TOKEN);
    expect(last().headers['private-token']).toBeUndefined();
  });

  it('12. Sudo by numeric id, for the client and for one call', async () => {
    expect(await tasks.actAsUser(server.apiRoot, TOKEN)).toEqual(['john_smith', 'john_smith']);
    const users = server.matched.filter((m) => m.template === '/user').slice(-2);
    expect(users.map((m) => m.headers.sudo)).toEqual(['5', '5']);
  });

  it('every request fitted the spec', () => {
    // The avatar upload is left out above until the spec has it (issue 13).
    expect(server.violations).toEqual([]);
  });
});

describe('[slow] the tasks\' code', () => {
  const TASKS = resolve(repoRoot, 'test/client/twelve-tasks/tasks.ts');
  const TYPOS = resolve(repoRoot, 'test/client/fixtures/twelve-tasks-typos.ts');

  it('has no cast, no `!` and no `?.`', () => {
    const source = ts.createSourceFile(TASKS, readFileSync(TASKS, 'utf8'), ts.ScriptTarget.ES2022, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      const what = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) ? 'cast' : ts.isNonNullExpression(node) ? '!' : (node as { questionDotToken?: unknown }).questionDotToken ? '?.' : undefined;
      if (what) found.push(`tasks.ts:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what} ${node.getText()}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(found).toEqual([]);
    // The check finds what it looks for.
    const bad = ts.createSourceFile('bad.ts', 'const a = b as never; c!.d; e?.f;', ts.ScriptTarget.ES2022, true);
    let count = 0;
    const countVisit = (node: ts.Node): void => {
      if (ts.isAsExpression(node) || ts.isNonNullExpression(node) || (node as { questionDotToken?: unknown }).questionDotToken) count++;
      ts.forEachChild(node, countVisit);
    };
    countVisit(bad);
    expect(count).toBe(3);
  });

  it('a typo in any request name is a compile error on its line, and nothing else is', () => {
    const text = readFileSync(TYPOS, 'utf8');
    const service = createService({ [TYPOS]: text });
    const sf = service.getProgram()!.getSourceFile(TYPOS)!;
    const found = service.getSemanticDiagnostics(TYPOS).map((d) => [sf.getLineAndCharacterOfPosition(d.start!).line + 1, d.code]);
    const wanted = text.split('\n').flatMap((line, i) => (/\/\/ TS(\d+)$/.test(line) ? [[i + 1, Number(/TS(\d+)$/.exec(line)![1])]] : []));
    expect(wanted.length).toBeGreaterThanOrEqual(20);
    expect(found).toEqual(wanted);
  });
});
