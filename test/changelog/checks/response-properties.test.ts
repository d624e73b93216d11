import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('response schema changes', () => {
  it('classifies for a client that reads the response', () => {
    const report = fixtureChangelog('response-properties');
    expect(brief(report)).toEqual([
      'non-breaking GET /projects/{id}/jobs response-property-added [].name',
      // `author` went with its `id` and `name`: one line. `nullable` was only `null` in the example: no type before.
      'breaking GET /projects/{id}/services/slack-slash-commands response-property-removed author author -> ',
      'non-breaking GET /projects/{id}/services/slack-slash-commands response-property-added confidential_issues_events',
      'non-breaking GET /projects/{id}/services/slack-slash-commands response-property-type-added nullable unknown -> string',
      'non-breaking GET /projects/{id}/services/slack-slash-commands response-property-type-narrowed created_at string -> string (date-time)',
      'breaking GET /projects/{id}/services/slack-slash-commands response-property-type-widened id integer -> integer | string',
      'breaking GET /projects/{id}/services/slack-slash-commands response-property-type-changed active boolean -> string',
      'non-breaking GET /x response-schema-added',
      'breaking GET /y response-schema-removed',
    ]);
    expect(report.changes[0].message).toBe('added the property `[].name` to the response 200');
  });
});

describe('response properties the newer docs show as null or empty', () => {
  it('reports neither removed fields nor a lost type, only that a property may be null', () => {
    expect(brief(fixtureChangelog('response-nulls'))).toEqual([
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-became-nullable assignee',
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-became-nullable merged_at',
      // 11.x showed `null` (no type); 17.x says boolean, null included.
      'non-breaking GET /projects/{id}/merge_requests/{merge_request_iid} response-property-type-added discussion_locked unknown -> boolean | null',
    ]);
  });
});
