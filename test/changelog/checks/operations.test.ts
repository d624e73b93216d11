import { describe, expect, it } from 'vitest';
import { changelog } from '../../../scripts/changelog/index.js';
import { brief, fixtureChangelog, loadFixture } from '../fixture.js';

describe('operation-added / operation-removed', () => {
  const report = fixtureChangelog('operations');

  it('matches operations by method and path, whatever the path parameters are called', () => {
    expect(brief(report)).toEqual([
      'breaking DELETE /projects/{id}/hooks operation-removed deleteProjectHook -> ',
      'non-breaking POST /projects/{project_id}/hooks operation-added  -> addProjectHook',
    ]);
  });

  it('points a removed operation at the base docs and an added one at the revision', () => {
    expect(report.changes.map((c) => c.source)).toEqual([
      { side: 'base', file: 'hooks.md', line: 30 },
      { side: 'revision', file: 'hooks.md', line: 40 },
    ]);
  });

  it('counts breaking and non-breaking changes', () => {
    expect(report.summary).toEqual({ breaking: 1, nonBreaking: 1, unverified: 0 });
  });
});

describe('operation-method-changed, operation-moved', () => {
  const report = fixtureChangelog('operation-method');

  it('reports an operation whose method changed as one change; a DELETE gone and a POST added at a path stay two', () => {
    expect(brief(report)).toEqual([
      'non-breaking POST /projects/{id}/hooks operation-added  -> addProjectHook',
      'breaking DELETE /projects/{id}/hooks operation-removed deleteProjectHook -> ',
      // No operationId change and no success status removed and added: they go with the method (the
      // current page documents 201 for the POST); the responses are compared with each other.
      'breaking POST /projects/{id}/merge_requests/{merge_request_iid}/cancel_merge_when_pipeline_succeeds operation-method-changed PUT -> POST',
      'non-breaking POST /projects/{id}/merge_requests/{merge_request_iid}/cancel_merge_when_pipeline_succeeds response-property-added merge_user',
      'non-breaking POST /projects/{id}/merge_requests/{merge_request_iid}/subscribe operation-moved merge_requests.md -> subscriptions.md',
    ]);
    expect(report.changes[2].message).toBe('the method changed from `PUT` to `POST`');
  });
});

describe('operations of chosen pages', () => {
  const { base, revision } = loadFixture('operations-pages');
  // The revision was projects.md alone; its folder documents the hooks on project_webhooks.md.
  const revisionRoutes = new Map([['GET /projects/{}/hooks', 'project_webhooks.md'], ['GET /projects', 'projects.md']]);

  it('calls an operation found on another page of the folder moved, and one found nowhere "to check"', () => {
    expect(brief(changelog(base, revision, { revisionRoutes }))).toEqual([
      'non-breaking GET /projects/{id}/hooks operation-moved projects.md -> project_webhooks.md',
      'unverified POST /projects/{id}/star operation-removed-from-page projects.md -> ',
    ]);
  });

  it('calls it removed when the whole folders were compared', () => {
    expect(brief(changelog(base, revision)).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
      'breaking GET /projects/{id}/hooks operation-removed',
      'breaking POST /projects/{id}/star operation-removed',
    ]);
  });
});
