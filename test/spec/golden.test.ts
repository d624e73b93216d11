// Golden tests: operations of the spec generated from docs-source, each expectation written by
// reading the page (file and line in the comments), not from the generator's output.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMITTERS, generate, ROOT } from '../../scripts/generate.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { loadSpec, operations } from '../helpers/pipeline.js';
import { checkGolden, type Golden } from './golden-check.js';

const ID = { type: ['integer', 'string'], required: true };
const INT = { type: 'integer', required: true };
const STR_REQ = { type: 'string', required: true };
const opt = (type: string) => ({ type, required: false });

const GOLDEN: Golden[] = [
  // issues.md:15 List issues: query table, `iids[]` Array[integer], enums in the descriptions.
  { page: 'issues.md', op: 'GET /issues', status: '200', paginated: true, responseIsArray: true,
    query: {
      // "Return all issues or just those that are `opened` or `closed`": `all` may be read as a value too.
      state: { type: 'string', required: false, enumIncludes: ['opened', 'closed'] },
      labels: opt('string'),
      'iids[]': { type: 'array', items: 'integer', required: false },
      author_id: opt('integer'),
      order_by: { type: 'string', enum: ['created_at', 'updated_at'] },
      sort: { type: 'string', enum: ['asc', 'desc'] },
      created_after: { type: 'string', format: 'date-time' },
      updated_before: { type: 'string', format: 'date-time' },
    },
    response: ['state', 'description', 'author', 'milestone', 'assignees', 'iid', 'labels', 'time_stats', 'due_date'] },
  { page: 'issues.md', op: 'GET /projects/{id}/issues', status: '200', paginated: true, path: { id: ID },
    query: { 'iids[]': { type: 'array', items: 'integer' }, milestone: opt('string') }, response: ['id', 'iid', 'project_id', 'title'] },
  { page: 'issues.md', op: 'GET /groups/{id}/issues', status: '200', paginated: true, path: { id: ID } },
  // issues.md:535 Edit issue: PUT, body, assignee_ids Array[integer]; "Set to `0` or provide an empty
  // value to unassign" (issues.md:551-552): the empty value beside the type (and `0` beside the array).
  { page: 'issues.md', op: 'PUT /projects/{id}/issues/{issue_iid}', status: '200',
    path: { id: ID, issue_iid: INT },
    body: { title: opt('string'), confidential: opt('boolean'), assignee_ids: { type: 'array', items: 'integer', required: false, special: ['', 0] }, milestone_id: { type: 'integer', special: [''] }, discussion_locked: opt('boolean') },
    bodyTypes: ['application/json', 'application/x-www-form-urlencoded'],
    response: ['created_at', 'author', 'state', 'closed_by', 'subscribed', '_links'] },
  { page: 'issues.md', op: 'POST /projects/{id}/issues', status: '201', path: { id: ID }, body: { title: STR_REQ, confidential: opt('boolean') } },
  { page: 'issues.md', op: 'DELETE /projects/{id}/issues/{issue_iid}', status: '204', path: { id: ID, issue_iid: INT } },
  // merge_requests.md:791 Update MR.
  { page: 'merge_requests.md', op: 'PUT /projects/{id}/merge_requests/{merge_request_iid}', status: '200',
    path: { id: ID, merge_request_iid: INT },
    // merge_requests.md:805 "Set to `0` or provide an empty value to unassign all assignees".
    body: { target_branch: opt('string'), title: opt('string'), assignee_id: { type: 'integer', special: [''] }, labels: opt('string'), remove_source_branch: opt('boolean'), squash: opt('boolean'), allow_collaboration: opt('boolean') },
    response: ['id', 'iid', 'project_id', 'title', 'state', 'author', 'target_branch', 'source_branch', 'upvotes'] },
  // merge_requests.md:155 documents this `id` as integer (not integer/string).
  { page: 'merge_requests.md', op: 'GET /projects/{id}/merge_requests', status: '200', paginated: true, path: { id: INT }, query: { 'iids[]': { type: 'array', items: 'integer' } } },
  { page: 'merge_requests.md', op: 'DELETE /projects/{id}/merge_requests/{merge_request_iid}', status: '204', path: { id: ID, merge_request_iid: INT } },
  // commits.md:63 Create a commit with multiple files and actions: `actions[]` and its own table.
  { page: 'commits.md', op: 'POST /projects/{id}/repository/commits', status: '201', path: { id: ID },
    body: {
      branch: STR_REQ, commit_message: STR_REQ, start_branch: opt('string'), author_email: opt('string'), stats: opt('boolean'),
      actions: { type: 'array', required: true },
      'actions[].action': { type: 'string', required: true, enum: ['create', 'delete', 'move', 'update', 'chmod'] },
      'actions[].file_path': STR_REQ,
      'actions[].previous_path': opt('string'),
      'actions[].content': opt('string'),
      'actions[].encoding': { type: 'string', required: false, enum: ['text', 'base64'] },
      'actions[].execute_filemode': opt('boolean'),
    } },
  // commits.md:159 Get a single commit.
  { page: 'commits.md', op: 'GET /projects/{id}/repository/commits/{sha}', status: '200', path: { id: ID, sha: STR_REQ },
    query: { stats: opt('boolean') }, response: ['id', 'short_id', 'title', 'author_name'] },
  // repository_files.md:38 Get file from repository: bullet list, no types; `file_path` in the path.
  // The words type them: "Url encoded full path" (:40) and "The name of branch, tag or commit" (:41).
  { page: 'repository_files.md', op: 'GET /projects/{id}/repository/files/{file_path}', status: '200',
    path: { file_path: { type: 'string', required: true, inferred: true } }, query: { ref: { type: 'string', required: true, inferred: true } },
    response: ['file_name', 'file_path', 'size', 'encoding', 'content', 'content_sha256', 'ref', 'blob_id', 'commit_id', 'last_commit_id'] },
  { page: 'repository_files.md', op: 'HEAD /projects/{id}/repository/files/{file_path}', status: '200', path: { file_path: { required: true } } },
  // repository_files.md:91 Create new file in repository.
  { page: 'repository_files.md', op: 'POST /projects/{id}/repository/files/{file_path}', status: '201',
    path: { file_path: { required: true } },
    // "Name of the branch" (:118), "File content" (:123), "Commit message" (:124), "... email address" (:121).
    body: { branch: { type: 'string', required: true, inferred: true }, content: { type: 'string', required: true, inferred: true }, commit_message: { type: 'string', required: true, inferred: true }, start_branch: { type: 'string', required: false, inferred: true }, author_email: { type: 'string', required: false, inferred: true } },
    response: ['file_path', 'branch'] },
  // services.md (docs-source, table form): Asana, JIRA, Slack.
  { page: 'services.md', op: 'PUT /projects/{id}/services/asana', status: '200', body: { api_key: STR_REQ, restrict_to_branch: opt('string') } },
  { page: 'services.md', op: 'DELETE /projects/{id}/services/asana', status: '204' },
  { page: 'services.md', op: 'GET /projects/{id}/services/asana', status: '200' },
  { page: 'services.md', op: 'PUT /projects/{id}/services/jira', status: '200',
    body: { url: STR_REQ, project_key: STR_REQ, username: STR_REQ, password: STR_REQ, jira_issue_transition_id: opt('integer') } },
  { page: 'services.md', op: 'PUT /projects/{id}/services/slack', status: '200',
    body: { webhook: STR_REQ, username: opt('string'), channel: opt('string'), notify_only_broken_pipelines: opt('boolean'), push_events: opt('boolean') } },
  // search.md:7 Global search: scope and search required.
  { page: 'search.md', op: 'GET /search', status: '200', query: { scope: STR_REQ, search: STR_REQ }, response: ['id', 'name', 'path_with_namespace'] },
  // award_emoji.md:12 and 115.
  { page: 'award_emoji.md', op: 'GET /projects/{id}/issues/{issue_iid}/award_emoji', status: '200', paginated: true, path: { id: ID, issue_iid: { required: true } },
    response: ['id', 'name', 'user', 'created_at'] },
  { page: 'award_emoji.md', op: 'GET /projects/{id}/snippets/{snippet_id}/award_emoji', status: '200', path: { id: ID } },
  { page: 'award_emoji.md', op: 'POST /projects/{id}/merge_requests/{merge_request_iid}/award_emoji', status: '201', path: { id: ID }, body: { name: STR_REQ },
    response: ['id', 'name', 'user', 'created_at'] },
  // notes.md:90, 109, 128: bullet lists (no types) and a table.
  { page: 'notes.md', op: 'POST /projects/{id}/issues/{issue_iid}/notes', status: '201', path: { id: { required: true }, issue_iid: { required: true } },
    body: { body: { required: true }, created_at: { required: false } } },
  { page: 'notes.md', op: 'PUT /projects/{id}/issues/{issue_iid}/notes/{note_id}', status: '200', path: { note_id: { required: true } }, body: { body: { required: true } } },
  { page: 'notes.md', op: 'DELETE /projects/{id}/issues/{issue_iid}/notes/{note_id}', status: '204', path: { id: ID, issue_iid: INT, note_id: INT } },
  // users.md:3 List users: one operation for the two sections (normal users, admins), the union of their parameters.
  { page: 'users.md', op: 'GET /users', status: '200', paginated: true,
    query: { order_by: { type: 'string', enum: ['id', 'name', 'username', 'created_at', 'updated_at'] }, sort: { type: 'string', enum: ['asc', 'desc'] }, two_factor: { type: 'string', enum: ['enabled', 'disabled'] } },
    response: ['id', 'username', 'name', 'state', 'avatar_url', 'web_url'] },
  // users.md:269 User creation: bullets without types; their words type them ("Email", "Username",
  // "Name", "Password", users.md:279-283), "Image file for user's avatar" (:299) a binary in a multipart
  // body; "Skype ID" (:284) settles nothing and stays untyped.
  { page: 'users.md', op: 'POST /users', status: '201',
    body: { email: { type: 'string', required: true, inferred: true }, username: { type: 'string', required: true }, name: { type: 'string', required: true }, password: { type: 'string', required: false },
      avatar: { type: 'string', format: 'binary', required: false, inferred: true }, skype: { type: null } },
    bodyTypes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] },
  // branches.md:203 Create repository branch (id documented as integer there).
  { page: 'branches.md', op: 'POST /projects/{id}/repository/branches', status: '201', path: { id: INT }, body: { branch: STR_REQ, ref: STR_REQ },
    response: ['commit', 'name', 'merged', 'protected', 'default', 'developers_can_push', 'developers_can_merge', 'can_push'] },
  // tags.md:98 Create a new tag: bullets.
  { page: 'tags.md', op: 'POST /projects/{id}/repository/tags', status: '201', body: { tag_name: { required: true }, ref: { required: true }, message: { required: false }, release_description: { required: false } },
    response: ['commit', 'release', 'name', 'target', 'message'] },
  // labels.md:81 Create a new label.
  { page: 'labels.md', op: 'POST /projects/{id}/labels', status: '201', path: { id: ID },
    // labels.md:95 priority: "Must be greater or equal than zero or `null` to remove the priority".
    body: { name: STR_REQ, color: STR_REQ, description: opt('string'), priority: { type: 'integer', required: false, special: [null] } },
    response: ['id', 'name', 'color', 'description', 'open_issues_count', 'priority'] },
  // version.md: GET /version, 200.
  { page: 'version.md', op: 'GET /version', status: '200', paginated: false, response: ['version', 'revision'] },
  // pipelines.md:96 Create a new pipeline: `variables` an array.
  { page: 'pipelines.md', op: 'POST /projects/{id}/pipeline', status: '201', path: { id: ID }, body: { ref: STR_REQ, variables: { type: 'array', required: false } },
    response: ['id', 'sha', 'ref', 'status', 'user', 'created_at', 'web_url'] },
  // namespaces.md:10 List namespaces.
  { page: 'namespaces.md', op: 'GET /namespaces', status: '200', paginated: true, responseIsArray: true, response: ['id', 'name', 'path', 'kind', 'full_path'] },
  // deploy_keys.md:102 Add deploy key.
  { page: 'deploy_keys.md', op: 'POST /projects/{id}/deploy_keys', status: '201', path: { id: ID },
    body: { title: STR_REQ, key: STR_REQ, can_push: opt('boolean') }, response: ['key', 'id', 'title', 'can_push', 'created_at'] },
  // broadcast_messages.md:63: datetime bodies.
  { page: 'broadcast_messages.md', op: 'POST /broadcast_messages', status: '201',
    body: { message: STR_REQ, starts_at: { type: 'string', format: 'date-time', required: false }, ends_at: { type: 'string', format: 'date-time' }, color: opt('string'), font: opt('string') },
    response: ['message', 'starts_at', 'ends_at', 'color', 'font', 'id', 'active'] },
  // projects.md:441 Get single project.
  { page: 'projects.md', op: 'GET /projects/{id}', status: '200', path: { id: ID },
    query: { statistics: opt('boolean'), license: opt('boolean'), with_custom_attributes: opt('boolean') }, response: ['id', 'description', 'default_branch', 'visibility'] },
  // groups.md:3 List groups: `skip_groups` array of integers; enums.
  { page: 'groups.md', op: 'GET /groups', status: '200', paginated: true,
    query: { skip_groups: { type: 'array', items: 'integer', required: false }, all_available: opt('boolean'), order_by: { type: 'string', enum: ['name', 'path', 'id'] }, sort: { type: 'string', enum: ['asc', 'desc'] }, min_access_level: opt('integer') },
    response: ['id', 'name', 'path', 'description', 'visibility', 'lfs_enabled'] },
  // milestones.md:62 Create new milestone: bullets.
  { page: 'milestones.md', op: 'POST /projects/{id}/milestones', status: '201', body: { title: { required: true }, description: { required: false }, due_date: { required: false }, start_date: { required: false } } },
  // jobs.md:268 Get a single job.
  { page: 'jobs.md', op: 'GET /projects/{id}/jobs/{job_id}', status: '200', path: { id: ID, job_id: INT }, response: ['commit'] },
  // users.md:597 Add SSH key: bullets; the example after them is the 201 response, the one captioned
  // "... `201 Created` on success. If an error occurs a `400 Bad Request` is returned ...:" the 400.
  // Typed by their words: "new SSH Key's title", "new SSH key" (users.md:605-606).
  { page: 'users.md', op: 'POST /user/keys', status: '201', alsoStatus: ['400'], body: { title: { type: 'string', required: true, inferred: true }, key: { type: 'string', required: true, inferred: true } },
    response: ['created_at', 'key', 'title', 'id'], responseExamples: 1, docs: 'https://docs.gitlab.com/ee/api/users.html#add-ssh-key' },
  // users.md:942 Add email: the same pattern.
  // users.md:950 "email address".
  { page: 'users.md', op: 'POST /user/emails', status: '201', alsoStatus: ['400'], body: { email: { type: 'string', required: true, inferred: true } }, response: ['id', 'email'] },
  // projects.md:1286 Upload a file: `file` typed string, but "The `file=` parameter must point to a
  // file on your filesystem" and the curl example sends `--form "file=@dk.png"`: a multipart upload.
  { page: 'projects.md', op: 'POST /projects/{id}/uploads', status: '201', path: { id: ID },
    body: { file: { type: 'string', format: 'binary', required: true } }, bodyTypes: ['multipart/form-data'],
    response: ['alt', 'url', 'markdown'], docs: 'https://docs.gitlab.com/ee/api/projects.html#upload-a-file' },
  // wikis.md:163 Upload an attachment to the wiki repository: the same (`file=@dk.png`), `branch` optional.
  { page: 'wikis.md', op: 'POST /projects/{id}/wikis/attachments', status: '201',
    body: { file: { type: 'string', format: 'binary', required: true }, branch: opt('string') }, bodyTypes: ['multipart/form-data'] },
  // merge_requests.md:479 Get single MR participants: the JSON array after the parameter list is the response.
  { page: 'merge_requests.md', op: 'GET /projects/{id}/merge_requests/{merge_request_iid}/participants', status: '200', paginated: true, responseIsArray: true,
    // `id`: "The ID or [URL-encoded path of the project]" in a list without types: integer/string.
    // merge_requests.md:490 "The internal ID of the merge request": an integer.
    path: { id: ID, merge_request_iid: { type: 'integer', required: true, inferred: true } }, response: ['id', 'name', 'username', 'state', 'avatar_url', 'web_url'],
    docs: 'https://docs.gitlab.com/ee/api/merge_requests.html#get-single-mr-participants' },
  // notification_settings.md:129 Update group/project notification settings: one block, two documents
  // (`{"level": "watch"}` and the custom one with `events`): two examples, one schema.
  { page: 'notification_settings.md', op: 'PUT /groups/{id}/notification_settings', status: '200', path: { id: ID },
    body: { level: opt('string'), new_note: opt('boolean'), success_pipeline: opt('boolean') }, response: ['level', 'events'], responseExamples: 2 },
  // keys.md:3 Get SSH key with user by ID of an SSH key.
  { page: 'keys.md', op: 'GET /keys/{id}', status: '200', path: { id: { required: true } }, response: ['id', 'title', 'key', 'created_at', 'user'] },
];

describe('golden: operations of the spec, as the pages document them', () => {
  it('covers at least 40 operations from at least 15 pages', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
    expect(new Set(GOLDEN.map((g) => g.page)).size).toBeGreaterThanOrEqual(15);
  });
  it.each(GOLDEN.map((g) => [g.op, g] as const))('%s', (_name, golden) => {
    checkGolden(loadSpec(), golden);
  });
});

describe('golden: the bullet-list form of the services page (docs-versions/earlier/services.md)', () => {
  let doc: OpenAPIDocument;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-earlier-'));
    cpSync(join(ROOT, 'docs-versions', 'earlier', 'services.md'), join(dir, 'docs', 'services.md'));
    const result = await generate({ docs: join(dir, 'docs'), out: join(dir, 'out'), noEmit: EMITTERS.map((e) => e.name) });
    doc = result.document;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const EARLIER: Golden[] = [
    // earlier/services.md:19-20: `api_key` (**required**), `restrict_to_branch` (optional), no types;
    // their words type them: "User API token", "Comma-separated list of branches" (one string).
    { page: 'services.md', op: 'PUT /projects/{id}/services/asana', status: '200', body: { api_key: { type: 'string', required: true, inferred: true }, restrict_to_branch: { type: 'string', required: false, inferred: true } } },
    { page: 'services.md', op: 'DELETE /projects/{id}/services/asana', status: '204' },
    { page: 'services.md', op: 'GET /projects/{id}/services/asana', status: '200' },
    // earlier/services.md:464: JIRA is a table there too; username and password optional.
    { page: 'services.md', op: 'PUT /projects/{id}/services/jira', status: '200',
      body: { url: STR_REQ, project_key: STR_REQ, username: opt('string'), password: opt('string'), jira_issue_transition_id: opt('integer') } },
  ];
  it.each(EARLIER.map((g) => [g.op, g] as const))('%s', (_name, golden) => checkGolden(doc, golden));
});

/** Distinct method + route shapes in the code blocks of docs-source, counted here independently. */
function countSignatures(): { count: number; signatures: Set<string> } {
  const signatures = new Set<string>();
  const docs = join(ROOT, 'docs-source');
  for (const entry of readdirRecursive(docs)) {
    let inFence = false;
    for (const line of readFileSync(join(docs, entry), 'utf8').split('\n')) {
      if (/^\s*```/.test(line)) { inFence = !inFence; continue; }
      if (!inFence) continue;
      for (const m of line.matchAll(/(?:^|\s)(GET|POST|PUT|PATCH|DELETE|HEAD)\s+(\/[^\s?]*)/g)) {
        let route = m[2];
        if (route.startsWith('/api/v4/')) {
          // `/api/v4/projects/diaspora%2Fdiaspora`: a call with concrete values, not a signature.
          if (/%|\/\d+(\/|$)/.test(route)) continue;
          route = route.slice('/api/v4'.length);
        }
        signatures.add(`${m[1]} ${route.replace(/\/$/, '').replace(/[:*]\w+/g, '{}')}`);
      }
    }
  }
  return { count: signatures.size, signatures };
}

function readdirRecursive(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
}

describe('coverage', () => {
  it('every signature in the docs is an operation, and every operation a signature (plus the one found by its curl example)', () => {
    const { signatures } = countSignatures();
    const ops = new Set(operations().map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`));
    const missing = [...signatures].filter((s) => !ops.has(s));
    expect(missing).toEqual([]);
    // deploy_keys.md:187 "Enable a deploy key" shows its route only in a curl example.
    const extra = [...ops].filter((s) => !signatures.has(s));
    expect(extra).toEqual(['POST /projects/{}/deploy_keys/{}/enable']);
    expect(operations().length).toBe(signatures.size + 1);
  });
});
