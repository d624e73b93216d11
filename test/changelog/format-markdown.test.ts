import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../scripts/changelog/format-markdown.js';
import type { ChangelogReport } from '../../scripts/changelog/types.js';

const report: ChangelogReport = {
  base: { title: 'GitLab REST API v4', version: '8.14' },
  revision: { title: 'GitLab REST API v4', version: '10.3' },
  summary: { breaking: 2, nonBreaking: 1 },
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
    expect(formatMarkdown({ ...report, summary: { breaking: 0, nonBreaking: 0 }, changes: [] })).toBe(
      '# API changelog\n\nFrom GitLab REST API v4 8.14 to GitLab REST API v4 10.3.\n\nNo changes to the API.\n',
    );
  });
});
