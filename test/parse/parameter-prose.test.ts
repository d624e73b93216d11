import { describe, expect, test } from 'vitest';
import { parseParameterProse } from '../../scripts/parse/parameter-prose.js';
import { nodeOf } from './markdown-node.js';

const parse = (markdown: string) => parseParameterProse(nodeOf(markdown, 'paragraph'), 'p.md');
const named = (markdown: string) => parse(markdown).parameters.map((p) => [p.name, p.type.kind]);

describe('parseParameterProse', () => {
  test.each([
    ['groups.md statistics', 'When adding the parameter `statistics=true` and the authenticated user is an admin, additional group statistics are returned.', [['statistics', 'boolean']]],
    ['groups.md with_projects', 'When adding the parameter `with_projects=false`, projects will not be returned.', [['with_projects', 'boolean']]],
    ['merge_requests.md state', 'The `state` parameter can be used to get only merge requests with a given state (`opened`, `closed`, `locked`, or `merged`) or all of them (`all`).', [['state', 'unknown']]],
    ['users.md search', 'You can also search for users by email or username with: `/users?search=John`', [['search', 'unknown']]],
    ['users.md external', 'You can search for users who are external with: `/users?external=true`', [['external', 'boolean']]],
    ['merge_requests.md sha', "If the `sha` parameter is passed and does not match the HEAD of the source - you'll get a `409`", [['sha', 'unknown']]],
    ['projects.md upload', 'The `file=` parameter must point to a file on your filesystem and be preceded by `@`.', [['file', 'file']]],
    ['current merge_requests.md raw diffs', 'Diffs can be retrieved by adding the `access_raw_diffs` parameter, which accesses diffs from Gitaly directly.', [['access_raw_diffs', 'unknown']]],
  ])('%s', (_name, markdown, want) => {
    expect(named(markdown)).toEqual(want);
  });

  test('the parameter carries the paragraph as description, its line, and an info diagnostic', () => {
    const found = parseParameterProse(nodeOf('Intro.\n\nWhen adding the parameter `statistics=true`, statistics are returned.', 'paragraph', 1), 'p.md');
    expect(found.parameters).toEqual([
      {
        name: 'statistics',
        type: { kind: 'boolean' },
        required: false,
        description: 'When adding the parameter `statistics=true`, statistics are returned.',
        form: 'prose',
        source: { file: 'p.md', line: 3, column: 1 },
      },
    ]);
    expect(found.diagnostics.map((d) => [d.line, d.ruleId, d.severity])).toEqual([[3, 'parameter-only-in-prose', 'info']]);
  });

  test.each([
    ['pagination', 'The pagination parameters `page` and `per_page` can be used to restrict the list of merge requests.'],
    ['sudo', 'You need to pass the `sudo` parameter either via query string or a header.'],
    ['renamed', 'Renamed the `merge_when_build_succeeds` parameter to `merge_when_pipeline_succeeds` on the following endpoints'],
    ['deprecated', '`confirm` parameter for `POST /users` has been deprecated in favor of `skip_confirmation` parameter'],
    ['response fields', 'You can also see the `issues_template` and `merge_requests_template` parameters for managing templates.'],
    ['negation', 'It does not support `active=false` or `blocked=false`.'],
    ['events values', 'Available action types for the `action` parameter are:'],
    ['no parameter', 'Get all merge requests for this project.'],
    ['another endpoint’s parameter (current merge_requests.md:2879)', 'You can poll the [Get single MR](#get-single-mr) endpoint with the `include_rebase_in_progress` parameter to check the status of the asynchronous request.'],
  ])('nothing from: %s', (_name, markdown) => {
    expect(parse(markdown).parameters).toEqual([]);
  });
});
