import { describe, expect, it } from 'vitest';
import { toOpenAPI } from '../../scripts/openapi/index.js';
import { endpoint, json, model, page, param, response, T } from './fixtures.js';

const issues = page('issues.md', [
  endpoint('GET /projects/:id/issues', {
    heading: 'List project issues',
    parameters: [param('id', T.id, { required: true }), param('state', T.string, { enum: ['opened', 'closed'] }), param('iids[]', T.array(T.integer))],
    responses: [response([json([{ id: 1 }])])],
  }),
  endpoint('POST /projects/:id/issues', {
    heading: 'Create new issue',
    parameters: [param('id', T.id, { required: true }), param('title', T.string, { required: true })],
    availability: { tier: ['Free', 'Premium'], offering: ['Self-managed'] },
  }),
  endpoint('DELETE /projects/:id/issues/:issue_iid', { heading: 'Delete an issue', deprecated: true, parameters: [param('id', T.id, { required: true })] }),
], { title: 'Issues', description: 'Every API call to issues must be authenticated.' });
const version = page('version.md', [endpoint('GET /version', { heading: 'Version' })], { title: 'Version' });
const empty = page('oauth2.md', [], { title: 'OAuth2' });

describe('toOpenAPI', () => {
  const { document, diagnostics } = toOpenAPI(model([version, issues, empty]), { version: '11.x' });
  const paths = document.paths as Record<string, Record<string, any>>;

  it('is OpenAPI 3.1 with the host as a server variable, and the security schemes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe('11.x');
    expect(document.servers).toEqual([expect.objectContaining({ url: 'https://{host}/api/v4', variables: { host: expect.objectContaining({ default: 'gitlab.example.com' }) } })]);
    expect(document.components!.securitySchemes).toMatchObject({
      PrivateToken: { type: 'apiKey', in: 'header', name: 'PRIVATE-TOKEN' },
      OAuth2: { type: 'http', scheme: 'bearer' },
      JobToken: { type: 'apiKey', in: 'header', name: 'JOB-TOKEN' },
    });
    expect(document.components!.parameters).toMatchObject({ Sudo: { in: 'header', name: 'Sudo' }, page: { in: 'query', name: 'page' }, per_page: { in: 'query', name: 'per_page' } });
    expect(Object.keys((document.components!.schemas!.Error as { properties: object }).properties)).toEqual(['message', 'error', 'error_description']);
  });

  it('orders pages by file and keeps the docs order inside a page', () => {
    expect(Object.keys(paths)).toEqual(['/projects/{id}/issues', '/projects/{id}/issues/{issue_iid}', '/version']);
  });

  it('one tag per page with endpoints, with the page intro and x-gitlab-page', () => {
    expect(document.tags).toEqual([
      { name: 'Issues', description: 'Every API call to issues must be authenticated.', 'x-gitlab-page': 'issues.md',
        externalDocs: { description: 'GitLab docs: issues.md', url: 'https://docs.gitlab.com/ee/api/issues.html' } },
      { name: 'Version', description: 'About version.md.', 'x-gitlab-page': 'version.md',
        externalDocs: { description: 'GitLab docs: version.md', url: 'https://docs.gitlab.com/ee/api/version.html' } },
    ]);
    expect(paths['/version'].get.tags).toEqual(['Version']);
  });

  it('GET: path parameter from the row, the rest in the query, pagination, Sudo', () => {
    const op = paths['/projects/{id}/issues'].get;
    expect(op.operationId).toBe('listProjectIssues');
    expect(op.summary).toBe('List project issues');
    expect(op['x-source']).toMatchObject({ file: 'issues.md' });
    expect(op['x-gitlab-paginated']).toBe(true);
    expect(op.parameters.map((p: any) => p.$ref ?? `${p.in}:${p.name}`)).toEqual([
      'path:id', 'query:state', 'query:iids[]',
      '#/components/parameters/page', '#/components/parameters/per_page', '#/components/parameters/Sudo',
    ]);
    expect(op.parameters[0].schema).toEqual({ type: ['integer', 'string'] });
    expect(op.parameters[1].schema).toEqual({ type: 'string', enum: ['opened', 'closed'] });
  });

  it('POST: body parameters, 201, availability', () => {
    const op = paths['/projects/{id}/issues'].post;
    expect(op.operationId).toBe('createProjectIssue');
    expect(op['x-gitlab-command']).toBe('project-issue create');
    expect(op.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', properties: { title: { type: 'string' } }, required: ['title'] });
    expect(Object.keys(op.responses)).toEqual(['201', '4XX']);
    expect(op['x-gitlab-tier']).toEqual(['Free', 'Premium']);
    expect(op['x-gitlab-offering']).toEqual(['Self-managed']);
  });

  it('DELETE: deprecated, 204, and a path parameter without a row is diagnosed', () => {
    const op = paths['/projects/{id}/issues/{issue_iid}'].delete;
    expect(op.deprecated).toBe(true);
    expect(Object.keys(op.responses)).toEqual(['204', '4XX']);
    expect(op.parameters[1]).toMatchObject({ name: 'issue_iid', in: 'path', required: true, schema: { type: 'string' } });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'path-parameter-without-row', file: 'issues.md' })]);
  });

  it('is deterministic: the same model in another order gives the same bytes', () => {
    const again = toOpenAPI(model([empty, issues, version]), { version: '11.x' });
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(document));
  });

  it('takes the version from the model when no option gives it', () => {
    const m = model([version]);
    m.api.version = '11.5';
    expect(toOpenAPI(m).document.info.version).toBe('11.5');
  });

  it('publishes where it comes from: licence, contact, and the docs at the root', () => {
    // The docs are CC BY-SA 4.0 (docs-source/PROVENANCE.txt); the spec is derived from them.
    expect(document.info.license).toEqual({ name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
    expect(document.info.contact).toMatchObject({ name: 'GitLab' });
    expect(document.externalDocs).toEqual({ description: 'GitLab REST API documentation', url: 'https://docs.gitlab.com/ee/api/' });
  });
});

describe('toOpenAPI: links to the published docs', () => {
  const links = page('merge_requests.md', [
    endpoint('GET /projects/:id/merge_requests', {
      heading: 'List project merge requests',
      anchor: 'list-project-merge-requests',
      description: '> [Introduced][ce-13060] in GitLab 10.0. See [the permissions](../user/permissions.md) and [this][nowhere].',
      parameters: [param('id', T.id, { required: true, description: 'The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding)' })],
    }),
    endpoint('PUT /projects/:id/merge_requests/:iid', { heading: 'Update MR', parameters: [param('id', T.id), param('iid', T.integer)] }),
  ], { title: 'Merge requests', description: 'See [notes](notes.md).', linkDefinitions: { 'ce-13060': 'https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060' } });
  const { document, diagnostics } = toOpenAPI(model([links]));
  const paths = document.paths as Record<string, Record<string, any>>;

  it('every operation links to its section: page and heading anchor', () => {
    expect(paths['/projects/{id}/merge_requests'].get.externalDocs).toEqual({
      url: 'https://docs.gitlab.com/ee/api/merge_requests.html#list-project-merge-requests',
    });
    // Without an anchor from the parse stage: the page.
    expect(paths['/projects/{id}/merge_requests/{iid}'].put.externalDocs.url).toBe('https://docs.gitlab.com/ee/api/merge_requests.html');
  });

  it('links in descriptions are absolute, references resolved through the page definitions', () => {
    const op = paths['/projects/{id}/merge_requests'].get;
    expect(op.description).toBe('> [Introduced](https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060) in GitLab 10.0. ' +
      'See [the permissions](https://docs.gitlab.com/ee/user/permissions.html) and [this][nowhere].');
    expect(op.parameters[0].description).toBe('The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding)');
    expect(document.tags![0].description).toBe('See [notes](https://docs.gitlab.com/ee/api/notes.html).');
  });

  it('a reference without definition is reported at the operation', () => {
    expect(diagnostics.filter((d) => d.ruleId === 'unresolved-link-reference')).toEqual([
      expect.objectContaining({ file: 'merge_requests.md', severity: 'warning', reason: expect.stringContaining('[nowhere]') }),
    ]);
  });
});
