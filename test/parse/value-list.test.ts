// Lists of values outside parameter rows, as the pages write them (shapes copied from the pages named).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';

const md = (...lines: string[]) => lines.join('\n') + '\n';
const lists = (...lines: string[]) => parsePage('x.md', md('# X API', '', ...lines)).page.valueLists ?? [];

describe('collectValueLists', () => {
  it('events.md:5: a section listing the values of the parameter its lead names', () => {
    expect(lists('## Filter parameters', '', '### Action Types', '', 'Available action types for the `action` parameter are:', '', '- `created`', '- `updated`', '', 'Note that these options are downcased.'))
      .toEqual([{ anchor: 'action-types', title: 'Action Types', names: ['action'], values: ['created', 'updated'], source: { file: 'x.md', line: 9, column: 1 } }]);
  });

  it('projects.md:3: the name in an earlier paragraph of a values-only section, items with descriptions', () => {
    expect(lists('## Project visibility level', '', 'This is determined by the `visibility` field in the project.', '', 'Values for the project visibility level are:', '',
      '* `private`:', '  Project access must be granted explicitly.', '', '* `public`:', '  No authentication.'))
      .toMatchObject([{ anchor: 'project-visibility-level', names: ['visibility'], values: ['private', 'public'] }]);
  });

  it('members.md:3 (11.x): a bold title and a `30 => Developer access` block in the introduction', () => {
    expect(lists('**Valid access levels**', '', 'Currently, these levels are recognized:', '', '```', '10 => Guest access', '50 => Owner access # Only valid for groups', '```'))
      .toMatchObject([{ anchor: '', title: 'Valid access levels', names: [], values: ['10', '50'] }]);
  });

  it('current members.md:17: "Guest (`10`)" items, the name introduced by "as"', () => {
    expect(lists('## Roles', '', 'The role is defined in the `Gitlab::Access` module as `access_level`.', '', '- No access (`0`)', '- Guest (`10`)', '- Owner (`50`)'))
      .toMatchObject([{ anchor: 'roles', names: ['access_level'], values: ['0', '10', '50'] }]);
  });

  it('project_snippets.md:3: a `| visibility | Description |` table', () => {
    expect(lists('### Snippet visibility level', '', 'You can set it with the `visibility` field in the snippet.', '', '| visibility | Description |', '| --- | --- |', '| `private` | Only the creator |', '| `public` | Anyone |'))
      .toMatchObject([{ names: ['visibility'], values: ['private', 'public'] }]);
  });

  it('not a list of values: fields after an example response (current groups.md:961), a parameter list', () => {
    expect(lists('## Details of a group', '', '```plaintext', 'GET /groups/:id', '```', '', 'The `prevent_sharing` attribute is present only on top-level groups.', '',
      'Users of GitLab Premium also see the attributes:', '', '- `shared_runners_minutes_limit`', '- `membership_lock`')).toEqual([]);
    expect(lists('## Create', '', 'Parameters:', '', '- `id` (required) - The ID of a project', '- `title` (required) - The title')).toEqual([]);
  });
});
