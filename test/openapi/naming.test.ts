// Names from method and path alone (scripts/openapi/naming.ts). The wanted names follow the rules
// written in docs/cli.md ("Command names"); each route is quoted from the docs page and line given.
import { describe, expect, it } from 'vitest';
import { nameRoute, nameRoutes, singular } from '../../scripts/openapi/naming.js';
import { loadSpec } from '../helpers/pipeline.js';
import { operations } from '../current/pipeline.js';

describe('one route alone (R1-R5)', () => {
  it.each<[string, string, string, string, string]>([
    // R2 a collection; resources from the fixed segments, singular
    ['issues.md:247', 'GET', '/projects/:id/issues', 'project-issue list', 'listProjectIssues'],
    ['issues.md:460', 'POST', '/projects/:id/issues', 'project-issue create', 'createProjectIssue'],
    ['issues.md:133', 'GET', '/groups/:id/issues', 'group-issue list', 'listGroupIssues'],
    ['issues.md:22', 'GET', '/issues', 'issue list', 'listIssues'],
    ['award_emoji.md:17', 'GET', '/projects/:id/issues/:issue_iid/award_emoji', 'project-issue-award-emoji list', 'listProjectIssueAwardEmoji'],
    ['members.md:68', 'GET', '/groups/:id/members/all', 'group-member-all list', 'listGroupMemberAll'],
    // R1 an item; the OpenAPI form of the path gives the same name
    ['issues.md:247', 'GET', '/projects/{id}/issues/{issue_iid}', 'project-issue get', 'getProjectIssue'],
    ['repository_files.md:49', 'HEAD', '/projects/:id/repository/files/:file_path', 'project-repository-file head', 'headProjectRepositoryFile'],
    ['current/groups.md:1699', 'GET', '/groups/:id/uploads/:secret/:filename', 'group-upload get-by-filename', 'getByFilenameGroupUpload'],
    // R3 an action on an item
    ['issues.md:734', 'POST', '/projects/:id/issues/:issue_iid/subscribe', 'project-issue subscribe', 'subscribeProjectIssue'],
    ['merge_requests.md:949', 'PUT', '/projects/:id/merge_requests/:merge_request_iid/merge', 'project-merge-request merge', 'mergeProjectMergeRequest'],
    ['repository_files.md:76', 'GET', '/projects/:id/repository/files/:file_path/raw', 'project-repository-file raw', 'rawProjectRepositoryFile'],
    ['jobs.md:446', 'GET', '/projects/:id/jobs/:job_id/trace', 'project-job trace', 'traceProjectJob'],
    ['projects.md:1069', 'POST', '/projects/:id/archive', 'project archive', 'archiveProject'],
    ['merge_requests.md:1069', 'PUT', '/projects/:id/merge_requests/:merge_request_iid/cancel_merge_when_pipeline_succeeds', 'project-merge-request cancel-merge-when-pipeline-succeeds', 'cancelMergeWhenPipelineSucceedsProjectMergeRequest'],
    ['projects.md:1492', 'DELETE', '/projects/:id/fork', 'project-fork delete', 'deleteProjectFork'],
    // R4 a single thing after a word, or a POST action there
    ['services.md:125', 'PUT', '/projects/:id/services/bugzilla', 'project-service-bugzilla update', 'updateProjectServiceBugzilla'],
    ['services.md:609', 'GET', '/projects/:id/services/kubernetes', 'project-service-kubernetes get', 'getProjectServiceKubernetes'],
    ['services.md:1006', 'GET', '/projects/:id/services/microsoft-teams', 'project-service-microsoft-teams get', 'getProjectServiceMicrosoftTeams'],
    ['users.md:457', 'GET', '/user/status', 'current-user-status get', 'getCurrentUserStatus'],
    ['settings.md:14', 'GET', '/application/settings', 'application-settings get', 'getApplicationSettings'],
    ['issues.md:1093', 'GET', '/projects/:id/issues/:issue_iid/time_stats', 'project-issue-time-stats get', 'getProjectIssueTimeStats'],
    ['repositories.md:110', 'GET', '/projects/:id/repository/archive', 'project-repository-archive get', 'getProjectRepositoryArchive'],
    ['runners.md:506', 'POST', '/runners/verify', 'runner verify', 'verifyRunner'],
    ['todos.md:284', 'POST', '/todos/mark_as_done', 'todo mark-as-done', 'markAsDoneTodo'],
    // R5 one word; /user is the current user
    ['users.md:362', 'GET', '/user', 'current-user get', 'getCurrentUser'],
    ['version.md:9', 'GET', '/version', 'version get', 'getVersion'],
    ['lint.md:8', 'POST', '/lint', 'lint create', 'createLint'],
  ])('%s: %s %s -> %s', (_doc, method, path, command, operationId) => {
    const name = nameRoute(method, path);
    expect(name.command).toBe(command);
    expect(name.operationId).toBe(operationId);
  });

  it('a resource never takes the name of a builtin command', () => {
    expect(nameRoute('GET', '/lists').command).toBe('list-resource list');
    expect(nameRoute('GET', '/api/:id').command).toBe('api-resource get');
  });

  it('words of a segment: accents dropped, punctuation splits, an ASCII segment read as such (the fast path)', () => {
    expect(nameRoute('GET', '/projets/:id/catégories').command).toBe('projet-category list');
    expect(nameRoute('GET', '/projets/:id/cate\u0301gories').command).toBe('projet-category list');
    expect(nameRoute('GET', '/Projects/:id/Merge_Requests').command).toBe('project-merge-request list');
    expect(nameRoute('GET', '/projects/:id/ü.files').command).toBe('project-u-file list');
  });

  it.each([['issues', 'issue'], ['branches', 'branch'], ['activities', 'activity'], ['statuses', 'status'], ['wikis', 'wiki'], ['status', 'status'], ['settings', 'settings'], ['access', 'access']])('singular(%s) = %s', (word, want) => {
    expect(singular(word)).toBe(want);
  });
});

describe('collisions, resolved from the colliding routes only (C1-C3)', () => {
  const names = (...routes: [string, string][]) => nameRoutes(routes.map(([method, path]) => ({ method, path })));

  it('C1 one action word by several methods: POST keeps it, the others get their verb in front (project_import_export.md:20, :49; tags.md:170, :202)', () => {
    expect(names(['GET', '/projects/:id/export'], ['POST', '/projects/:id/export']).names.map((n) => n.command)).toEqual(['project get-export', 'project export']);
    expect(names(['PUT', '/projects/:id/repository/tags/:tag_name/release'], ['POST', '/projects/:id/repository/tags/:tag_name/release']).names.map((n) => n.command))
      .toEqual(['project-repository-tag update-release', 'project-repository-tag release']);
  });

  it('C2 an item route keeps the name; the route without its parameter takes the plural, or list for a GET (runners.md:242, :484; current/members.md:150, :325)', () => {
    expect(names(['DELETE', '/runners'], ['DELETE', '/runners/:id']).names.map((n) => [n.command, n.operationId])).toEqual([['runners delete', 'deleteRunners'], ['runner delete', 'deleteRunner']]);
    expect(names(['POST', '/todos/mark_as_done'], ['POST', '/todos/:id/mark_as_done']).names.map((n) => n.command)).toEqual(['todos mark-as-done', 'todo mark-as-done']);
  });

  it('C3 anything else: the method, then a number, in path order, and reported', () => {
    const { names: got, collisions } = names(['PUT', '/a/:id'], ['PATCH', '/a/:id']);
    expect(got.map((n) => n.command)).toEqual(['a update', 'a update-patch']);
    expect(collisions).toEqual([{ rule: 'C3', index: 1, method: 'PATCH', path: '/a/:id', wanted: 'a update', name: 'a update-patch' }]);
  });

  it('names do not depend on the order of the routes', () => {
    const routes: [string, string][] = [['DELETE', '/runners'], ['DELETE', '/runners/:id'], ['GET', '/projects/:id/export'], ['POST', '/projects/:id/export'], ['PUT', '/a/:id'], ['PATCH', '/a/:id'], ['GET', '/issues']];
    const forward = names(...routes).names;
    const backward = names(...[...routes].reverse()).names.reverse();
    expect(backward).toEqual(forward);
  });
});

describe('every operation of the spec of docs-source', () => {
  const doc = loadSpec();
  const ops = operations(doc);
  const routes = ops.map(({ method, path }) => ({ method: method.toUpperCase(), path }));

  it('has a distinct command and a distinct operationId (case-insensitively), no C3 fallback needed', () => {
    expect(ops.length).toBeGreaterThan(500);
    const commands = ops.map((o) => o.operation['x-gitlab-command'] as string);
    const ids = ops.map((o) => (o.operation.operationId as string).toLowerCase());
    expect(new Set(commands).size).toBe(ops.length);
    expect(new Set(ids).size).toBe(ops.length);
    expect(nameRoutes(routes).collisions.filter((c) => c.rule === 'C3')).toEqual([]);
  });

  it('each name is derived from method and path alone: from the routes, and from its own route except the collisions listed', () => {
    const { names } = nameRoutes(routes);
    const alone: string[] = [];
    ops.forEach((o, i) => {
      expect(o.operation['x-gitlab-command']).toBe(names[i].command);
      expect(o.operation.operationId).toBe(names[i].operationId);
      if (nameRoute(o.method, o.path).command !== names[i].command) alone.push(`${o.method.toUpperCase()} ${o.path} ${names[i].command}`);
    });
    // The collisions of the 11.x docs, each read above from its page.
    expect(alone.sort()).toEqual([
      'DELETE /runners runners delete',
      'GET /projects/{id}/export project get-export',
      'GET /projects/{id}/import project get-import',
      'POST /todos/mark_as_done todos mark-as-done',
      'PUT /projects/{id}/repository/tags/{tag_name}/release project-repository-tag update-release',
    ]);
  });
});
