import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('request-{parameter,property}-became-{required,optional}', () => {
  it('breaks when a field became required, not when it became optional', () => {
    expect(brief(fixtureChangelog('required'))).toEqual([
      'breaking GET /issues request-parameter-became-required scope',
      'non-breaking PUT /projects/{id}/services/jira request-parameter-became-optional Sudo',
      'breaking PUT /projects/{id}/services/jira request-property-became-required password',
      'breaking PUT /projects/{id}/services/jira request-property-became-required username',
    ]);
  });
});
