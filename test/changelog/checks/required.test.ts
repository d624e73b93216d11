import { describe, expect, it } from 'vitest';
import { changelog } from '../../../scripts/changelog/index.js';
import { brief, loadFixture } from '../fixture.js';

describe('request-{parameter,property}-became-{required,optional}', () => {
  it('breaks when a field became required, not when it became optional', () => {
    const { base, revision } = loadFixture('required');
    expect(brief(changelog(base, revision))).toEqual([
      'breaking GET /issues request-parameter-became-required scope',
      'non-breaking PUT /projects/{id}/services/jira request-parameter-became-optional Sudo',
      'breaking PUT /projects/{id}/services/jira request-property-became-required password',
      'breaking PUT /projects/{id}/services/jira request-property-became-required username',
    ]);
  });
});
