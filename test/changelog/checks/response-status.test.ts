import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('response-success-status-{added,removed}', () => {
  it('compares 2xx statuses only', () => {
    expect(brief(fixtureChangelog('response-status'))).toEqual([
      'non-breaking GET /a response-success-status-added 202',
      'breaking POST /b response-success-status-removed 201',
      'non-breaking POST /b response-success-status-added 200',
    ]);
  });
});
