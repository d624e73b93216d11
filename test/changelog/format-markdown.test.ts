import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatSummary } from '../../scripts/changelog/format-markdown.js';
import type { Change } from '../../scripts/changelog/types.js';
import type { ChangelogReport } from '../../scripts/changelog/types.js';

const report: ChangelogReport = {
  base: { title: 'GitLab REST API v4', version: '8.14' },
  revision: { title: 'GitLab REST API v4', version: '10.3' },
  summary: { breaking: 2, nonBreaking: 1, unverified: 0 },
  changes: [
    { id: 'operation-removed', level: 'breaking', method: 'DELETE', path: '/projects/{id}/services/gemnasium', operationId: 'deleteGemnasiumService', from: 'deleteGemnasiumService', message: 'removed the operation', source: { side: 'base', file: 'services.md', line: 366 } },
    { id: 'request-property-type-added', level: 'non-breaking', method: 'PUT', path: '/projects/{id}/services/jira', operationId: 'createEditJiraService', subject: 'url', message: 'the request property `url` gained the type `string`' },
    { id: 'request-property-became-required', level: 'breaking', method: 'PUT', path: '/projects/{id}/services/jira', operationId: 'createEditJiraService', subject: 'username', message: 'the request property `username` became required', source: { side: 'revision', file: 'services.md', line: 562 } },
  ],
};

describe('formatMarkdown', () => {
  it('lists breaking changes first, grouped by operation, with id and docs line', () => {
    expect(formatMarkdown(report)).toBe(
      [
        '# API changelog',
        '',
        'From GitLab REST API v4 8.14 to GitLab REST API v4 10.3.',
        '',
        '2 breaking changes, 1 non-breaking change.',
        '',
        '## Breaking changes',
        '',
        '### `DELETE /projects/{id}/services/gemnasium` (`deleteGemnasiumService`)',
        '',
        '- removed the operation (was services.md:366) [operation-removed]',
        '',
        '### `PUT /projects/{id}/services/jira` (`createEditJiraService`)',
        '',
        '- the request property `username` became required (services.md:562) [request-property-became-required]',
        '',
        '## Non-breaking changes',
        '',
        '### `PUT /projects/{id}/services/jira` (`createEditJiraService`)',
        '',
        '- the request property `url` gained the type `string` [request-property-type-added]',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed', () => {
    expect(formatMarkdown({ ...report, summary: { breaking: 0, nonBreaking: 0, unverified: 0 }, changes: [] })).toBe(
      '# API changelog\n\nFrom GitLab REST API v4 8.14 to GitLab REST API v4 10.3.\n\nNo changes to the API.\n',
    );
  });
});

/** One `response-property-added` of `subject` in `GET path`. */
const added = (path: string, subject: string): Change => ({
  id: 'response-property-added', level: 'non-breaking', method: 'GET', path, subject, location: 'response 200', message: `added the property \`${subject}\` to the response 200`,
});

describe('formatMarkdown: repeats and the unverified', () => {
  // docs-source/services.md: the Slack and Mattermost sections each gained the event flags.
  const paths = ['/projects/{id}/services/slack', '/projects/{id}/services/mattermost', '/projects/{id}/services/hipchat', '/projects/{id}/services/asana'];
  const grouped: ChangelogReport = {
    ...report,
    summary: { breaking: 0, nonBreaking: 5, unverified: 1 },
    changes: [
      ...paths.map((path, i) => added(path, i === 1 ? '[].confidential_issues_events' : 'confidential_issues_events')),
      added('/projects/{id}/services/slack', 'note_events'),
      { id: 'operation-removed-from-page', level: 'unverified', method: 'POST', path: '/projects/{id}/fork', from: 'projects.md', message: 'no longer on `projects.md`: the route may have moved to another page (compare the whole docs folders to tell)' },
    ],
  };

  it('says a change repeated across operations once, with the count and the first three, and the rest by operation', () => {
    const markdown = formatMarkdown(grouped);
    expect(markdown).toContain([
      '## Non-breaking changes',
      '',
      '### Across operations',
      '',
      "- 4 operations' responses gained `confidential_issues_events`: `GET /projects/{id}/services/slack`, `GET /projects/{id}/services/mattermost`, `GET /projects/{id}/services/hipchat` and 1 more [response-property-added]",
      '',
      '### `GET /projects/{id}/services/slack`',
      '',
      '- added the property `note_events` to the response 200 [response-property-added]',
    ].join('\n'));
  });

  it('puts what the docs cannot settle under "To check", counted apart', () => {
    const markdown = formatMarkdown(grouped);
    expect(markdown).toContain('0 breaking changes, 1 to check, 5 non-breaking changes.');
    expect(markdown).toContain('## To check\n\n### `POST /projects/{id}/fork`\n\n- no longer on `projects.md`: the route may have moved to another page (compare the whole docs folders to tell) [operation-removed-from-page]');
  });

  it('summarises in a few lines for the terminal: the counts and the breaking changes', () => {
    expect(formatSummary(report)).toBe([
      'API changelog. From GitLab REST API v4 8.14 to GitLab REST API v4 10.3. 2 breaking changes, 1 non-breaking change.',
      '  breaking: DELETE /projects/{id}/services/gemnasium: removed the operation',
      '  breaking: PUT /projects/{id}/services/jira: the request property `username` became required',
      '',
    ].join('\n'));
  });
});
