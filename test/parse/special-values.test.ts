import { describe, expect, test } from 'vitest';
import { extractSpecialValues } from '../../scripts/parse/special-values.js';

// Descriptions copied from the pages (file:line), with the values a reader sees named beside the type.
const naming: [string, string, string[]][] = [
  ['issues.md:43 assignee_id', 'Return issues assigned to the given user `id`. `None` returns unassigned issues. `Any` returns issues with an assignee. _([Introduced][ce-13004] in GitLab 9.5)_', ['None', 'Any']],
  ['current merge_requests.md:70 labels', 'Returns merge requests matching a comma-separated list of labels. `None` lists all merge requests with no labels. `Any` lists all merge requests with at least one label.', ['None', 'Any']],
  ['merge_requests.md:805 assignee_id', 'The ID of the user to assign the merge request to. Set to `0` or provide an empty value to unassign all assignees.', ['0', '']],
  ['labels.md:95 priority', 'The priority of the label. Must be greater or equal than zero or `null` to remove the priority.', ['null']],
  ['issues.md:553 labels', 'Comma-separated label names for an issue. Set to an empty string to unassign all labels.', ['']],
  ['settings.md:156 gitaly_timeout_default', 'Default Gitaly timeout, in seconds. This timeout is not enforced for git fetch/push operations or Sidekiq jobs. Set to `0` to disable timeouts.', ['0']],
  ['current merge_requests.md:2138 reviewer_ids', 'The ID of the users added as a reviewer to the merge request. If set to `0` or left empty, no reviewers are added.', ['']],
  ['current groups.md:1377 avatar (prose)', 'To remove a group avatar, use a blank value for the `avatar` attribute.', ['']],
];

// Backticked words that are not values of the parameter.
const notNaming: [string, string][] = [
  ['a field named', 'Return issues assigned to the given user `id`'],
  ['a default', 'Return issues ordered by creation. Default is `created_at`'],
  ['None as a word in prose', 'None of the projects are returned'],
  ['an enum', 'Can be `private`, `internal` or `public`'],
];

describe('extractSpecialValues', () => {
  test.each(naming)('%s', (_name, description, want) => {
    expect(extractSpecialValues(description)).toEqual(want);
  });
  test.each(notNaming)('none: %s', (_name, description) => {
    expect(extractSpecialValues(description)).toBeUndefined();
  });
});
