import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('request fields added, removed, renamed', () => {
  const report = fixtureChangelog('fields-added-removed');

  it('classifies each, once per field even with two body media types, and one line for a removed object', () => {
    expect(brief(report)).toEqual([
      // `search` -> `search_term`: same place, type and description. `foo` -> `bar` have no description: no evidence.
      'breaking GET /projects/{id}/issues request-parameter-added-required scope',
      'non-breaking GET /projects/{id}/issues request-parameter-added-optional bar',
      'non-breaking GET /projects/{id}/issues request-parameter-added-optional milestone',
      'breaking GET /projects/{id}/issues request-parameter-removed foo foo -> ',
      'breaking GET /projects/{id}/issues request-parameter-removed labels labels -> ',
      'breaking GET /projects/{id}/issues request-parameter-renamed search_term search -> search_term',
      'breaking PUT /projects/{id}/services/slack request-property-added-required token',
      'non-breaking PUT /projects/{id}/services/slack request-property-added-optional push_events',
      'breaking PUT /projects/{id}/services/slack request-property-removed position position -> ',
      'breaking PUT /projects/{id}/services/slack request-property-renamed user_name username -> user_name',
    ]);
  });

  it('writes messages from the rules table', () => {
    const messages = report.changes.map((c) => c.message);
    expect(messages).toContain('added the required query parameter `scope`');
    expect(messages).toContain('renamed the request property `username` to `user_name`');
    expect(messages).toContain('removed the query parameter `labels`');
  });

  it('points a removed field at the base docs', () => {
    const labels = report.changes.find((c) => c.subject === 'labels');
    expect(labels?.source).toEqual({ side: 'base', file: 'issues.md', line: 21 });
  });
});
