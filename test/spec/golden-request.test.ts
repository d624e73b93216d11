// Golden tests of the request side (issue: request fidelity), on the spec generated from docs-source:
// types the docs' own words settle, enums the docs give in linked lists and prose lists, values named
// beside the type, shared tables split per route, uploads. Each expectation was written by reading
// the page at the line in the comment.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../helpers/pipeline.js';
import { checkGolden, type Golden, type Want } from './golden-check.js';

const ID = { type: ['integer', 'string'], required: true };
const bool = { type: 'boolean', required: false, inferred: true };
const text = (required: boolean): Want => ({ type: 'string', required, inferred: true });
const ACCESS_LEVELS = [10, 20, 30, 40, 50];

/** The parameters the issue names. */
const NAMED: Golden[] = [
  // group_milestones.md:76-79 Create new milestone: a bullet list without types. "The title of a
  // milestone", "The description of ...": text; "The due date of the milestone": a date.
  { page: 'group_milestones.md', op: 'POST /groups/{id}/milestones', status: '201',
    body: { title: text(true), description: text(false), due_date: { type: 'string', format: 'date', inferred: true }, start_date: { type: 'string', format: 'date', inferred: true } } },
  // group_milestones.md:63 "`milestone_id` (required) - The ID of the group milestone": an integer.
  { page: 'group_milestones.md', op: 'GET /groups/{id}/milestones/{milestone_id}', status: '200',
    path: { id: ID, milestone_id: { type: 'integer', required: true, inferred: true } } },
  // group_milestones.md:97 "The state event of the milestone (close|activate)".
  { page: 'group_milestones.md', op: 'PUT /groups/{id}/milestones/{milestone_id}', status: '200',
    path: { milestone_id: { type: 'integer', inferred: true } }, body: { state_event: { type: 'string', enum: ['close', 'activate'] } } },
  // repository_files.md:76 Get raw file: no `id` row; the path convention (`:id` of a project is its
  // ID or URL-encoded path), "Url encoded full path" (:85) and "The name of branch, tag or commit" (:86).
  { page: 'repository_files.md', op: 'GET /projects/{id}/repository/files/{file_path}/raw', status: '200',
    path: { id: { ...ID, inferred: true }, file_path: text(true) }, query: { ref: text(true) } },
  // users.md:295-298 "User is admin - true or false (default)", "User can create groups - true or false", ...
  { page: 'users.md', op: 'POST /users', status: '201',
    body: { admin: bool, can_create_group: bool, skip_confirmation: bool, external: bool, avatar: { type: 'string', format: 'binary', inferred: true } } },
  // issues.md:554 "Set `close` to close the issue and `reopen` to reopen it".
  { page: 'issues.md', op: 'PUT /projects/{id}/issues/{issue_iid}', status: '200', body: { state_event: { type: 'string', enum: ['close', 'reopen'] } } },
  // merge_requests.md:809 "New state (close/reopen)"; :805 "Set to `0` or provide an empty value to unassign".
  { page: 'merge_requests.md', op: 'PUT /projects/{id}/merge_requests/{merge_request_iid}', status: '200',
    body: { state_event: { type: 'string', enum: ['close', 'reopen'] }, assignee_id: { type: 'integer', special: [''] } } },
  // projects.md:669 visibility "See [project visibility level](#project-visibility-level)", the list at
  // projects.md:10; :674 merge_method "Set the merge method used", named by "options for `merge_method`" (:21).
  // The avatar (:678, `mixed`, "Image file for avatar of the project") makes the body multipart too.
  { page: 'projects.md', op: 'POST /projects', status: '201',
    body: { visibility: { type: 'string', enum: ['private', 'internal', 'public'] }, merge_method: { type: 'string', enum: ['merge', 'rebase_merge', 'ff'] },
      avatar: { type: 'string', format: 'binary', inferred: true } },
    bodyTypes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] },
  { page: 'projects.md', op: 'PUT /projects/{id}', status: '200',
    body: { visibility: { enum: ['private', 'internal', 'public'] }, merge_method: { enum: ['merge', 'rebase_merge', 'ff'] }, avatar: { format: 'binary' } } },
  // snippets.md:84 "The snippet's visibility", named by "the `visibility` field" above the table at :12.
  { page: 'snippets.md', op: 'POST /snippets', status: '201', body: { visibility: { type: 'string', enum: ['private', 'internal', 'public'] } } },
  // project_snippets.md:76 a list item without a type; the table at :10 gives the values, hence a string.
  { page: 'project_snippets.md', op: 'POST /projects/{id}/snippets', status: '201', body: { visibility: { type: 'string', required: true, enum: ['private', 'internal', 'public'], inferred: true } } },
  // groups.md:20 "at least this [access level](members.md)": the list of members.md:3-11.
  { page: 'groups.md', op: 'GET /groups', status: '200', query: { min_access_level: { type: 'integer', enum: ACCESS_LEVELS } } },
  { page: 'projects.md', op: 'GET /projects', status: '200', query: { min_access_level: { type: 'integer', enum: ACCESS_LEVELS } } },
  // members.md:166 "A valid access level", the title of the list at members.md:3.
  { page: 'members.md', op: 'POST /projects/{id}/members', status: '201', body: { access_level: { type: 'integer', required: true, enum: ACCESS_LEVELS } } },
  // events.md:65-66 "[action type][action-types]", "[target type][target-types]": the lists at :9 and :27.
  { page: 'events.md', op: 'GET /events', status: '200',
    query: {
      action: { type: 'string', enum: ['created', 'updated', 'closed', 'reopened', 'pushed', 'commented', 'merged', 'joined', 'left', 'destroyed', 'expired'] },
      target_type: { type: 'string', enum: ['issue', 'milestone', 'merge_request', 'note', 'project', 'snippet', 'user'] },
    } },
  { page: 'events.md', op: 'GET /projects/{project_id}/events', status: '200', query: { target_type: { enumIncludes: ['issue', 'user'] } } },
  // search.md:17 "The scope to search in", and below the table (:20) "these scopes are supported: ...".
  { page: 'search.md', op: 'GET /search', status: '200',
    query: { scope: { type: 'string', required: true, enum: ['projects', 'issues', 'merge_requests', 'milestones', 'snippet_titles', 'snippet_blobs'] } } },
  // search.md:301 for a group: four scopes; :519 for a project: seven.
  { page: 'search.md', op: 'GET /groups/{id}/search', status: '200', query: { scope: { enum: ['projects', 'issues', 'merge_requests', 'milestones'] } } },
  { page: 'search.md', op: 'GET /projects/{id}/search', status: '200', query: { scope: { enum: ['issues', 'merge_requests', 'milestones', 'notes', 'wiki_blobs', 'commits', 'blobs'] } } },
  // project_templates.md:31 "The type `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` of the template".
  { page: 'project_templates.md', op: 'GET /projects/{id}/templates/{type}', status: '200',
    path: { type: { type: 'string', required: true, enum: ['dockerfiles', 'gitignores', 'gitlab_ci_ymls', 'licenses'] } } },
  // protected_branches.md:107-108 "Access levels allowed to push/merge", the list under "Valid access
  // levels" (:5-12: 0, 30, 40); typed string there, so the values stay strings.
  { page: 'protected_branches.md', op: 'POST /projects/{id}/protected_branches', status: '201',
    body: { push_access_level: { type: 'string', enum: ['0', '30', '40'] }, merge_access_level: { type: 'string', enum: ['0', '30', '40'] } } },
  // protected_tags.md:97 "Access levels allowed to create", the list at :5-12.
  { page: 'protected_tags.md', op: 'POST /projects/{id}/protected_tags', status: '201', body: { create_access_level: { type: 'string', enum: ['0', '30', '40'] } } },
  // issues.md:43 "`None` returns unassigned issues. `Any` returns issues with an assignee."
  { page: 'issues.md', op: 'GET /issues', status: '200', query: { assignee_id: { type: 'integer', special: ['None', 'Any'] } } },
  { page: 'issues.md', op: 'GET /projects/{id}/issues', status: '200', query: { assignee_id: { type: 'integer', special: ['None', 'Any'] } } },
  // merge_requests.md:45 the same for merge requests.
  { page: 'merge_requests.md', op: 'GET /merge_requests', status: '200', query: { assignee_id: { type: 'integer', special: ['None', 'Any'] } } },
  // award_emoji.md:17 one table for three routes: the generic `awardable_id` row (:27) is each route's
  // own path parameter, an integer; no `awardable_id` query parameter.
  { page: 'award_emoji.md', op: 'GET /projects/{id}/issues/{issue_iid}/award_emoji', status: '200', path: { id: ID, issue_iid: { type: 'integer', required: true } } },
  { page: 'award_emoji.md', op: 'GET /projects/{id}/snippets/{snippet_id}/award_emoji', status: '200', path: { snippet_id: { type: 'integer', required: true } } },
];

/** Fifteen more, found by reading the pages. */
const MORE: Golden[] = [
  // milestones.md:94 "(close|activate)".
  { page: 'milestones.md', op: 'PUT /projects/{id}/milestones/{milestone_id}', status: '200', body: { state_event: { type: 'string', enum: ['close', 'activate'] } } },
  // issues.md:552 milestone_id "Set to `0` or provide an empty value to unassign a milestone".
  { page: 'issues.md', op: 'PUT /projects/{id}/issues/{issue_iid}', status: '200', body: { milestone_id: { type: 'integer', special: [''] } } },
  // labels.md:150 priority "... or `null` to remove the priority".
  { page: 'labels.md', op: 'PUT /projects/{id}/labels', status: '200', body: { priority: { type: 'integer', special: [null] } } },
  // users.md:281 reset_password "Send user password reset link - true or false(default)".
  { page: 'users.md', op: 'POST /users', status: '201', body: { reset_password: bool, private_profile: bool, projects_limit: { type: 'integer', inferred: true } } },
  // users.md:321 "Limit projects each user can create": typed by the same name on this page (:289 "Number of projects").
  { page: 'users.md', op: 'PUT /users/{id}', status: '200', body: { projects_limit: { type: 'integer', inferred: true }, skip_reconfirmation: bool } },
  // merge_requests.md:957-959 "if `true` removes the source branch", "if `true` the MR is merged when
  // the pipeline succeeds"; :956 "Custom merge commit message".
  { page: 'merge_requests.md', op: 'PUT /projects/{id}/merge_requests/{merge_request_iid}/merge', status: '200',
    body: { should_remove_source_branch: bool, merge_when_pipeline_succeeds: bool, merge_commit_message: text(false) } },
  // merge_requests.md:376-377 "If `true` response includes rendered HTML ...".
  { page: 'merge_requests.md', op: 'GET /projects/{id}/merge_requests/{merge_request_iid}', status: '200', query: { render_html: bool, include_diverged_commits_count: bool } },
  // notes.md:103 created_at "Date time string, ISO 8601 formatted".
  { page: 'notes.md', op: 'POST /projects/{id}/issues/{issue_iid}/notes', status: '201', body: { created_at: { type: 'string', format: 'date-time', inferred: true }, body: text(true) } },
  // issues.md:1121 the route says `:issue_id`, the row `issue_iid` (:1126): that row is the path
  // parameter, not a query parameter.
  { page: 'issues.md', op: 'GET /projects/{id}/issues/{issue_id}/related_merge_requests', status: '200', path: { issue_id: { type: 'integer', required: true } } },
  // environments.md:70 the route says `:environments_id`, the row `environment_id` (:76).
  { page: 'environments.md', op: 'PUT /projects/{id}/environments/{environments_id}', status: '200', path: { environments_id: { type: 'integer', required: true } } },
  // repositories.md:19 "Boolean value used to get a recursive tree (false by default)".
  { page: 'repositories.md', op: 'GET /projects/{id}/repository/tree', status: '200', query: { recursive: bool, ref: text(false) } },
  // repositories.md:131-133 compare: "the commit SHA or branch name", and `straight` whose default is `false`.
  { page: 'repositories.md', op: 'GET /projects/{id}/repository/compare', status: '200', query: { from: text(true), to: text(true), straight: bool } },
  // users.md:931 `email_id` "email ID": the ID of an email, an integer.
  { page: 'users.md', op: 'GET /user/emails/{email_id}', status: '200', path: { email_id: { type: 'integer', required: true, inferred: true } } },
  // access_requests.md:102 "A valid access level (defaults: `30`, developer access level)", the list at :5-15.
  { page: 'access_requests.md', op: 'PUT /projects/{id}/access_requests/{user_id}/approve', status: '200', body: { access_level: { type: 'integer', enum: ACCESS_LEVELS } } },
  // groups.md:526 Remove group: "The ID or path of a user group".
  { page: 'groups.md', op: 'DELETE /groups/{id}', status: '202', path: { id: { ...ID, inferred: true } } },
  // merge_requests.md:46 my_reaction_emoji is a string: `None` and `Any` are strings, nothing to add.
  { page: 'merge_requests.md', op: 'GET /merge_requests', status: '200', query: { my_reaction_emoji: { type: 'string', special: null } } },
  // tags.md:161 Delete a tag: "The name of a tag".
  { page: 'tags.md', op: 'DELETE /projects/{id}/repository/tags/{tag_name}', status: '204', path: { tag_name: text(true) } },
];

describe('golden: the request side, as the pages document it', () => {
  it.each(NAMED.map((g) => [`${g.op} (${Object.keys({ ...g.path, ...g.query, ...g.body }).join(', ')})`, g] as const))('named in the issue: %s', (_name, golden) => checkGolden(loadSpec(), golden));
  it.each(MORE.map((g) => [`${g.op} (${Object.keys({ ...g.path, ...g.query, ...g.body }).join(', ')})`, g] as const))('%s', (_name, golden) => checkGolden(loadSpec(), golden));

  it('award_emoji.md:17, :163: no route of a shared table gets another route\'s row', () => {
    const paths = loadSpec().paths as Record<string, Record<string, { parameters?: { name?: string }[] }>>;
    const names = (path: string, method: string) => (paths[path][method].parameters ?? []).map((p) => p.name).filter(Boolean);
    expect(names('/projects/{id}/issues/{issue_iid}/award_emoji', 'get')).not.toContain('awardable_id');
    expect(names('/projects/{id}/merge_requests/{merge_request_iid}/award_emoji/{award_id}', 'delete')).toEqual(['id', 'merge_request_iid', 'award_id']);
  });

  it('README.md:227 Sudo: "ID or username", so a number is allowed', () => {
    const sudo = (loadSpec().components?.parameters as Record<string, { schema: { type: unknown } }>).Sudo;
    expect(sudo.schema.type).toEqual(['integer', 'string']);
  });
});
