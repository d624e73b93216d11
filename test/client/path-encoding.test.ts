// Path parameters reach the server as one segment each, whatever they contain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitLabApiError, createGitLabClient } from '../../src/client/index.js';
import { encodeSegment, serializePath } from '../../src/client/path-encoding.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_, res) => json(res, 200, {}));
});
afterAll(() => server.close());

describe('over HTTP', () => {
  // Expected targets written from GitLab's docs (README.md "Namespaced path encoding",
  // repository_files.md "file_path: URL encoded full path", branches with slashes).
  it.each([
    ['numeric id', '/projects/{id}', { id: 5 }, '/api/v4/projects/5'],
    ['namespaced path', '/projects/{id}', { id: 'diaspora/diaspora' }, '/api/v4/projects/diaspora%2Fdiaspora'],
    ['subgroup path', '/projects/{id}', { id: 'group/subgroup/project' }, '/api/v4/projects/group%2Fsubgroup%2Fproject'],
    ['file path with a space', '/projects/{id}/repository/files/{file_path}', { id: 13083, file_path: 'lib/a b.rb' }, '/api/v4/projects/13083/repository/files/lib%2Fa%20b.rb'],
    ['file path with dots', '/projects/{id}/repository/files/{file_path}/raw', { id: 1, file_path: 'app/models/key.rb' }, '/api/v4/projects/1/repository/files/app%2Fmodels%2Fkey.rb/raw'],
    ['branch with a slash', '/projects/{id}/repository/branches/{branch}', { id: 1, branch: 'feature/login' }, '/api/v4/projects/1/repository/branches/feature%2Flogin'],
    ['tag with a slash', '/projects/{id}/repository/tags/{tag_name}', { id: 1, tag_name: 'release/v1.0' }, '/api/v4/projects/1/repository/tags/release%2Fv1.0'],
    ['traversal stays inside', '/projects/{id}/repository/files/{file_path}', { id: 1, file_path: '../../../users' }, '/api/v4/projects/1/repository/files/..%2F..%2F..%2Fusers'],
    ['query injection stays inside', '/projects/{id}', { id: 'a?private_token=x' }, '/api/v4/projects/a%3Fprivate_token%3Dx'],
    ['fragment stays inside', '/projects/{id}', { id: 'a#b' }, '/api/v4/projects/a%23b'],
    ['percent is encoded once', '/projects/{id}', { id: 'a%2Fb' }, '/api/v4/projects/a%252Fb'],
    ['unicode', '/projects/{id}/repository/branches/{branch}', { id: 1, branch: 'fix/ü' }, '/api/v4/projects/1/repository/branches/fix%2F%C3%BC'],
  ])('%s', async (_, template, path, want) => {
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 'tok-123' });
    await gitlab.request('GET', template, { path });
    expect(server.requests.at(-1)!.url).toBe(want);
  });

  it.each([
    ['..', /path parameter file_path cannot be "\.\."/],
    ['.', /path parameter file_path cannot be "\."/],
    ['', /path parameter file_path cannot be empty/],
  ])('refuses %j (a dot segment climbs out even when encoded)', async (value, message) => {
    const before = server.requests.length;
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 'tok-123' });
    const error = await gitlab.request('GET', '/projects/{id}/repository/files/{file_path}', { path: { id: 1, file_path: value } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitLabApiError);
    expect((error as GitLabApiError).code).toBe('invalid-request');
    expect((error as Error).message).toMatch(message);
    expect(server.requests.length).toBe(before);
  });

  it('refuses a missing path parameter instead of sending `{id}`', async () => {
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 'tok-123' });
    await expect(gitlab.request('GET', '/projects/{id}/issues', { path: {} })).rejects.toThrow('GET /projects/{id}/issues: refused (missing path parameter id)');
  });
});

describe('serializePath', () => {
  it('fills every parameter of a template', () => {
    expect(serializePath('https://g/api/v4/projects/{id}/issues/{issue_iid}', { id: 'a/b', issue_iid: 3 })).toBe('https://g/api/v4/projects/a%2Fb/issues/3');
  });
  it("encodes what encodeURIComponent leaves (!'()*)", () => {
    expect(encodeSegment('b', "it's(1)*!", '')).toBe('it%27s%281%29%2A%21');
  });
  it('rejects objects', () => {
    expect(() => encodeSegment('id', { a: 1 }, '/x/{id}')).toThrow(/must be a string or a number, got object/);
  });
});
