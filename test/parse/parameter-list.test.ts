import { describe, expect, it, test } from 'vitest';
import { parseParameterList } from '../../scripts/parse/parameter-list.js';
import { nodeOf } from './markdown-node.js';

const parse = (markdown: string) => parseParameterList(nodeOf(markdown, 'list'), 'l.md');

describe('parseParameterList', () => {
  test('the services form: (**required**) and (optional), with descriptions', () => {
    const found = parse(
      '- `api_key` (**required**) - User API token. User must have access to task.\n- `restrict_to_branch` (optional) - Comma-separated list of branches\n',
    );
    expect(found?.parameters).toEqual([
      {
        name: 'api_key',
        type: { kind: 'unknown' },
        required: true,
        description: 'User API token. User must have access to task.',
        form: 'list',
        source: { file: 'l.md', line: 1, column: 1 },
      },
      {
        name: 'restrict_to_branch',
        type: { kind: 'unknown' },
        required: false,
        description: 'Comma-separated list of branches',
        form: 'list',
        source: { file: 'l.md', line: 2, column: 1 },
      },
    ]);
    expect(found?.diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:list-without-types']);
  });

  test('(required) without bold, items without a description, wrapped descriptions', () => {
    const found = parse('- `token` (**required**)\n- `id` (required) - The ID of the user\n- `hard_delete` (optional) - If true, contributions that would usually be\n  moved to the ghost user will be deleted instead.\n');
    expect(found?.parameters.map((p) => [p.name, p.required, p.description])).toEqual([
      ['token', true, ''],
      ['id', true, 'The ID of the user'],
      ['hard_delete', false, 'If true, contributions that would usually be moved to the ghost user will be deleted instead.'],
    ]);
    expect(found?.diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:missing-description', '1:list-without-types']);
  });

  test('a type among the flags', () => {
    const found = parse('- `id` (required, integer) - The ID\n- `labels` (optional, array of strings) - Labels\n');
    expect(found?.parameters.map((p) => [p.name, p.required, p.type])).toEqual([
      ['id', true, { kind: 'integer', raw: 'integer' }],
      ['labels', false, { kind: 'array', items: { kind: 'string' }, raw: 'array of strings' }],
    ]);
    expect(found?.diagnostics).toEqual([]);
  });

  test('users.md modify-user form: name, dash, description, no flags', () => {
    const found = parse('- `email`                          - Email\n- `username`                       - Username\n');
    expect(found?.parameters.map((p) => [p.name, p.required, p.description])).toEqual([
      ['email', false, 'Email'],
      ['username', false, 'Username'],
    ]);
  });

  test('enum and default from the description (repositories.md archive format)', () => {
    const found = parse('- `sha` (optional) - The commit SHA to download.\n- `format` (optional) - The archive format. Default is `tar.gz`. Options are `tar.gz`, `tar.bz2`, `zip`\n');
    expect(found?.parameters[1]).toMatchObject({ name: 'format', default: 'tar.gz', enum: ['tar.gz', 'tar.bz2', 'zip'] });
  });

  test.each([
    ['events.md action types', '- `created`\n- `updated`\n- `closed`\n'],
    ['projects.md visibility notes', '* `private`: Project access must be granted explicitly to each user.\n* `internal`: The project can be cloned by any logged in user.\n'],
    ['ids explained', '- `id`: ID that is unique across all projects.\n- `iid`: additional, internal ID.\n'],
    ['v3_to_v4 changes', '- `iid` filter has been removed from `GET /projects/:id/issues`\n- `GET /projects/:id/merge_requests?iid[]=x` array filter has been renamed\n'],
    ['plain prose list', '- Create a branch\n- Push to it\n'],
    ['one item is not a parameter', '- `id` (required) - The ID\n- See the notes below\n'],
  ])('not a parameter list: %s', (_name, markdown) => {
    expect(parse(markdown)).toBeUndefined();
  });
});

describe('parseParameterList: the id of a project or group', () => {
  it('"The ID or URL-encoded path of the project" types an untyped item as integer/string', () => {
    // merge_requests.md:489 (participants): `- `id` (required) - The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding) owned by ...`
    const list = nodeOf('- `id` (required) - The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding) owned by the authenticated user\n- `merge_request_iid` (required) - The internal ID of the merge request\n', 'list');
    const found = parseParameterList(list, 'p.md')!;
    expect(found.parameters.map((p) => [p.name, p.type.kind])).toEqual([['id', 'id'], ['merge_request_iid', 'unknown']]);
  });
});
