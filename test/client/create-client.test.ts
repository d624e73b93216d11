// The client against a spec-checking server (fixture spec: five docs pages), its options and auth.
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GitLabApiError, createGitLabClient, resolveBaseUrl } from '../../src/client/index.js';
import type { Calls, TagCalls } from './fixtures/mini-schema.js';
import type { GitLabClientOptions } from '../../src/client/index.js';
import { containsString, json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';
import { startSpecServer } from './helpers/spec-server.js';
import type { SpecServer } from './helpers/spec-server.js';

const doc = parse(readFileSync(new URL('./fixtures/mini-spec.yaml', import.meta.url), 'utf8'));
const TOKEN = 'glpat-SECRETsecret123456';

let server: SpecServer;
beforeAll(async () => {
  server = await startSpecServer(doc);
});
afterAll(() => server.close());

const client = (extra: Partial<GitLabClientOptions> = {}) =>
  createGitLabClient<Calls, TagCalls, boolean>({ baseUrl: server.apiRoot, token: TOKEN, retry: false, ...extra });

describe('calls through the tag views, checked against the spec', () => {
  it('issues: list with query arrays and enums, create with a JSON body, get, delete', async () => {
    const gitlab = client();
    const list = await gitlab.issues.GET('/projects/{id}/issues', {
      params: { path: { id: 'diaspora/diaspora-client' }, query: { 'iids[]': [1, 2], state: 'opened', labels: 'bug,ui' } },
    });
    // From issues.md's example response.
    expect(list.data?.[0]).toMatchObject({ id: 76, iid: 6, project_id: 8, state: 'opened' });
    const created = await gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 4 } }, body: { title: 'Issues with auth', labels: 'bug' } });
    expect(created.response.status).toBe(201);
    expect(created.data?.title).toBe('Issues with auth');
    const one = await gitlab.issues.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 1 } } });
    expect(one.data?.state).toBe('closed');
    const deleted = await gitlab.issues.DELETE('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 1 } } });
    expect(deleted.response.status).toBe(204);
    expect(server.violations).toEqual([]);
    const listed = server.matched.find((m) => m.operationId === 'listProjectIssues')!;
    expect(listed.path.id).toBe('diaspora/diaspora-client');
    expect(listed.query).toEqual({ 'iids[]': ['1', '2'], state: ['opened'], labels: ['bug,ui'] });
  });

  it('one call per remaining tag: projects, repositoryFiles, branches, mergeRequests', async () => {
    const gitlab = client();
    const projects = await gitlab.projects.GET('/projects', { params: { query: { search: 'dia', simple: true } } });
    expect(projects.data?.[0].path_with_namespace).toBe('diaspora/diaspora-client');
    const file = await gitlab.repositoryFiles.GET('/projects/{id}/repository/files/{file_path}', {
      params: { path: { id: 3, file_path: 'app/models/key.rb' }, query: { ref: 'master' } },
    });
    expect(file.data?.file_name).toBe('key.rb');
    const branch = await gitlab.branches.GET('/projects/{id}/repository/branches/{branch}', { params: { path: { id: 3, branch: 'feature/x' } } });
    expect(branch.data).toEqual({ name: 'master', merged: false, protected: true });
    const mr = await gitlab.mergeRequests.PUT('/projects/{id}/merge_requests/{merge_request_iid}', {
      params: { path: { id: 3, merge_request_iid: 1 } },
      body: { state_event: 'close' },
    });
    expect(mr.data?.title).toBe('test1');
    expect(server.violations).toEqual([]);
    expect(server.matched.find((m) => m.operationId === 'getRepositoryBranch')?.path.branch).toBe('feature/x');
  });

  it('the spec server does reject what the spec forbids (so the checks above mean something)', async () => {
    const gitlab = client();
    const before = server.violations.length;
    await expect(
      gitlab.request('GET', '/projects/{id}/repository/files/{file_path}', { path: { id: 1, file_path: 'a' } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(gitlab.request('POST', '/projects/{id}/issues', { path: { id: 1 }, body: { titel: 'typo' } })).rejects.toMatchObject({ status: 400 });
    const caused = server.violations.splice(before);
    expect(caused.join('\n')).toMatch(/missing required query parameter ref[\s\S]*missing required body property title[\s\S]*unknown body property titel/);
  });

  it('untyped request(): the runtime API the CLI uses', async () => {
    const gitlab = client();
    const { data, response } = await gitlab.request('GET', '/projects/{id}', { path: { id: 'diaspora/diaspora-project-site' }, query: { statistics: true } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id: 3, name: 'Diaspora Project Site' });
    const last = server.matched.at(-1)!;
    expect(last).toMatchObject({ operationId: 'getProject', path: { id: 'diaspora/diaspora-project-site' }, query: { statistics: ['true'] } });
    expect(server.violations).toEqual([]);
  });
});

describe('auth headers', () => {
  let plain: TestServer;
  beforeAll(async () => {
    plain = await startServer((_, res) => json(res, 200, {}));
  });
  afterAll(() => plain.close());

  const cases: [string, Record<string, string | number>, Record<string, string | undefined>][] = [
    ['token -> PRIVATE-TOKEN', { token: 'abc123' }, { 'private-token': 'abc123', authorization: undefined, 'job-token': undefined }],
    ['oauthToken -> Authorization: Bearer', { oauthToken: 'oauth123' }, { authorization: 'Bearer oauth123', 'private-token': undefined }],
    ['jobToken -> JOB-TOKEN', { jobToken: 'job123' }, { 'job-token': 'job123', 'private-token': undefined }],
    ['sudo -> Sudo', { token: 'abc123', sudo: 'alice' }, { sudo: 'alice', 'private-token': 'abc123' }],
    ['numeric sudo', { token: 'abc123', sudo: 23 }, { sudo: '23' }],
    ['no credentials', {}, { 'private-token': undefined, authorization: undefined, 'job-token': undefined, sudo: undefined }],
  ];
  it.each(cases)('%s', async (_, auth, want) => {
    const gitlab = createGitLabClient({ baseUrl: plain.apiRoot, ...auth });
    await gitlab.request('GET', '/projects/{id}', { path: { id: 1 } });
    const headers = plain.requests.at(-1)!.headers;
    for (const [name, value] of Object.entries(want)) expect(headers[name]).toBe(value);
  });

  it('refuses CR/LF in tokens and Sudo before anything is sent, without quoting the value', () => {
    const sent = plain.requests.length;
    const bad: Record<string, string>[] = [
      { token: 'abc\r\nX-Evil: 1' },
      { oauthToken: 'abc\nx' },
      { jobToken: 'abc\rx' },
      { token: 'ok-token', sudo: 'root\r\nX-Evil: 1' },
    ];
    for (const auth of bad) {
      let thrown: unknown;
      try {
        createGitLabClient({ baseUrl: plain.apiRoot, ...auth });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GitLabApiError);
      expect((thrown as GitLabApiError).code).toBe('invalid-request');
      expect((thrown as Error).message).toMatch(/contains a CR, LF or NUL/);
      expect(containsString(thrown, 'abc')).toBe(false);
      expect(containsString(thrown, 'root')).toBe(false);
    }
    expect(plain.requests.length).toBe(sent);
  });

  it('refuses CR/LF in per-call headers of request() before sending', async () => {
    const sent = plain.requests.length;
    const gitlab = createGitLabClient({ baseUrl: plain.apiRoot, token: 'abc123' });
    await expect(gitlab.request('GET', '/user', { headers: { Sudo: 'a\r\nb' } })).rejects.toThrow(/header Sudo contains a CR, LF or NUL/);
    expect(plain.requests.length).toBe(sent);
  });

  it('refuses CR/LF in per-call headers of typed calls and paginate, naming the header, never the value', async () => {
    const sent = plain.requests.length;
    const gitlab = createGitLabClient<Calls, TagCalls>({ baseUrl: plain.apiRoot, token: 'abc123' });
    const errors = await Promise.all([
      gitlab.projects.GET('/projects/{id}', { params: { path: { id: 1 } }, headers: { 'PRIVATE-TOKEN': 'glpat-secret\r\nX-Evil: 1' } }).catch((e: unknown) => e),
      gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 1 }, header: { Sudo: 'root\nX: 1' } } }).catch((e: unknown) => e),
      gitlab.paginate('/projects', { headers: { Sudo: 'root\r\n' } }).all().catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => (e as Error).message)).toEqual([
      'GET /projects/{id}: refused (header PRIVATE-TOKEN contains a CR, LF or NUL character)',
      'GET /projects/{id}/issues: refused (header Sudo contains a CR, LF or NUL character)',
      'GET /projects: refused (header Sudo contains a CR, LF or NUL character)',
    ]);
    for (const e of errors) {
      expect(containsString(e, 'glpat-secret')).toBe(false);
      expect(containsString(e, 'root')).toBe(false);
    }
    expect(plain.requests.length).toBe(sent);
  });

  it('refuses two kinds of token at once', () => {
    expect(() => createGitLabClient({ baseUrl: plain.apiRoot, token: 'a1234', jobToken: 'b1234' })).toThrow(/only one of token, oauthToken, jobToken/);
  });
});

describe('options', () => {
  it.each([
    [{ host: 'gitlab.example.com' }, 'https://gitlab.example.com/api/v4'],
    [{ host: 'gitlab.example.com:8443' }, 'https://gitlab.example.com:8443/api/v4'],
    [{ baseUrl: 'http://127.0.0.1:8080/api/v4/' }, 'http://127.0.0.1:8080/api/v4'],
  ])('resolveBaseUrl(%o) = %s', (given, want) => {
    expect(resolveBaseUrl(given)).toBe(want);
  });

  it.each([
    [{}, /give host .* or baseUrl/],
    [{ host: 'a', baseUrl: 'https://a/api/v4' }, /not both/],
    [{ host: 'https://gitlab.com' }, /host must be a host name/],
    [{ baseUrl: 'ftp://x/api/v4' }, /http: or https:/],
    [{ baseUrl: 'https://user:hunter2@x/api/v4' }, /must not contain credentials/],
    [{ baseUrl: 'not a url' }, /not a valid URL/],
  ])('rejects %o', (given, message) => {
    let thrown: unknown;
    try {
      resolveBaseUrl(given);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(message);
    expect(containsString(thrown, 'hunter2')).toBe(false);
  });

  it('sends through node:http by default in Node, never through globalThis.fetch', async () => {
    const platformFetch = globalThis.fetch;
    let platformCalls = 0;
    globalThis.fetch = (...args: Parameters<typeof fetch>) => ((platformCalls++), platformFetch(...args));
    try {
      const { data } = await client().issues.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 1 } } });
      expect(data?.state).toBe('closed');
      expect(platformCalls).toBe(0);
      // Given as the fetch option, the platform's fetch is what sends (a proxy set up for undici, say).
      await client({ fetch: (input) => globalThis.fetch(input) }).issues.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 1 } } });
      expect(platformCalls).toBe(1);
    } finally {
      globalThis.fetch = platformFetch;
    }
  });

  it('takes the platform fetch where node:http is missing (a browser)', async () => {
    const { defaultFetch, nodeFetch } = await import('../../src/client/node-fetch.js');
    expect(defaultFetch()).toBe(nodeFetch);
    const getBuiltinModule = process.getBuiltinModule;
    const platformFetch = globalThis.fetch;
    const sent: string[] = [];
    (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
    globalThis.fetch = async (input) => (sent.push(String((input as Request).url)), new Response('{"iid":1}'));
    try {
      const response = await defaultFetch()(new Request('https://gitlab.example.com/api/v4/projects/1'));
      expect(await response.json()).toEqual({ iid: 1 });
      expect(sent).toEqual(['https://gitlab.example.com/api/v4/projects/1']);
    } finally {
      process.getBuiltinModule = getBuiltinModule;
      globalThis.fetch = platformFetch;
    }
  });

  it('throwOnError: the client\'s setting, and each call\'s over it', async () => {
    const missing = { params: { path: { id: 1, issue_iid: 1 } } } as const;
    const plain = await startServer((_, res) => json(res, 404, { message: '404 Issue Not Found' }));
    try {
      const strict = createGitLabClient<Calls, TagCalls>({ baseUrl: plain.apiRoot, retry: false });
      await expect(strict.issues.GET('/projects/{id}/issues/{issue_iid}', missing)).rejects.toThrow('GET /projects/1/issues/1: 404 Not Found: 404 Issue Not Found');
      const answered = await strict.issues.GET('/projects/{id}/issues/{issue_iid}', { ...missing, throwOnError: false });
      expect([answered.response.status, answered.error, answered.data]).toEqual([404, { message: '404 Issue Not Found' }, undefined]);

      const lenient = createGitLabClient<Calls, TagCalls, false>({ baseUrl: plain.apiRoot, retry: false, throwOnError: false });
      const { error } = await lenient.issues.GET('/projects/{id}/issues/{issue_iid}', missing);
      expect(error).toEqual({ message: '404 Issue Not Found' });
      await expect(lenient.issues.GET('/projects/{id}/issues/{issue_iid}', { ...missing, throwOnError: true })).rejects.toBeInstanceOf(GitLabApiError);
      // Not sent on: openapi-fetch would copy an unknown option onto the Request.
      expect(plain.requests.every((r) => !('throwonerror' in r.headers))).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('a thrown error and its inspection hold no token', async () => {
    const plain = await startServer((_, res) => json(res, 401, { message: '401 Unauthorized' }));
    try {
      const gitlab = createGitLabClient({ baseUrl: plain.apiRoot, token: TOKEN });
      const error = await gitlab.request('GET', '/user').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitLabApiError);
      expect((error as Error).message).toBe('GET /user: 401 Unauthorized: 401 Unauthorized');
      expect(containsString(error, TOKEN)).toBe(false);
      expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(inspect(gitlab, { depth: 4 })).not.toContain(TOKEN);
    } finally {
      await plain.close();
    }
  });
});
