// Golden tests of the response model on the spec of docs-source: GitLab's entities field by field
// (type, nullable, required), the operations that refer to them, and the counts. Every
// expectation was written by reading the pages at the lines in the comments.
import { describe, expect, it } from 'vitest';
import { loadDiagnostics, loadSpec, operations } from '../helpers/pipeline.js';
import { validatesIn } from '../openapi/validate-json-schema.js';
import { body, field } from '../helpers/entities.js';

type Schema = Record<string, any>;

describe('the entities of docs-source, field by field', () => {
  const doc = loadSpec();
  const f = (entity: string, key: string) => field(doc, entity, key);

  it('Issue: issues.md:60-118 (list) and the other issue examples of issues.md, merge_requests.md:1199, search.md', () => {
    expect(f('Issue', 'id')).toBe('integer*');
    expect(f('Issue', 'iid')).toBe('integer*');
    expect(f('Issue', 'title')).toBe('string*');
    expect(f('Issue', 'state')).toBe('string*');
    expect(f('Issue', 'created_at')).toBe('string(date-time)*');
    // `"description" : null` for a new issue (issues.md:505).
    expect(f('Issue', 'description')).toBe('string?*');
    // The author is the basic user (issues.md:65-72: state, id, web_url, name, avatar_url, username).
    expect(f('Issue', 'author')).toBe('$UserBasic*');
    // A milestone object (issues.md:73), `"milestone" : null` for a new issue (issues.md:509).
    expect(f('Issue', 'milestone')).toBe('$Milestone?*');
    // `"closed_at" : null` (issues.md:102) and `"2016-01-05T15:31:46.176Z"` (issues.md:334); the
    // closes_issues example (merge_requests.md:1199) shows no `closed_at`.
    expect(f('Issue', 'closed_at')).toBe('string(date-time)?');
    // "2016-07-22" (issues.md:110), `null` (issues.md:512); not in merge_requests.md:1199.
    expect(f('Issue', 'due_date')).toBe('string(date)?');
    // Not in merge_requests.md:1199.
    expect(f('Issue', 'assignees')).toBe('$UserBasic[]');
    expect(f('Issue', 'labels')).toBe('string[]*');
    // Only the single-issue examples show `subscribed` (issues.md:510) and `_links` (issues.md:522); the list does not.
    expect(f('Issue', 'subscribed')).toBe('boolean');
    expect(f('Issue', '_links')).toBe('object');
    expect(f('Issue', 'time_stats')).toBe('$TimeStats');
  });

  it('MergeRequest: merge_requests.md:52 (list), :379 (single), :564 (changes), and the other MR examples', () => {
    expect(f('MergeRequest', 'id')).toBe('integer*');
    expect(f('MergeRequest', 'sha')).toBe('string*');
    expect(f('MergeRequest', 'labels')).toBe('string[]*');
    // `"merge_commit_sha": null` in every example (merge_requests.md:106, 229, 342, 432, ...), no field
    // of that name elsewhere; `sha` (:105), `base_sha` and `head_sha` (:471-472) are strings: a nullable
    // string, marked inferred.
    expect(f('MergeRequest', 'merge_commit_sha')).toBe('string?*');
    expect((doc.components!.schemas as Record<string, any>).MergeRequest.properties.merge_commit_sha['x-gitlab-type-inferred']).toBe(true);
    // `"closed_at": null` wherever shown (merge_requests.md:459), and not in the lists: optional; a
    // string as an issue's `closed_at` is (issues.md:334) and every other `*_at`.
    expect(f('MergeRequest', 'closed_at')).toBe('string?');
    // An assignee object (merge_requests.md:75), `"assignee":null` (commits.md:593).
    expect(f('MergeRequest', 'assignee')).toBe('$UserBasic?*');
    expect(f('MergeRequest', 'milestone')).toBe('$Milestone?*');
    // `merged_by` an object (merge_requests.md:449), only in the single MR's examples.
    expect(f('MergeRequest', 'merged_by')).toBe('$UserBasic');
    expect(f('MergeRequest', 'squash')).toBe('boolean');
    // `"changes_count": "1"` (merge_requests.md:448): a string.
    expect(f('MergeRequest', 'changes_count')).toBe('string');
    // `changes` only in GET .../changes (merge_requests.md:627).
    expect(f('MergeRequest', 'changes')).toBe('$Diff[]');
  });

  it('Project (full) and ProjectBasic (`simple=true`, projects.md:64)', () => {
    expect(f('Project', 'id')).toBe('integer*');
    // `"description": null` (projects.md:101), `"foo"` (groups.md:165).
    expect(f('Project', 'description')).toBe('string?*');
    // `"avatar_url": null` (groups.md:192), a URL (projects.md:141).
    expect(f('Project', 'avatar_url')).toBe('string?*');
    expect(f('Project', 'tag_list')).toBe('string[]*');
    expect(f('Project', 'namespace')).toBe('$Namespace*');
    // `owner` and `statistics` (projects.md:112, :152) are not in groups.md's projects.
    expect(f('Project', 'statistics')).toBe('$Statistics');
    expect(f('Project', 'owner')).toMatch(/^(\$\w+|object)$/);
    // A fork's `forked_from_project` (projects.md:570): the basic project, as `simple=true` lists them.
    expect(f('Project', 'forked_from_project')).toBe('$ProjectBasic');
    // projects.md:64-95: `id`, `description`, `default_branch`, ..., `star_count`, `forks_count`.
    expect(f('ProjectBasic', 'id')).toBe('integer*');
    expect(f('ProjectBasic', 'default_branch')).toBe('string*');
    expect(f('ProjectBasic', 'license')).toBe('$LicenseBasic');
    expect(f('ProjectBasic', 'owner')).toBe('absent');
  });

  it('User (users.md:224, the admin\'s view) and UserBasic (issues.md:64, award_emoji.md:40)', () => {
    expect(f('User', 'id')).toBe('integer*');
    expect(f('User', 'email')).toBe('string*');
    expect(f('User', 'identities')).toMatch(/\[\]\*$/);
    // `"bio": null` in every user example (users.md:89, users.md:124, keys.md:29, ...): untyped.
    expect(f('User', 'bio')).toBe('any*');
    // `"is_admin": false` only in the admin's views (users.md:88); not in keys.md:15's user.
    expect(f('User', 'is_admin')).toBe('boolean');
    // award_emoji.md:40-47: name, username, id, state, avatar_url, web_url.
    for (const [key, want] of [['id', 'integer*'], ['name', 'string*'], ['username', 'string*'], ['state', 'string*'], ['web_url', 'string*']]) {
      expect(f('UserBasic', key), `UserBasic.${key}`).toBe(want);
    }
    // `"avatar_url" : null` (issues.md:70) and a URL (award_emoji.md:45).
    expect(f('UserBasic', 'avatar_url')).toBe('string?*');
    expect(f('UserBasic', 'email')).toBe('absent');
  });

  it('Note: discussions.md:20 (notes of discussions), notes.md:23, events.md:151', () => {
    expect(f('Note', 'id')).toBe('integer*');
    expect(f('Note', 'body')).toBe('string*');
    // `"attachment": null` everywhere (notes.md:28, :48, ...): untyped.
    expect(f('Note', 'attachment')).toBe('any*');
    // `"type": "DiscussionNote"` (discussions.md:28) and `"type": null` (discussions.md:75); not in notes.md:23.
    expect(f('Note', 'type')).toBe('string?');
    // `resolved` only on merge request notes (discussions.md:457).
    expect(f('Note', 'resolved')).toBe('boolean');
    // The basic user in discussions.md; notes.md:29 shows an older user (id, username, email, name, state, created_at).
    expect(f('Note', 'author')).toMatch(/^\$UserBasic\|\$\w+\*$/);
  });

  it('Milestone: group_milestones.md:34, milestones.md, and every issue\'s and MR\'s milestone', () => {
    expect(f('Milestone', 'id')).toBe('integer*');
    expect(f('Milestone', 'iid')).toBe('integer*');
    expect(f('Milestone', 'title')).toBe('string*');
    // `"due_date" : null` (issues.md:77) and `"2013-11-29"` (group_milestones.md:42).
    expect(f('Milestone', 'due_date')).toBe('string(date)?*');
    // A group milestone has `group_id` (group_milestones.md:39), a project milestone `project_id` (issues.md:74): neither is always there.
    expect(f('Milestone', 'group_id')).toBe('integer');
    expect(f('Milestone', 'project_id')).toBe('integer');
  });

  it('Pipeline (pipelines.md:68, a single pipeline) and PipelineBasic (pipelines.md:29-36, the list)', () => {
    expect(f('Pipeline', 'id')).toBe('integer*');
    expect(f('Pipeline', 'status')).toBe('string*');
    expect(f('Pipeline', 'user')).toMatch(/^\$\w+\*$/);
    // `"started_at": null` in every pipeline example (pipelines.md:87, :135); a job's is a date-time on
    // every page that shows one (jobs.md:36, :85, runners.md:284, sidekiq_metrics.md:55): a nullable date-time,
    // marked inferred. `"finished_at": "2016-08-11T11:32:35.145Z"` (pipelines.md:88) and null (pipelines.md:136).
    expect(f('Pipeline', 'started_at')).toBe('string(date-time)?*');
    expect(f('Pipeline', 'finished_at')).toBe('string(date-time)?*');
    // `"coverage": "30.0"` (pipelines.md:91) and null (pipelines.md:139).
    expect(f('Pipeline', 'coverage')).toBe('string?*');
    for (const key of ['id', 'sha', 'ref', 'status']) expect(f('PipelineBasic', key), `PipelineBasic.${key}`).toMatch(/\*$/);
  });

  it('Job: jobs.md:22 (list), deployments.md:23 (`deployable`), runners.md:272 (a runner\'s jobs)', () => {
    expect(f('Job', 'id')).toBe('integer*');
    expect(f('Job', 'name')).toBe('string*');
    expect(f('Job', 'stage')).toBe('string*');
    // `"coverage": null` everywhere (jobs.md:34, :83, ...): untyped.
    expect(f('Job', 'coverage')).toBe('any*');
    // `"duration": 0.192` (jobs.md:38), `null` (jobs.md:547); not in deployments.md.
    expect(f('Job', 'duration')).toBe('number?');
    // `pipeline` (jobs.md:42) is not in deployments.md's `deployable`.
    expect(f('Job', 'pipeline')).toBe('$PipelineBasic');
  });
});

describe('operations refer to the entities', () => {
  const doc = loadSpec();
  it.each([
    ['GET /issues', '200', '$Issue[]'], // issues.md:22
    ['GET /projects/{id}/issues/{issue_iid}', '200', '$Issue'], // issues.md:367
    ['POST /projects/{id}/issues', '201', '$Issue'], // issues.md:460
    ['PUT /projects/{id}/issues/{issue_iid}', '200', '$Issue'], // issues.md:541
    ['POST /projects/{id}/issues/{issue_iid}/move', '201', '$Issue'], // issues.md:651
    ['GET /projects/{id}/issues/{issue_iid}/closed_by', '200', '$MergeRequest[]'], // issues.md:1208
    ['GET /projects/{id}/merge_requests', '200', '$MergeRequest[]'], // merge_requests.md:132
    ['GET /projects/{id}/merge_requests/{merge_request_iid}', '200', '$MergeRequest'], // merge_requests.md:369
    ['PUT /projects/{id}/merge_requests/{merge_request_iid}/merge', '200', '$MergeRequest'], // merge_requests.md:949
    ['GET /projects/{id}', '200', '$Project'], // projects.md:447
    ['GET /users/{user_id}/projects', '200', '$Project[]'], // projects.md:264
    ['GET /projects/{id}/forks', '200', '$Project[]'], // projects.md:779
    ['GET /user', '200', '$User'], // users.md:362
    ['GET /projects/{id}/issues/{issue_iid}/participants', '200', '$UserBasic[]'], // issues.md:1275
    ['GET /projects/{id}/issues/{issue_iid}/notes', '200', '$Note[]'], // notes.md:12
    ['GET /groups/{id}/milestones', '200', '$Milestone[]'], // group_milestones.md:11
    ['GET /projects/{id}/pipelines/{pipeline_id}', '200', '$Pipeline'], // pipelines.md:54
    ['GET /projects/{id}/pipelines', '200', '$PipelineBasic[]'], // pipelines.md:8
    ['GET /projects/{id}/jobs/{job_id}', '200', '$Job'], // jobs.md:273
    ['POST /projects/{id}/jobs/{job_id}/retry', '201', '$Job'], // jobs.md:518
    // No example: the route's entity, marked inferred (milestones.md:54, notes.md:273).
    ['GET /projects/{id}/milestones/{milestone_id}', '200', '$Milestone'],
    ['GET /projects/{id}/merge_requests/{merge_request_iid}/notes', '200', '$Note[]'],
  ])('%s %s: %s', (operation, status, want) => {
    expect(body(doc, operation, status)).toBe(want);
  });

  it('an inferred body is marked, a documented one is not', () => {
    const paths = doc.paths as Record<string, Schema>;
    expect(paths['/projects/{id}/milestones/{milestone_id}'].get['x-gitlab-inferred-response']).toBe(true);
    expect(paths['/projects/{id}/milestones'].get['x-gitlab-inferred-response']).toBeUndefined();
  });

  it('lists are paginated, from the model (an inferred list too)', () => {
    const paths = doc.paths as Record<string, Schema>;
    expect(paths['/projects/{id}/merge_requests/{merge_request_iid}/notes'].get['x-gitlab-paginated']).toBe(true);
    expect(paths['/projects/{id}/merge_requests/{merge_request_iid}'].get['x-gitlab-paginated']).toBeUndefined();
  });

  it.each([
    // repository_files.md:76, jobs.md:446, repositories.md:96: text.
    ['GET /projects/{id}/repository/files/{file_path}/raw', 'text/plain', 'string'],
    ['GET /projects/{id}/jobs/{job_id}/trace', 'text/plain', 'string'],
    ['GET /projects/{id}/repository/blobs/{sha}/raw', 'text/plain', 'string'],
    ['GET /projects/{id}/snippets/{snippet_id}/raw', 'text/plain', 'string'],
    // repositories.md:110 (eight formats), jobs.md:348 and :381 (no format named), jobs.md:416 (any file).
    ['GET /projects/{id}/repository/archive', 'application/octet-stream', 'string(binary)'],
    ['GET /projects/{id}/jobs/{job_id}/artifacts', 'application/octet-stream', 'string(binary)'],
    ['GET /projects/{id}/jobs/artifacts/{ref_name}/download', 'application/octet-stream', 'string(binary)'],
    ['GET /projects/{id}/jobs/{job_id}/artifacts/{artifact_path}', 'application/octet-stream', 'string(binary)'],
    ['GET /projects/{id}/export/download', 'application/octet-stream', 'string(binary)'],
    // projects.md:1575: "always in uncompressed tar format".
    ['GET /projects/{id}/snapshot', 'application/x-tar', 'string(binary)'],
  ])('download %s: %s', (operation, media, want) => {
    expect(body(doc, operation, '200', media)).toBe(want);
  });
});

describe('the counts the issue asks for (docs-source)', () => {
  const doc = loadSpec();
  const diagnostics = loadDiagnostics();
  const schemas = doc.components!.schemas as Record<string, Schema>;

  it('no property is typed only `null`', () => {
    const onlyNull: string[] = [];
    const walk = (schema: Schema, where: string) => {
      if (Array.isArray(schema.type) && schema.type.every((t: string) => t === 'null')) onlyNull.push(where);
      if (schema.type === 'null' && !where.endsWith('|')) onlyNull.push(where);
      for (const [key, child] of Object.entries<Schema>(schema.properties ?? {})) walk(child, `${where}.${key}`);
      if (schema.items) walk(schema.items, `${where}[]`);
      for (const member of schema.anyOf ?? []) if (member.type !== 'null') walk(member, `${where}|`);
    };
    for (const [name, schema] of Object.entries(schemas)) walk(schema, name);
    for (const { method, path, operation } of operations(doc)) {
      for (const [status, response] of Object.entries<Schema>(operation.responses)) {
        for (const media of Object.values<Schema>(response.content ?? {})) if (media.schema) walk(media.schema, `${method} ${path} ${status}`);
      }
    }
    expect(onlyNull).toEqual([]);
  });

  it('no response property is required that an example lacks: every example validates against its schema', () => {
    const failing: string[] = [];
    for (const { method, path, operation } of operations(doc)) {
      for (const [status, response] of Object.entries<Schema>(operation.responses)) {
        const media = response.content?.['application/json'];
        if (!media?.schema || !/^2/.test(status)) continue;
        const examples = media.examples ? Object.values<Schema>(media.examples).map((e) => e.value) : media.example !== undefined ? [media.example] : [];
        for (const example of examples) if (typeof example !== 'string' && !validatesIn(schemas, media.schema, example)) failing.push(`${method} ${path} ${status}`);
      }
    }
    expect(failing).toEqual([]);
  });

  it('at least 40 named entities', () => {
    expect(Object.keys(schemas).length).toBeGreaterThanOrEqual(40);
  });

  it('every JSON body refers to an entity, except where a diagnostic says why not', () => {
    const notEntities: string[] = [];
    for (const { method, path, operation } of operations(doc)) {
      for (const [status, response] of Object.entries<Schema>(operation.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (/^2/.test(status) && schema && !JSON.stringify(schema).includes('#/components/schemas/')) notEntities.push(`${method.toUpperCase()} ${path}`);
      }
    }
    // projects.md:1054: `{"Ruby": 66.69, ...}`, a map of languages.
    expect(notEntities).toEqual(['GET /projects/{id}/languages']);
    expect(diagnostics.filter((d) => d.ruleId === 'response-not-an-entity').map((d) => `${d.file}:${d.line}`)).toEqual(['projects.md:1054']);
  });

  it('of the operations documenting a body without an example, at most 15 are left without a schema, each with a diagnostic', () => {
    const left: string[] = [];
    for (const { method, path, operation } of operations(doc)) {
      if (method === 'head') continue;
      const success = Object.entries<Schema>(operation.responses).filter(([status]) => /^2/.test(status));
      if (success.every(([status]) => status === '204')) continue;
      if (!success.some(([, response]) => Object.values<Schema>(response.content ?? {}).some((m) => m.schema))) left.push(`${method.toUpperCase()} ${path}`);
    }
    expect(left.length).toBeLessThanOrEqual(15);
    const reported = diagnostics.filter((d) => d.ruleId === 'response-without-schema').map((d) => d.reason.match(/^`([^`]+)`/)![1]);
    // Each one is reported (the diagnostic names the route as documented, `:id`).
    expect(left.map((op) => op.replace(/\{(\w+)\}/g, ':$1')).sort()).toEqual(reported.sort());
  });
});
