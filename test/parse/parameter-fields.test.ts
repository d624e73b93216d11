import { describe, expect, test } from 'vitest';
import { extractDefault, isDeprecated, readName } from '../../scripts/parse/parameter-fields.js';

describe('extractDefault', () => {
  test.each([
    ['Return issues sorted in `asc` or `desc` order. Default is `desc`', 'desc'],
    ['Return issues for the given scope. Defaults to `created_by_me`\nFor versions before 11.0, use ...', 'created_by_me'],
    ['Return merge requests for the given scope. Defaults to created_by_me', 'created_by_me'],
    ['Include commit stats. Default is true', 'true'],
    ['Change encoding to \'base64\'. Default is text.', 'text'],
    ['Order pipelines by `id` or `ref` (default: `id`)', 'id'],
    ['A valid access level (defaults: `30`, developer access level)', '30'],
    ['The label. Default value is `default`', 'default'],
    ['Possible values: `10` (Guest), `40` (Maintainer). Default value: `40`.', '40'],
    ['Include details from projects (defaults to `true`).', 'true'],
    ['`text` or `base64`. `text` is default.', 'text'],
    ['`master` by default', 'master'],
    ['Available formats are: `markdown` (default), `rdoc`, and `asciidoc`', 'markdown'],
    ['User is admin - true or false (default)', 'false'],
    ['The timezone (e.g. `Pacific Time`) (default: `\'UTC\'`)', 'UTC'],
    ['The minimum allowed bit length. Default is `0` (no restriction). `-1` disables RSA keys.', '0'],
  ])('%s', (description, want) => {
    expect(extractDefault(description)).toBe(want);
  });

  test.each([
    ['conditional', 'Show all the groups you have access to (defaults to `false` for authenticated users, `true` for admin)'],
    ['a phrase, not a value', 'Date string. Defaults to 6 months ago.'],
    ['prose about defaults', 'Disabled by default.'],
    ['none', 'The ID of a project'],
  ])('no default: %s', (_name, description) => {
    expect(extractDefault(description)).toBeUndefined();
  });
});

describe('isDeprecated', () => {
  test.each([
    ['_(Deprecated)_ Enable issues for this project. Use `issues_access_level` instead.', true],
    ['[Deprecated](https://gitlab.com/gitlab-org/gitlab/-/issues/433298) in GitLab 16.7. Use `include_ancestors` instead.', true],
    ['Deprecated: Use `type` or `status` instead. The scope of runners to show', true],
    ['(Deprecated: Use `performance_bar_allowed_group_path` instead) Path of the group', true],
    ['Deprecated, see allow_collaboration', true],
    ['For versions before 11.0, use the now deprecated `created-by-me` or `assigned-to-me` scopes instead.', false],
    ['Return only undeprecated things', false],
  ])('%s', (description, want) => {
    expect(isDeprecated(description)).toBe(want);
  });
});

describe('readName', () => {
  const source = { file: 'n.md', line: 4 };
  test.each([
    ['`iids[]`', ['iids[]'], []],
    ['`position[base_sha]`', ['position[base_sha]'], []],
    ['job_id', ['job_id'], []],
    ['`name` or `context`', ['name', 'context'], ['several-names-in-cell']],
    ['`active `', ['active'], ['name-with-whitespace']],
    ['`lfs_enabled` (optional)', ['lfs_enabled'], ['name-with-annotation']],
    ['', [], []],
  ])('%s', (markdown, names, rules) => {
    const plain = markdown.replace(/`/g, '');
    const read = readName(plain, markdown, source);
    expect(read.names).toEqual(names);
    expect(read.diagnostics.map((d) => d.ruleId)).toEqual(rules);
  });
});
