import { describe, expect, it } from 'vitest';
import { changelog } from '../../../scripts/changelog/index.js';
import { brief, loadFixture } from '../fixture.js';

describe('response-success-status-{added,removed}', () => {
  it('compares 2xx statuses only', () => {
    const { base, revision } = loadFixture('response-status');
    expect(brief(changelog(base, revision))).toEqual([
      'non-breaking GET /a response-success-status-added 202',
      'breaking POST /b response-success-status-removed 201',
      'non-breaking POST /b response-success-status-added 200',
    ]);
  });
});
