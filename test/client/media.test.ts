// Reading bodies by media type: bodyKind's rule, and downloads end to end with the downloads
// fixture (raw file and job trace as text/plain, archive and artifacts as bytes, repository_files.md:76,
// repositories.md:110, jobs.md:348/446), where the spec's media type chooses, with types to match.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { GitLabApiError, createGitLabClient } from '../../src/client/index.js';
import { bodyKind } from '../../src/client/media.js';
import responseMedia from './fixtures/downloads/response-media.js';
import type { Calls, TagCalls } from './fixtures/downloads/schema.js';
import { startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

describe('bodyKind', () => {
  it.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/problem+json', 'json'],
    ['application/vnd.gitlab+json', 'json'],
    ['text/plain', 'text'],
    ['text/plain; charset=utf-8', 'text'],
    ['text/html', 'text'],
    ['application/xml', 'text'],
    ['application/atom+xml', 'text'],
    ['application/x-ndjson', 'text'],
    ['application/octet-stream', 'blob'],
    ['application/zip', 'blob'],
    ['application/gzip', 'blob'],
    ['image/png', 'blob'],
    ['application/jsonl', 'blob'],
  ])('%s -> %s', (media, kind) => {
    expect(bodyKind(media)).toBe(kind);
  });
});

describe('downloads (downloads fixture)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());
  const gitlab = () => createGitLabClient<Calls, TagCalls>({ baseUrl: server.apiRoot, token: 'glpat-download-test', retry: false, responseMedia });
  const answer = (type: string, body: string | Uint8Array) => server.handle((_, res) => res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body));
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it('a raw file (text/plain in the spec) is a string, no parseAs needed', async () => {
    answer('text/plain; charset=utf-8', '# == Schema Information\n');
    const { data } = await gitlab().repositoryFiles.GET('/projects/{id}/repository/files/{file_path}/raw', { params: { path: { id: 'group/project', file_path: 'app/models/key.rb' }, query: { ref: 'master' } } });
    expectTypeOf(data).toEqualTypeOf<string>();
    expect(data).toBe('# == Schema Information\n');
    expect(server.requests.at(-1)?.url).toBe('/api/v4/projects/group%2Fproject/repository/files/app%2Fmodels%2Fkey.rb/raw?ref=master');
  });

  it("the spec's media type chooses, not the server's Content-Type: a text route read as text whatever it is labelled", async () => {
    answer('application/octet-stream', 'Running with gitlab-runner 11.0\n');
    const { data } = await gitlab().jobs.GET('/projects/{id}/jobs/{job_id}/trace', { params: { path: { id: 1, job_id: 8 } } });
    expectTypeOf(data).toEqualTypeOf<string>();
    expect(data).toBe('Running with gitlab-runner 11.0\n');
  });

  it('an archive and artifacts are Blobs with the bytes sent', async () => {
    answer('application/x-gzip', PNG);
    const archive = await gitlab().repositories.GET('/projects/{id}/repository/archive', { params: { path: { id: 1 }, query: { format: 'zip' } } });
    expectTypeOf(archive.data).toEqualTypeOf<Blob>();
    expect(archive.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await archive.data.arrayBuffer())]).toEqual([...PNG]);
    answer('application/zip', PNG);
    const artifacts = await gitlab().jobs.GET('/projects/{id}/jobs/{job_id}/artifacts', { params: { path: { id: 1, job_id: 8 } } });
    expectTypeOf(artifacts.data).toEqualTypeOf<Blob>();
    expect(artifacts.data.size).toBe(PNG.length);
  });

  it('parseAs still chooses when given, with its type', async () => {
    answer('application/zip', PNG);
    const bytes = await gitlab().repositories.GET('/projects/{id}/repository/archive', { params: { path: { id: 1 } }, parseAs: 'arrayBuffer' });
    expectTypeOf(bytes.data).toEqualTypeOf<ArrayBuffer>();
    expect([...new Uint8Array(bytes.data)]).toEqual([...PNG]);
    answer('text/plain', 'log');
    const stream = await gitlab().jobs.GET('/projects/{id}/jobs/{job_id}/trace', { params: { path: { id: 1, job_id: 8 } }, parseAs: 'stream' });
    expectTypeOf(stream.data).toEqualTypeOf<ReadableStream<Uint8Array> | null>();
    expect(await new Response(stream.data).text()).toBe('log');
  });

  it.each([
    ['text/plain', 'puts 1\n', 'puts 1\n'],
    ['application/json', '{"a":1}', { a: 1 }],
    ['image/png', PNG, 'Blob'],
  ] as const)('a route without a media type is read by its Content-Type: %s', async (type, body, want) => {
    answer(type, body);
    const { data } = await gitlab().projectSnippets.GET('/projects/{id}/snippets/{snippet_id}/raw', { params: { path: { id: 1, snippet_id: 2 } } });
    expectTypeOf(data).toEqualTypeOf<unknown>();
    if (want === 'Blob') expect(data).toBeInstanceOf(Blob);
    else expect(data).toEqual(want);
  });

  it('…but an HTML page there is a login page or a proxy, not an answer', async () => {
    answer('text/html', '<html>Sign in</html>');
    const error = await gitlab().projectSnippets.GET('/projects/{id}/snippets/{snippet_id}/raw', { params: { path: { id: 1, snippet_id: 2 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitLabApiError);
    expect((error as GitLabApiError).message).toBe('GET /projects/1/snippets/2/raw: invalid response (status 200) (expected an API response, got text/html (a login page or proxy error?))');
  });

  it("without the spec's table (another spec's client), a text download is taken for JSON and refused with a hint", async () => {
    answer('text/plain', 'plain text');
    const blind = createGitLabClient<Calls, TagCalls>({ baseUrl: server.apiRoot, retry: false, responseMedia: {} });
    const error = await blind.repositoryFiles.GET('/projects/{id}/repository/files/{file_path}/raw', { params: { path: { id: 1, file_path: 'a' }, query: { ref: 'main' } } }).catch((e: unknown) => e);
    expect((error as GitLabApiError).code).toBe('invalid-response');
    expect((error as GitLabApiError).message).toContain("pass parseAs 'text' or 'blob' for raw content");
  });
});
