// Golden tests on the six GitLab 17.x pages in docs-versions/current/. Every
// expectation below was written by reading the page at the line given in the comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint, PageResult, TypeRef } from '../../scripts/model.js';
import { parsePage } from '../../scripts/parse/index.js';

const ROOT = join(import.meta.dirname, '../../docs-versions/current');
const FILES = ['group_access_tokens.md', 'groups.md', 'merge_requests.md', 'milestones.md', 'project_access_tokens.md', 'projects.md'];

let results: Map<string, PageResult>;
let texts: Map<string, string>;
beforeAll(() => {
  texts = new Map(FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
  results = new Map(FILES.map((f) => [f, parsePage(f, texts.get(f)!)]));
});

function endpoint(file: string, method: string, path: string, heading?: string): Endpoint {
  const found = results.get(file)!.page.endpoints.filter((e) => e.method === method && e.path === path && (!heading || e.heading === heading));
  expect(found, `${file}: ${method} ${path} ${heading ?? ''}`).toHaveLength(1);
  return found[0];
}
/** `name:type` with `*` for required and `{a,b}` for an enum: a compact, readable expectation. */
function brief(type: TypeRef): string {
  if (type.kind === 'array') return `${brief(type.items)}[]`;
  if (type.kind === 'union') return type.of.map(brief).join('|');
  return type.kind;
}
function params(e: Endpoint): string[] {
  return e.parameters.map((p) => `${p.name}${p.required ? '*' : ''}:${brief(p.type)}${p.enum ? `{${p.enum.join(',')}}` : ''}`);
}
const statuses = (e: Endpoint) => e.responses.map((r) => r.status ?? 'none');
const attributes = (e: Endpoint) => e.responses.flatMap((r) => r.attributes.map((a) => a.name));

describe('project_access_tokens.md (Hugo format)', () => {
  it('reads title, availability and five endpoints', () => {
    const { page } = results.get('project_access_tokens.md')!;
    expect(page.title).toBe('Project access tokens');
    expect(page.availability).toEqual({ tier: ['Free', 'Premium', 'Ultimate'], offering: ['GitLab.com', 'GitLab Self-Managed', 'GitLab Dedicated'] });
    expect(page.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /projects/:id/access_tokens',
      'GET /projects/:id/access_tokens/:token_id',
      'POST /projects/:id/access_tokens',
      'POST /projects/:id/access_tokens/:token_id/rotate',
      'DELETE /projects/:id/access_tokens/:token_id',
    ]);
  });

  it('list (line 28: no leading slash, a query variant; table with no intro, Yes/No mixed)', () => {
    const e = endpoint('project_access_tokens.md', 'GET', '/projects/:id/access_tokens');
    expect(e.source.line).toBe(28);
    expect(e.queryExamples).toEqual(['state=inactive']);
    expect(params(e)).toEqual([
      'id*:id', 'created_after:datetime', 'created_before:datetime', 'expires_after:date', 'expires_before:date',
      'last_used_after:datetime', 'last_used_before:datetime', 'revoked:boolean', 'search:string',
      'sort:string{created_asc,created_desc,expires_asc,expires_desc,last_used_asc,last_used_desc,name_asc,name_desc}',
      'state:string{active,inactive}',
    ]);
    expect(e.description).toBe('Lists all project access tokens for a specified project.');
    expect(e.responses[0].examples[0].value).toHaveLength(2);
  });

  it('get (line 92: lower-case `required` header)', () => {
    expect(params(endpoint('project_access_tokens.md', 'GET', '/projects/:id/access_tokens/:token_id'))).toEqual(['id*:id', 'token_id*:id']);
  });

  it('create (line 135): history is not a parameter; access_level values', () => {
    const e = endpoint('project_access_tokens.md', 'POST', '/projects/:id/access_tokens');
    expect(e.parameters.map((p) => p.name)).toEqual(['id', 'name', 'description', 'scopes', 'access_level', 'expires_at']);
    expect(e.parameters.find((p) => p.name === 'access_level')?.enum).toEqual(['10', '15', '20', '30', '40', '50']);
    expect(e.description).not.toContain('introduced');
  });

  it('rotate (line 193): statuses from "If successful, returns `200: OK`" and the list of other responses', () => {
    const e = endpoint('project_access_tokens.md', 'POST', '/projects/:id/access_tokens/:token_id/rotate');
    expect(statuses(e)).toEqual([200, 400, 401, 403, 404, 405]);
    expect(e.responses[0].examples[0].value).toMatchObject({ id: 42, name: 'Rotated Token', token: 's3cr3t' });
    expect(params(e)).toEqual(['id*:id', 'token_id*:id', 'expires_at:date']);
  });

  it('revoke (line 262): 204 and the error statuses', () => {
    const e = endpoint('project_access_tokens.md', 'DELETE', '/projects/:id/access_tokens/:token_id');
    expect(statuses(e)).toEqual([204, 400, 404]);
    expect(params(e)).toEqual(['id*:id', 'token_id*:integer']);
  });
});

describe('group_access_tokens.md (Hugo format)', () => {
  it('list (line 28) with its query variant', () => {
    const e = endpoint('group_access_tokens.md', 'GET', '/groups/:id/access_tokens');
    expect(e.queryExamples).toEqual(['state=inactive']);
    expect(e.parameters.find((p) => p.name === 'state')?.enum).toEqual(['active', 'inactive']);
  });
  it('get (line 92)', () => {
    expect(params(endpoint('group_access_tokens.md', 'GET', '/groups/:id/access_tokens/:token_id'))).toEqual(['id*:id', 'token_id*:id']);
  });
  it('create (line 138): `String`, `Array[String]`, `Integer` spellings', () => {
    const e = endpoint('group_access_tokens.md', 'POST', '/groups/:id/access_tokens');
    expect(params(e)).toEqual(['id*:id', 'name*:string', 'description:string', 'scopes*:string[]', 'access_level:integer{10,15,20,30,40,50}', 'expires_at:date']);
    expect(e.responses[0].examples[0].value).toMatchObject({ id: 58, token: 'D4y...Wzr' });
  });
  it('rotate (line 195)', () => {
    expect(statuses(endpoint('group_access_tokens.md', 'POST', '/groups/:id/access_tokens/:token_id/rotate'))).toEqual([200, 400, 401, 403, 404, 405]);
  });
  it('revoke (line 264): `204 No content`', () => {
    expect(statuses(endpoint('group_access_tokens.md', 'DELETE', '/groups/:id/access_tokens/:token_id'))).toEqual([204, 400, 404]);
  });
});

describe('milestones.md (Hugo format, section-level details)', () => {
  it('has nine endpoints', () => {
    expect(results.get('milestones.md')!.page.endpoints).toHaveLength(9);
  });
  it('list (line 24): eight query variants, `iids[]`, state values', () => {
    const e = endpoint('milestones.md', 'GET', '/projects/:id/milestones');
    expect(e.queryExamples).toHaveLength(8);
    expect(params(e).slice(0, 3)).toEqual(['id*:id', 'iids[]:integer[]', 'state:string{active,closed}']);
    expect(params(e)).toContain('updated_before:datetime');
  });
  it('create and update (lines 93, 111)', () => {
    expect(params(endpoint('milestones.md', 'POST', '/projects/:id/milestones'))).toEqual(['id*:id', 'title*:string', 'description:string', 'due_date:string', 'start_date:string']);
    const update = endpoint('milestones.md', 'PUT', '/projects/:id/milestones/:milestone_id');
    expect(update.parameters.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['id*', 'milestone_id*', 'title', 'description', 'due_date', 'start_date', 'state_event']);
  });
  it('get, delete, issues, merge requests, promote (lines 78-194)', () => {
    for (const [method, path] of [
      ['GET', '/projects/:id/milestones/:milestone_id'],
      ['DELETE', '/projects/:id/milestones/:milestone_id'],
      ['GET', '/projects/:id/milestones/:milestone_id/issues'],
      ['GET', '/projects/:id/milestones/:milestone_id/merge_requests'],
      ['POST', '/projects/:id/milestones/:milestone_id/promote'],
    ]) {
      expect(params(endpoint('milestones.md', method, path))).toEqual(['id*:id', 'milestone_id*:integer']);
    }
  });
  it('burndown events (line 216): section-level Premium, Ultimate over the page-level tiers', () => {
    const e = endpoint('milestones.md', 'GET', '/projects/:id/milestones/:milestone_id/burndown_events');
    expect(e.availability?.tier).toEqual(['Premium', 'Ultimate']);
    expect(endpoint('milestones.md', 'GET', '/projects/:id/milestones').availability?.tier).toEqual(['Free', 'Premium', 'Ultimate']);
  });
});

describe('merge_requests.md (legacy DETAILS: and > history)', () => {
  it('reads the H1 title and the description front matter', () => {
    const { page } = results.get('merge_requests.md')!;
    expect(page.title).toBe('Merge requests');
    expect(page.metadata.description).toBe('Documentation for the REST API for merge requests in GitLab.');
    expect(page.description).toBe('All API calls to non-public information require authentication.');
  });
  it('list (line 42): ten signature lines, one route', () => {
    const e = endpoint('merge_requests.md', 'GET', '/merge_requests');
    expect(e.queryExamples).toHaveLength(9);
    expect(params(e)).toContain('not:object');
    expect(params(e)).toContain('approved_by_ids:integer[]');
  });
  it('list project MRs (line 232): `iids[]`, 200 with `[].` response attributes', () => {
    const e = endpoint('merge_requests.md', 'GET', '/projects/:id/merge_requests');
    expect(params(e)).toContain('iids[]:integer[]');
    expect(statuses(e)).toEqual([200]);
    expect(attributes(e)).toEqual(expect.arrayContaining(['[].id', '[].iid', '[].merged_by', '[].squash']));
    expect(e.parameters.map((p) => p.name)).not.toContain('[].merged_by');
  });
  it('get single MR (line 665): attributes under a bare `### Response` heading', () => {
    const e = endpoint('merge_requests.md', 'GET', '/projects/:id/merge_requests/:merge_request_iid');
    expect(params(e)).toEqual(['id*:id', 'merge_request_iid*:integer', 'include_diverged_commits_count:boolean', 'include_rebase_in_progress:boolean', 'render_html:boolean']);
    expect(attributes(e)).toEqual(expect.arrayContaining(['approvals_before_merge', 'assignee', 'changes_count', 'diff_refs']));
  });
  it('commits (line 1029): `commits[].id` attributes at 200', () => {
    const e = endpoint('merge_requests.md', 'GET', '/projects/:id/merge_requests/:merge_request_iid/commits');
    expect(statuses(e)).toEqual([200]);
    expect(attributes(e).slice(0, 3)).toEqual(['commits', 'commits[].id', 'commits[].short_id']);
  });
  it('one route, three methods in three sections (lines 665, 2276, 2451)', () => {
    const route = '/projects/:id/merge_requests/:merge_request_iid';
    expect(results.get('merge_requests.md')!.page.endpoints.filter((e) => e.path === route).map((e) => [e.method, e.source.line])).toEqual([
      ['GET', 665], ['PUT', 2276], ['DELETE', 2451],
    ]);
    expect(params(endpoint('merge_requests.md', 'DELETE', route))).toEqual(['id*:id', 'merge_request_iid*:integer']);
  });
  it('status tables (line 2488 `| HTTP Status | Message | Reason |`): one response per status, never parameters', () => {
    const merge = endpoint('merge_requests.md', 'PUT', '/projects/:id/merge_requests/:merge_request_iid/merge');
    expect(merge.responses.filter((r) => r.status !== undefined).map((r) => [r.status, r.source.line, r.description])).toEqual([
      [401, 2490, 'This user does not have permission to accept this merge request.'],
      [405, 2491, 'The merge request cannot merge.'],
      [409, 2492, 'The provided `sha` parameter does not match the HEAD of the source.'],
      [422, 2493, 'The merge request failed to merge.'],
    ]);
    expect(merge.parameters.map((p) => p.source.line).filter((line) => line >= 2488 && line <= 2493)).toEqual([]);
    expect(statuses(endpoint('merge_requests.md', 'PUT', '/projects/:id/merge_requests/:merge_request_iid/rebase'))).toEqual([202, 403, 409]);
  });
  it('rebase (line 2879): the parameter of the endpoint the prose links to is not the rebase’s', () => {
    expect(params(endpoint('merge_requests.md', 'PUT', '/projects/:id/merge_requests/:merge_request_iid/rebase'))).toEqual([
      'id*:id', 'merge_request_iid*:integer', 'skip_ci:boolean',
    ]);
  });
  it('changes (line 1752): deprecated by a WARNING: note', () => {
    expect(endpoint('merge_requests.md', 'GET', '/projects/:id/merge_requests/:merge_request_iid/changes').deprecated).toBe(true);
    expect(endpoint('merge_requests.md', 'GET', '/projects/:id/merge_requests/:merge_request_iid/diffs').deprecated).toBe(false);
  });
});

describe('groups.md (oldest legacy format)', () => {
  it('list (line 48): signature blocks spread over the section', () => {
    expect(endpoint('groups.md', 'GET', '/groups', 'List groups').queryExamples).toEqual([
      'statistics=true', 'custom_attributes[key]=value&custom_attributes[other_key]=other_value',
    ]);
  });
  it('new group (line 1045): value table as enum, key table as sub-keys', () => {
    const e = endpoint('groups.md', 'POST', '/groups');
    expect(params(e).slice(0, 2)).toEqual(['name*:string', 'path*:string']);
    expect(e.parameters.find((p) => p.name === 'default_branch_protection')?.enum).toEqual(['0', '1', '2', '3', '4']);
    expect(e.parameterKeys?.default_branch_protection_defaults?.map((p) => p.name)).toEqual([
      'allowed_to_push', 'allow_force_push', 'allowed_to_merge', 'developer_can_initial_push',
    ]);
    expect(e.parameters.map((p) => p.name)).not.toContain('allowed_to_push');
  });
  it('transfer project (line 1125): two spaces after the method', () => {
    expect(params(endpoint('groups.md', 'POST', '/groups/:id/projects/:project_id'))).toEqual(['id*:id', 'project_id*:id']);
  });
  it('delete group (line 1402): 202 from the prose', () => {
    expect(statuses(endpoint('groups.md', 'DELETE', '/groups/:id'))).toContain(202);
  });
  it('LDAP sync (line 1786): a bullet-list parameter, Premium section', () => {
    const e = endpoint('groups.md', 'POST', '/groups/:id/ldap_sync');
    expect(e.parameters.map((p) => [p.name, p.required, p.form])).toEqual([['id', true, 'list']]);
    expect(e.availability?.tier).toEqual(['Premium', 'Ultimate']);
  });
  it('uploads (line 1725): `204` stated in the prose', () => {
    expect(statuses(endpoint('groups.md', 'DELETE', '/groups/:id/uploads/:upload_id'))).toEqual([204]);
  });
});

describe('projects.md (transitional: title: in front matter, DETAILS:)', () => {
  it('reads the front matter title and the page-level availability', () => {
    const { page } = results.get('projects.md')!;
    expect(page.title).toBe('Projects');
    expect(page.availability?.tier).toEqual(['Free', 'Premium', 'Ultimate']);
    expect(page.description).toMatch(/^The Projects API provides programmatic access/);
  });
  it('GET /projects documented twice (lines 352, 1175)', () => {
    const search = endpoint('projects.md', 'GET', '/projects', 'Search for projects by name');
    expect(params(search)).toEqual(['search*:string', 'order_by:string{id,name,created_at,star_count,last_activity_at}', 'sort:string{asc,desc}']);
    expect(endpoint('projects.md', 'GET', '/projects', 'List all projects').headingPath).toEqual(['List projects', 'List all projects']);
  });
  it('PUT /projects/:id documented twice (lines 1632, 2346)', () => {
    expect(endpoint('projects.md', 'PUT', '/projects/:id', 'Edit a project').source.line).toBe(1632);
    const avatar = endpoint('projects.md', 'PUT', '/projects/:id', 'Upload a project avatar');
    expect(avatar.parameters.slice(0, 2).map((p) => [p.name, p.required])).toEqual([['avatar', true], ['id', true]]);
  });
  it('create (line 1401): Required in prose is not required', () => {
    const e = endpoint('projects.md', 'POST', '/projects');
    const name = e.parameters.find((p) => p.name === 'name');
    expect(name?.required).toBe(false);
    expect(name?.requiredNote).toMatch(/path/);
  });
  it('import members (line 1768): statuses from a list, example of a list-item caption', () => {
    const e = endpoint('projects.md', 'POST', '/projects/:id/import_project_members/:project_id');
    expect(statuses(e)).toEqual([200, 404, 422]);
    expect(e.responses.find((r) => r.status === 200)?.examples.map((x) => x.value)).toEqual(expect.arrayContaining([{ status: 'success' }]));
    // "(`404` and `422` HTTP status codes)" (line 1811): the example illustrates both
    expect(e.responses.find((r) => r.status === 422)?.examples.map((x) => x.value)).toEqual([{ message: 'Import failed' }]);
    expect(e.responses.find((r) => r.status === 404)?.examples.map((x) => x.value)).toEqual([{ message: 'Import failed' }]);
  });
  it('security scan (line 2480): Ultimate only', () => {
    expect(endpoint('projects.md', 'POST', '/projects/:id/security_scans/sast/scan').availability?.tier).toEqual(['Ultimate']);
  });
});

describe('all six pages', () => {
  it('have at least 30 endpoints among those checked above, and 100 in all', () => {
    expect([...results.values()].reduce((n, r) => n + r.page.endpoints.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('never read a response-attribute row or a value-table row as a request parameter', () => {
    // Row lines of tables that are not request parameters, found by reading the text directly:
    // `| Value | ... |` tables, and `| Attribute | Type | Description |` tables without a Required
    // column after "response attributes" or under a `Response` heading.
    let rows = 0;
    for (const [file, text] of texts) {
      const lines = text.split('\n');
      const forbidden = new Set<number>();
      for (let i = 0; i < lines.length; i++) {
        if (!/^\|/.test(lines[i]) || (i > 0 && /^\|/.test(lines[i - 1]))) continue;
        const header = lines[i].toLowerCase();
        const before = lines.slice(Math.max(0, i - 4), i).join(' ').toLowerCase();
        const isValues = /^\|\s*value\s*\|/.test(header);
        const isResponse = !header.includes('required') && /^\|\s*attribute\s*\|/.test(header) && /response attributes|#+ response\b/.test(before);
        if (!isValues && !isResponse) continue;
        for (let j = i + 2; j < lines.length && /^\|/.test(lines[j]); j++) forbidden.add(j + 1);
      }
      rows += forbidden.size;
      const offending = results.get(file)!.page.endpoints.flatMap((e) => e.parameters.filter((p) => forbidden.has(p.source.line)).map((p) => `${file}:${p.source.line} ${p.name}`));
      expect(offending).toEqual([]);
    }
    expect(rows).toBeGreaterThan(200);
  });
});
