import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('deprecations', () => {
  it('reports operations, parameters and body properties that became deprecated (or stopped being), none breaking', () => {
    const report = fixtureChangelog('deprecation');
    expect(brief(report)).toEqual([
      'non-breaking GET /projects/{id}/issues operation-undeprecated',
      'non-breaking GET /projects/{id}/issues request-parameter-deprecated state',
      'non-breaking POST /projects/{id}/issues request-property-deprecated milestone_id',
      'non-breaking GET /projects/{id}/services/kubernetes operation-deprecated',
    ]);
    expect(report.changes[3].source).toEqual({ side: 'revision', file: 'services.md', line: 604 });
  });
});

describe('response-property-deprecated', () => {
  it('reports each response property the newer docs deprecate, once', () => {
    const report = fixtureChangelog('response-deprecation');
    expect(brief(report)).toEqual([
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-added merge_user',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-deprecated merge_status',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-deprecated merged_by',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-deprecated reference',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-deprecated work_in_progress',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-became-nullable merged_by',
    ]);
    expect(report.changes.find((c) => c.subject === 'merged_by' && c.id === 'response-property-deprecated')?.message).toBe('the property `merged_by` of the response 200 is deprecated');
  });
});
