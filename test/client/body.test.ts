// Request bodies: JSON, multipart when a file is in it (Rack field names, as GitLab's Grape reads
// them: projects.md:678 `tag_list` "array", project_import_export.md `override_params[...]`), or
// as they are; and uploads end to end, checked by a server that parses the multipart body against
// the uploads fixture (test/client/fixtures/uploads/spec.yaml).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rawContentType, serializeBody } from '../../src/client/body.js';
import { createGitLabClient } from '../../src/client/index.js';
import type { Calls, TagCalls } from './fixtures/uploads/schema.js';
import { startSpecServer } from './helpers/spec-server.js';
import type { SpecServer } from './helpers/spec-server.js';

/** A FormData's entries, files as `{ name, type, text }`. */
async function entries(form: FormData): Promise<[string, unknown][]> {
  const out: [string, unknown][] = [];
  for (const [name, value] of form.entries()) out.push([name, typeof value === 'string' ? value : { name: value.name, type: value.type, text: await value.text() }]);
  return out;
}

describe('serializeBody', () => {
  it.each([
    ['a plain object: JSON', { title: 'x', labels: 'bug', assignee_ids: [1, 2] }, '{"title":"x","labels":"bug","assignee_ids":[1,2]}'],
    ['an array: JSON', [{ action: 'create' }], '[{"action":"create"}]'],
    ['a string: as it is', 'line 1\n', 'line 1\n'],
  ])('%s', (_, body, want) => {
    expect(serializeBody(body)).toBe(want);
  });

  it('bytes, Blobs, forms and URLSearchParams go as they are', () => {
    for (const body of [new Uint8Array([1, 2]), new ArrayBuffer(2), new Blob(['x']), new FormData(), new URLSearchParams('a=1')]) expect(serializeBody(body)).toBe(body);
  });

  it('an object holding a file becomes multipart: Blob, File and { content, filename } parts, the rest as Rack fields', async () => {
    const body = {
      file: { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), filename: 'logo.png', type: 'image/png' },
      note: new File(['hello'], 'note.txt', { type: 'text/plain' }),
      blob: new Blob(['b']),
      text: { content: 'plain text', filename: 'a.txt' },
      path: 'group/project',
      overwrite: true,
      namespace: 42,
      skipped: undefined,
      nothing: null,
      tag_list: ['ruby', 'rails'],
      override_params: { visibility: 'private', tags: ['x'] },
      at: new Date(Date.UTC(2019, 2, 15)),
    };
    const form = serializeBody(body);
    expect(form).toBeInstanceOf(FormData);
    expect(await entries(form as FormData)).toEqual([
      ['file', { name: 'logo.png', type: 'image/png', text: '\x89PNG'.replace('\x89', '\ufffd') }],
      ['note', { name: 'note.txt', type: 'text/plain', text: 'hello' }],
      ['blob', { name: 'blob', type: '', text: 'b' }],
      ['text', { name: 'a.txt', type: '', text: 'plain text' }],
      ['path', 'group/project'],
      ['overwrite', 'true'],
      ['namespace', '42'],
      ['tag_list[]', 'ruby'],
      ['tag_list[]', 'rails'],
      ['override_params[visibility]', 'private'],
      ['override_params[tags][]', 'x'],
      ['at', '2019-03-15T00:00:00.000Z'],
    ]);
  });

  it('a file inside an array or hash also makes it multipart; an object merely named like one does not', async () => {
    expect(serializeBody({ files: [new Blob(['a'])] })).toBeInstanceOf(FormData);
    expect(serializeBody({ meta: { logo: { content: 'x', filename: 'x.txt' } } })).toBeInstanceOf(FormData);
    // `content` without `filename` is an ordinary JSON field (commits.md actions have `content`).
    expect(serializeBody({ actions: [{ action: 'create', file_path: 'a', content: 'x' }] })).toBe('{"actions":[{"action":"create","file_path":"a","content":"x"}]}');
  });
});

describe('rawContentType', () => {
  it.each([
    [new Blob(['x'], { type: 'image/png' }), 'image/png'],
    [new Blob(['x']), 'application/octet-stream'],
    ['text', 'text/plain;charset=UTF-8'],
    [new Uint8Array([1]), 'application/octet-stream'],
    [new URLSearchParams('a=1'), 'application/x-www-form-urlencoded;charset=UTF-8'],
    [new FormData(), undefined],
    [{ title: 'x' }, undefined],
  ])('%o -> %s', (body, want) => {
    expect(rawContentType(body)).toBe(want);
  });
});

describe('uploads through the client (uploads fixture, multipart checked by the server)', () => {
  const doc = parse(readFileSync(new URL('./fixtures/uploads/spec.yaml', import.meta.url), 'utf8'));
  let server: SpecServer;
  beforeAll(async () => {
    server = await startSpecServer(doc);
  });
  afterAll(() => server?.close());
  const client = () => createGitLabClient<Calls, TagCalls>({ baseUrl: server.apiRoot, token: 'glpat-upload-test', retry: false });

  it('a file from memory in Node ({ content, filename }) and a Blob, with the docs\' response', async () => {
    const gitlab = client();
    const uploaded = await gitlab.projects.POST('/projects/{id}/uploads', { params: { path: { id: 'group/project' } }, body: { file: { content: new TextEncoder().encode('png bytes'), filename: 'dk.png', type: 'image/png' } } });
    // projects.md:1311, the returned object.
    expect(uploaded.data.markdown).toBe('![dk](/uploads/66dbcd21ec5d24ed6ea225176098d52b/dk.png)');
    expect(server.matched.at(-1)?.body).toEqual({ file: { filename: 'dk.png', type: 'image/png', size: 9, text: 'png bytes' } });
    expect(String(server.matched.at(-1)?.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);

    await gitlab.wikis.POST('/projects/{id}/wikis/attachments', { params: { path: { id: 1 } }, body: { file: new File(['a'], 'a.txt'), branch: 'main' } });
    expect(server.matched.at(-1)?.body).toMatchObject({ file: { filename: 'a.txt' }, branch: 'main' });
    expect(server.violations).toEqual([]);
  });

  it('an avatar: the same edit goes as JSON without a file and as multipart with one', async () => {
    const gitlab = client();
    await gitlab.projects.PUT('/projects/{id}', { params: { path: { id: 3 } }, body: { name: 'Renamed', tag_list: ['a', 'b'] } });
    expect(server.matched.at(-1)?.headers['content-type']).toBe('application/json');
    expect(server.matched.at(-1)?.body).toEqual({ name: 'Renamed', tag_list: ['a', 'b'] });
    const edited = await gitlab.projects.PUT('/projects/{id}', { params: { path: { id: 3 } }, body: { avatar: { content: 'img', filename: 'avatar.png' }, tag_list: ['a'] } });
    expect(edited.data.avatar_url).toBe('http://example.com/uploads/project/avatar/3/uploads/avatar.png');
    expect(server.matched.at(-1)?.body).toEqual({ avatar: { filename: 'avatar.png', type: 'application/octet-stream', size: 3, text: 'img' }, 'tag_list[]': 'a' });
    expect(server.violations).toEqual([]);
  });

  it('an import with nested fields, and a raw package file with its own Content-Type', async () => {
    const gitlab = client();
    await gitlab.projectImportExport.POST('/projects/import', { body: { file: new Blob(['tar']), path: 'imported', overwrite: true, override_params: { visibility: 'private' } } });
    expect(server.matched.at(-1)?.body).toMatchObject({ path: 'imported', overwrite: 'true', 'override_params[visibility]': 'private' });
    await gitlab.packages.PUT('/projects/{id}/packages/generic/{package_name}/{package_version}/{file_name}', {
      params: { path: { id: 1, package_name: 'tool', package_version: '1.0.0', file_name: 'tool.bin' } },
      body: new Uint8Array([0, 1, 2, 255]),
    });
    expect(server.matched.at(-1)?.headers['content-type']).toBe('application/octet-stream');
    expect([...(server.matched.at(-1)?.body as Buffer)]).toEqual([0, 1, 2, 255]);
    expect(server.violations).toEqual([]);
  });

  it('the server does refuse a file sent as a path string (so the checks above mean something)', async () => {
    const gitlab = createGitLabClient<Calls, TagCalls, false>({ baseUrl: server.apiRoot, retry: false, throwOnError: false });
    const before = server.violations.length;
    // What the types refuse, sent anyway: the JSON `{ "file": "./x.png" }` of the issue.
    const sent = await gitlab.projects.POST('/projects/{id}/uploads', { params: { path: { id: 1 } }, body: { file: './x.png' as never } });
    expect(sent.response.status).toBe(400);
    expect(server.violations.slice(before)).toEqual(['POST /projects/{id}/uploads (uploadFile): content type application/json not in the spec']);
  });
});
