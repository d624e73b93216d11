// The client with the spec of docs-source (its shipped types, generated/schema.d.ts) against a real
// server on 127.0.0.1 that checks each request against that spec: the values the docs allow beside a
// type are typed and sent, a value outside an enum does not compile, and an avatar goes up as
// multipart. The type checks are the compile errors tsc reports on this file (npm test type-checks it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../src/client/index.js';
import { loadSpec } from '../helpers/pipeline.js';
import { startSpecServer, type SpecServer } from './helpers/spec-server.js';

let server: SpecServer;
beforeAll(async () => {
  server = await startSpecServer(loadSpec() as unknown as Record<string, unknown>);
});
afterAll(() => server?.close());

const client = () => createGitLabClient({ baseUrl: server.apiRoot, token: 'glpat-request-values', retry: false });

describe('the client and the values the docs name', () => {
  it('issues.md:43 `assignee_id: "None"` (and "Any", and a number) is typed and sent as it is', async () => {
    const gitlab = client();
    for (const assignee_id of ['None', 'Any', 7] as const) {
      const { response } = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'group/project' }, query: { assignee_id } } });
      expect(response.status).toBe(200);
      expect(server.matched.at(-1)?.query.assignee_id).toEqual([String(assignee_id)]);
    }
    expect(server.violations).toEqual([]);
  });

  it('issues.md:554 `state_event` takes `close` or `reopen`; `closed` does not compile', async () => {
    const gitlab = client();
    const { response } = await gitlab.issues.PUT('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 2 } }, body: { state_event: 'close' } });
    expect(response.status).toBe(200);
    expect(server.matched.at(-1)?.body).toEqual({ state_event: 'close' });
    const wrong = () =>
      // @ts-expect-error `closed` is not one of the documented values (close, reopen)
      gitlab.issues.PUT('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 2 } }, body: { state_event: 'closed' } });
    expect(typeof wrong).toBe('function');
  });

  it('projects.md:752 an avatar goes up as multipart/form-data (a FormData body)', async () => {
    const form = new FormData();
    form.append('name', 'renamed');
    form.append('avatar', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'logo.png');
    const before = server.requests.length;
    const { response } = await client().request('PUT', '/projects/{id}', { path: { id: 1 }, body: form });
    expect(response.ok).toBe(true);
    const sent = server.requests[before];
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toMatch(/name="avatar"; filename="logo.png"\r\nContent-Type: image\/png/);
    expect(server.violations).toEqual([]);
  });
});
