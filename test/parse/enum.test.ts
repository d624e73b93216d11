import { describe, expect, test } from 'vitest';
import { extractEnum } from '../../scripts/parse/enum.js';

// Descriptions copied from the pages (file named), with the allowed set a reader sees in them.
const enumerating: [string, string, string[]][] = [
  ['issues.md state', 'Return all issues or just those that are `opened` or `closed`', ['all', 'opened', 'closed']],
  ['merge_requests.md state', 'Return all merge requests or just those that are `opened`, `closed`, `locked`, or `merged`', ['all', 'opened', 'closed', 'locked', 'merged']],
  ['current merge_requests.md state', 'Returns all merge requests (`all`) or just those that are `opened`, `closed`, `locked`, or `merged`.', ['all', 'opened', 'closed', 'locked', 'merged']],
  ['notes.md sort', 'Return issue notes sorted in `asc` or `desc` order. Default is `desc`', ['asc', 'desc']],
  ['notes.md order_by', 'Return issue notes ordered by `created_at` or `updated_at` fields. Default is `created_at`', ['created_at', 'updated_at']],
  ['issues.md scope', 'Return issues for the given scope: `created_by_me`, `assigned_to_me` or `all`. Defaults to `created_by_me`<br> For versions before 11.0, use the now deprecated `created-by-me` or `assigned-to-me` scopes instead.', ['created_by_me', 'assigned_to_me', 'all']],
  ['commits.md state', 'The state of the status. Can be one of the following: `pending`, `running`, `success`, `failed`, `canceled`', ['pending', 'running', 'success', 'failed', 'canceled']],
  ['commits.md actions[] action', 'The action to perform, `create`, `delete`, `move`, `update`, `chmod`', ['create', 'delete', 'move', 'update', 'chmod']],
  ['commits.md actions[] encoding', '`text` or `base64`. `text` is default.', ['text', 'base64']],
  ['todos.md type', 'The type of a todo. Can be either `Issue` or `MergeRequest`', ['Issue', 'MergeRequest']],
  ['jobs.md scope', 'The scope of jobs to show, one or array of: `created`, `pending`, `running`, `failed`, `success`, `canceled`, `skipped`, `manual`; showing all jobs if none provided', ['created', 'pending', 'running', 'failed', 'success', 'canceled', 'skipped', 'manual']],
  ['wikis.md format', 'The format of the wiki page. Available formats are: `markdown` (default), `rdoc`, and `asciidoc`', ['markdown', 'rdoc', 'asciidoc']],
  ['groups.md default_branch_protection', 'Determine if developers can push to master. Can take: `0` _(not protected, both developers and maintainers can push new commits, force push, or delete the branch)_, `1` _(partially protected, developers and maintainers can push new commits, but cannot force push or delete the branch)_ or `2` _(fully protected, developers cannot push new commits, but maintainers can; no-one can force push or delete the branch)_ as a parameter. Default setting is `2`.', ['0', '1', '2']],
  ['current projects.md merge_method', "Set the project's [merge method](../user/project/merge_requests/methods/_index.md). Can be `merge` (merge commit), `rebase_merge` (merge commit with semi-linear history), or `ff` (fast-forward merge).", ['merge', 'rebase_merge', 'ff']],
  ['current project_access_tokens.md access_level', '[Access level](../development/permissions/predefined_roles.md#members) for the token. Possible values: `10` (Guest), `15` (Planner), `20` (Reporter), `30` (Developer), `40` (Maintainer), and `50` (Owner). Default value: `40`.', ['10', '15', '20', '30', '40', '50']],
  ['current groups.md order_by', 'Order groups by `name`, `path`, `id`, or `similarity`. Default is `name`', ['name', 'path', 'id', 'similarity']],
  ['projects.md order_by with footnote marker', 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, `similarity` <sup>1</sup>, `star_count` or `last_activity_at` fields. Default is `created_at`', ['id', 'name', 'path', 'created_at', 'updated_at', 'similarity', 'star_count', 'last_activity_at']],
  ['current projects.md order_by with admin-only fields', 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, `star_count`, `last_activity_at`, or `similarity` fields. `repository_size`, `storage_size`, `packages_size` or `wiki_size` fields are only allowed for administrators.', ['id', 'name', 'path', 'created_at', 'updated_at', 'star_count', 'last_activity_at', 'similarity', 'repository_size', 'storage_size', 'packages_size', 'wiki_size']],
  ['current merge_requests.md order_by with a linked note', 'Returns requests ordered by `created_at`, `title`, `merged_at` ([introduced](https://gitlab.com/gitlab-org/gitlab/-/merge_requests/147052) in GitLab 17.2), or `updated_at` fields. Default is `created_at`.', ['created_at', 'title', 'merged_at', 'updated_at']],
  ['settings.md default_project_visibility', 'What visibility level new projects receive. Can take `private`, `internal` and `public` as a parameter. Default is `private`.', ['private', 'internal', 'public']],
  ['notes.md line_type', 'The line type. Takes `new` or `old` as arguments', ['new', 'old']],
  ['milestones.md state', 'Return only `active` or `closed` milestones', ['active', 'closed']],
  ['users.md two_factor', 'Filter users by Two-factor authentication. Filter values are `enabled` or `disabled`. By default it returns all users', ['enabled', 'disabled']],
  ['runners.md access_level', 'The access_level of the runner; `not_protected` or `ref_protected`', ['not_protected', 'ref_protected']],
  ['projects.md upload[http_method]', 'The HTTP method to upload the exported project. Only `PUT` and `POST` methods allowed. Default is `PUT`', ['PUT', 'POST']],
  ['projects.md visibility', 'Limit by visibility `public`, `internal`, or `private`', ['public', 'internal', 'private']],
  ['repositories.md format (list)', 'The archive format. Default is `tar.gz`. Options are `tar.gz`, `tar.bz2`, `tbz`, `tbz2`, `tb2`, `bz2`, `tar`, and `zip`', ['tar.gz', 'tar.bz2', 'tbz', 'tbz2', 'tb2', 'bz2', 'tar', 'zip']],
  ['project_access_tokens.md state', 'filter tokens based on state (`all`, `active`, `inactive`)', ['all', 'active', 'inactive']],
  // Plain words closing the description in parentheses.
  ['merge_requests.md:809 state_event', 'New state (close/reopen)', ['close', 'reopen']],
  ['milestones.md:94 state_event (list item)', 'The state event of the milestone (close|activate)', ['close', 'activate']],
  ['current milestones.md:124 state_event', 'The state event of the milestone (close or activate)', ['close', 'activate']],
  ['current groups.md:561 relation', 'Filter the groups by relation (direct or inherited)', ['direct', 'inherited']],
  // Alternatives inside one code span.
  ['project_templates.md:31 type', 'The type `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` of the template', ['dockerfiles', 'gitignores', 'gitlab_ci_ymls', 'licenses']],
  // A value per clause.
  ['issues.md:554 state_event', 'The state event of an issue. Set `close` to close the issue and `reopen` to reopen it', ['close', 'reopen']],
  ['merge_requests.md:50 wip', 'Filter merge requests against their `wip` status. `yes` to return *only* WIP merge requests, `no` to return *non* WIP merge requests', ['yes', 'no']],
  ['current merge_requests.md:91 wip', 'Filter merge requests against their `wip` status. Use `yes` to return *only* draft merge requests, `no` to return *non-draft* merge requests.', ['yes', 'no']],
];

// Descriptions with backticked words that are NOT the allowed set: a reader must not get an enum.
const notEnumerating: [string, string][] = [
  ['default only', 'Return issues ordered by creation. Default is `created_at`'],
  ['combine with', 'Return issues created by the given user `id`. Combine with `scope=all` or `scope=assigned_to_me`. _([Introduced][ce-13004] in GitLab 9.5)_'],
  ['None/Any specials on ids', 'Return issues assigned to the given user `id`. `None` returns unassigned issues. `Any` returns issues with an assignee. _([Introduced][ce-13004] in GitLab 9.5)_'],
  ['None/Any on labels', 'Returns merge requests matching a comma-separated list of labels. `None` lists all merge requests with no labels. `Any` lists all merge requests with at least one label. Predefined names are case-insensitive.'],
  ['field names searched', 'Search issues against their `title` and `description`'],
  ['hash keys (Accepts:)', 'Update the image cleanup policy for this project. Accepts: `cadence` (string), `keep_n` (integer), `older_than` (string), `name_regex` (string), `name_regex_delete` (string), `name_regex_keep` (string), `enabled` (boolean).'],
  ['parameter names (Accepts:)', 'Returns merge requests that do not match the parameters supplied. Accepts: `labels`, `milestone`, `author_id`, `author_username`, `assignee_id`, `assignee_username`, `reviewer_id`, `reviewer_username`, `my_reaction_emoji`.'],
  ['exactly one of two parameters', 'The content of a discussion (exactly one of `body` or `resolved` must be set'],
  ['required settings', '(**If enabled, requires:** `recaptcha_private_key` and `recaptcha_site_key`) Enable recaptcha.'],
  ['character classes', 'The `key` of a variable; must have no more than 255 characters; only `A-Z`, `a-z`, `0-9`, and `_` are allowed'],
  ['examples', 'Users with e-mail addresses that match these domain(s) will NOT be able to sign-up. Wildcards allowed. Use separate lines for multiple entries. Ex: `domain.com`, `*.domain.com`.'],
  ['conditional defaults', 'Show all the groups you have access to (defaults to `false` for authenticated users, `true` for admin); Attributes `owned` and `min_access_level` have precedence'],
  ['a range among values', 'Can be set by administrators only. Maximum number of monthly compute minutes for this group. Can be `nil` (default; inherit system default), `0` (unlimited), or `> 0`.'],
  ['response fields', 'If `true`, response returns more details for each label in labels field: `:name`, `:color`, `:description`, `:description_html`, `:text_color`. Default is `false`.'],
  ['values with a verb each', '`true` or `false` to enable/disable, or an integer for percentage of time'],
  ['deprecated alternatives', 'Deprecated: Use `type` or `status` instead.'],
  ['a single value', 'Expiration date of the access token in ISO format (`YYYY-MM-DD`).'],
  ['in-field search', 'Change the scope of the `search` attribute. `title`, `description`, or a string joining them with comma. Default is `title,description`.'],
  ['no backticks at all', 'The ID of a project'],
  // Parentheses that are not the set: a note, words with spaces, a comma list of field names.
  ['a note in parentheses', 'The name of the branch (optional)'],
  ['a comma list in parentheses', 'Send the diff (repository, blob)'],
  ['a value to unassign is no enum', 'The ID of the user to assign the merge request to. Set to `0` or provide an empty value to unassign all assignees.'],
];

describe('extractEnum', () => {
  test.each(enumerating)('%s', (_name, description, want) => {
    expect(extractEnum(description)).toEqual(want);
  });
  test.each(notEnumerating)('no enum: %s', (_name, description) => {
    expect(extractEnum(description)).toBeUndefined();
  });
});
