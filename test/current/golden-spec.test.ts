// Golden tests on the spec generated from the six GitLab 17.x pages in docs-versions/current.
// Every expectation was written by reading the page at the line in the comment (not copied from
// the pipeline's output): parameters with their location (path, query, body), type, Required and
// allowed values; response schemas typed by the response-attribute tables; the statuses the prose
// and the status tables state; and tier/offering as x-gitlab-tier / x-gitlab-offering.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../scripts/generate.js';
import { foreignParameters } from '../helpers/own-parameters.js';
import { brief, currentRun, op, operations, params, responseSchema, signature, statuses, type Operation } from './pipeline.js';

let run: GenerateResult;
beforeAll(async () => {
  run = await currentRun();
}, 120_000);

const get = (method: string, path: string): Operation => op(run.document, method, path);
const ALL_TIERS = ['Free', 'Premium', 'Ultimate'];
const HUGO_OFFERING = ['GitLab.com', 'GitLab Self-Managed', 'GitLab Dedicated'];
const ID = 'integer|string';
/** The properties of a response schema's object (its items' for an array). */
const fields = (schema: Record<string, any> | undefined): Record<string, any> => (schema?.type === 'array' ? schema.items : schema)?.properties ?? {};
/** The brief type without `null`: the examples show `null` where a value is not set yet (`closed_at` of an open MR). */
const nonNull = (schema: Record<string, any> | undefined) => brief(schema).replace('|null', '');
const checked = new Set<string>();
/** Marks an operation as checked by a golden test (at least 30 are required across the six pages). */
function golden(method: string, path: string): Operation {
  checked.add(`${method} ${path}`);
  return get(method, path);
}

describe('project_access_tokens.md (Hugo: title:, {{< details >}}, {{< history >}})', () => {
  it('list (line 28, no leading slash; table with no intro, `yes`/`No`, `datetime (ISO 8601)`)', () => {
    const o = golden('get', '/projects/{id}/access_tokens');
    expect(signature(o)).toEqual([
      `path id*: ${ID}`, 'query created_after: string(date-time)', 'query created_before: string(date-time)',
      'query expires_after: string(date)', 'query expires_before: string(date)', 'query last_used_after: string(date-time)',
      'query last_used_before: string(date-time)', 'query revoked: boolean', 'query search: string',
      'query sort: string{created_asc,created_desc,expires_asc,expires_desc,last_used_asc,last_used_desc,name_asc,name_desc}',
      'query state: string{active,inactive}',
    ]);
    expect(o['x-gitlab-tier']).toEqual(ALL_TIERS);
    expect(o['x-gitlab-offering']).toEqual(HUGO_OFFERING);
    // no status stated: a GET answers 200; the example (line 52) is an array of tokens
    expect(statuses(o)).toEqual([200]);
    expect(brief(fields(responseSchema(o, 200)).scopes)).toBe('string[]');
  });
  it('get (line 92, lower-case `required` header): token_id is an id or `self`', () => {
    expect(signature(golden('get', '/projects/{id}/access_tokens/{token_id}'))).toEqual([`path id*: ${ID}`, `path token_id*: ${ID}`]);
  });
  it('create (line 135): `Array[String]`, access_level values, and the history (line 128) is no parameter', () => {
    expect(signature(golden('post', '/projects/{id}/access_tokens'))).toEqual([
      `path id*: ${ID}`, 'body name*: string', 'body description: string', 'body scopes*: string[]',
      'body access_level: integer{10,15,20,30,40,50}', 'body expires_at*: string(date)',
    ]);
    expect(params(get('post', '/projects/{id}/access_tokens')).access_level.schema.default).toBe(40);
  });
  it('rotate (line 193): `200: OK` and the five other responses of the list (lines 231-240)', () => {
    const o = golden('post', '/projects/{id}/access_tokens/{token_id}/rotate');
    expect(statuses(o)).toEqual([200, 400, 401, 403, 404, 405]);
    expect(signature(o)).toEqual([`path id*: ${ID}`, `path token_id*: ${ID}`, 'body expires_at: string(date)']);
    expect(brief(fields(responseSchema(o, 200)).token)).toBe('string');
  });
  it('revoke (line 262): `204 No content`, 400, 404; token_id is an integer here', () => {
    const o = golden('delete', '/projects/{id}/access_tokens/{token_id}');
    expect(statuses(o)).toEqual([204, 400, 404]);
    expect(signature(o)).toEqual([`path id*: ${ID}`, 'path token_id*: integer']);
  });
});

describe('group_access_tokens.md (Hugo)', () => {
  it('list (line 28): four sort values', () => {
    expect(params(golden('get', '/groups/{id}/access_tokens')).sort.schema.enum).toEqual(['created_asc', 'created_desc', 'name_asc', 'name_desc']);
  });
  it('create (line 138): capitalised `String`/`Integer`, expires_at optional here (line 148)', () => {
    expect(signature(golden('post', '/groups/{id}/access_tokens'))).toEqual([
      `path id*: ${ID}`, 'body name*: string', 'body description: string', 'body scopes*: string[]',
      'body access_level: integer{10,15,20,30,40,50}', 'body expires_at: string(date)',
    ]);
  });
  it('rotate and revoke (lines 195, 264): statuses', () => {
    expect(statuses(golden('post', '/groups/{id}/access_tokens/{token_id}/rotate'))).toEqual([200, 400, 401, 403, 404, 405]);
    expect(statuses(golden('delete', '/groups/{id}/access_tokens/{token_id}'))).toEqual([204, 400, 404]);
  });
});

describe('milestones.md (Hugo, section-level details)', () => {
  it('list (line 24): `iids[]` as `integer array`, state values from "Return only `active` or `closed`"', () => {
    const o = golden('get', '/projects/{id}/milestones');
    const p = params(o);
    expect(p.state.schema.enum).toEqual(['active', 'closed']);
    expect(brief(p[Object.keys(p).find((n) => n.startsWith('iids'))!].schema)).toBe('integer[]');
    expect(p.updated_before).toMatchObject({ in: 'query', required: false, schema: { type: 'string', format: 'date-time' } });
    expect(o['x-gitlab-tier']).toEqual(ALL_TIERS);
  });
  it('create and update (lines 93, 111): title required only on create; "(close or activate)" (line 124) the values of state_event', () => {
    expect(signature(golden('post', '/projects/{id}/milestones'))).toEqual([
      `path id*: ${ID}`, 'body title*: string', 'body description: string', 'body due_date: string', 'body start_date: string',
    ]);
    expect(signature(golden('put', '/projects/{id}/milestones/{milestone_id}'))).toEqual([
      `path id*: ${ID}`, 'path milestone_id*: integer', 'body title: string', 'body description: string',
      'body due_date: string', 'body start_date: string', 'body state_event: string{close,activate}',
    ]);
  });
  it('get, delete, issues, merge requests, promote (lines 78-194): the id and milestone_id rows only', () => {
    for (const [method, path] of [
      ['get', '/projects/{id}/milestones/{milestone_id}'], ['delete', '/projects/{id}/milestones/{milestone_id}'],
      ['get', '/projects/{id}/milestones/{milestone_id}/issues'], ['get', '/projects/{id}/milestones/{milestone_id}/merge_requests'],
      ['post', '/projects/{id}/milestones/{milestone_id}/promote'],
    ]) expect(signature(golden(method, path)), `${method} ${path}`).toEqual([`path id*: ${ID}`, 'path milestone_id*: integer']);
  });
  it('burndown events (line 216): the section’s `{{< details >}}` (line 206) makes it Premium, Ultimate', () => {
    const o = golden('get', '/projects/{id}/milestones/{milestone_id}/burndown_events');
    expect(o['x-gitlab-tier']).toEqual(['Premium', 'Ultimate']);
    expect(o['x-gitlab-offering']).toEqual(HUGO_OFFERING);
  });
});

describe('merge_requests.md (description: front matter, H1, DETAILS:, > history)', () => {
  it('list (line 42, ten signature lines): Hash, integer array, values of scope/state/order_by', () => {
    const p = params(golden('get', '/merge_requests'));
    expect(p.not).toMatchObject({ in: 'query', schema: { type: 'object' } });
    // line 58: "`None` returns merge requests with no approvals. `Any` returns merge requests with an approval."
    expect(brief(p.approved_by_ids.schema)).toBe('integer[]|string{None,Any}');
    expect(p.scope.schema).toMatchObject({ enum: ['created_by_me', 'assigned_to_me', 'all'], default: 'created_by_me' });
    expect(p.state.schema.enum).toEqual(['all', 'opened', 'closed', 'locked', 'merged']);
    expect(p.order_by.schema.enum).toEqual(['created_at', 'title', 'merged_at', 'updated_at']);
    expect(p.in.schema.default).toBe('title,description');
  });
  it('list project MRs (line 232): response typed by the `[].` attribute table (lines 284-333), 200 from the prose', () => {
    const o = golden('get', '/projects/{id}/merge_requests');
    expect(statuses(o)).toEqual([200]);
    const schema = responseSchema(o, 200)!;
    expect(schema.type).toBe('array');
    const item = fields(schema);
    expect(nonNull(item.merged_by)).toBe('object');
    expect(nonNull(item.closed_at)).toBe('string(date-time)');
    expect(brief(item.squash_on_merge)).toBe('boolean');
    expect(brief(item.source_project_id)).toBe('integer');
    expect(item.merged_by.description).toMatch(/^User who merged this merge request or set it to auto-merge/);
    expect(brief(params(o)['iids[]']?.schema ?? params(o).iids?.schema)).toBe('integer[]');
  });
  it('list group MRs (line 483): `string array`, non_archived defaults to true', () => {
    const p = params(golden('get', '/groups/{id}/merge_requests'));
    // line 497: the same `None` and `Any` beside the array of names.
    expect(brief(p.approved_by_usernames.schema)).toBe('string[]|string{None,Any}');
    expect(p.non_archived.schema).toEqual({ type: 'boolean', default: true });
  });
  it('get single MR (line 665): response typed by the table under `### Response` (line 678)', () => {
    const o = golden('get', '/projects/{id}/merge_requests/{merge_request_iid}');
    expect(signature(o)).toEqual([
      `path id*: ${ID}`, 'path merge_request_iid*: integer', 'query include_diverged_commits_count: boolean',
      'query include_rebase_in_progress: boolean', 'query render_html: boolean',
    ]);
    const f = fields(responseSchema(o, 200));
    expect(brief(f.changes_count)).toBe('string');
    expect(nonNull(f.first_deployed_to_production_at)).toBe('string(date-time)');
    expect(brief(f.subscribed)).toBe('boolean');
    expect(nonNull(f.user)).toBe('object');
  });
  it('diffs (line 1890): 200 and its attributes (lines 1906-1916)', () => {
    const o = golden('get', '/projects/{id}/merge_requests/{merge_request_iid}/diffs');
    expect(statuses(o)).toEqual([200]);
    const f = fields(responseSchema(o, 200));
    expect(Object.fromEntries(['old_path', 'a_mode', 'new_file', 'generated_file'].map((n) => [n, brief(f[n])]))).toEqual({
      old_path: 'string', a_mode: 'string', new_file: 'boolean', generated_file: 'boolean',
    });
    expect(params(o).unidiff).toMatchObject({ in: 'query', schema: { type: 'boolean' } });
  });
  it('dependencies: delete (line 1372) 204/403, create (line 1401) 201/400/403/404/409', () => {
    expect(statuses(golden('delete', '/projects/{id}/merge_requests/{merge_request_iid}/blocks/{block_id}'))).toEqual([204, 403]);
    const create = golden('post', '/projects/{id}/merge_requests/{merge_request_iid}/blocks');
    expect(statuses(create)).toEqual([201, 400, 403, 404, 409]);
    expect(params(create).blocking_merge_request_id).toMatchObject({ required: true, schema: { type: 'integer' } });
  });
  it('changes (line 1752): deprecated by the WARNING: at line 1744', () => {
    expect(golden('get', '/projects/{id}/merge_requests/{merge_request_iid}/changes').deprecated).toBe(true);
  });
  it('create (line 2119): three required body attributes, `integer array`', () => {
    const p = params(golden('post', '/projects/{id}/merge_requests'));
    expect(Object.entries(p).filter(([, x]) => x.required).map(([n, x]) => `${x.in} ${n}`)).toEqual([
      'path id', 'body source_branch', 'body target_branch', 'body title',
    ]);
    // line 2138: "If set to `0` or left empty, no reviewers are added": the empty value beside the array.
    expect(p.reviewer_ids.schema).toMatchObject({ anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'string', enum: [''] }] });
    expect(p.merge_after).toMatchObject({ in: 'body', schema: { type: 'string' } });
  });
  it('one route, three methods (lines 665, 2276, 2451)', () => {
    const update = golden('put', '/projects/{id}/merge_requests/{merge_request_iid}');
    expect(Object.values(params(update)).filter((p) => p.in === 'body' && p.required)).toEqual([]);
    expect(params(update).state_event.schema.type).toBe('string');
    expect(signature(golden('delete', '/projects/{id}/merge_requests/{merge_request_iid}'))).toEqual([`path id*: ${ID}`, 'path merge_request_iid*: integer']);
  });
  it('status tables (`| HTTP Status | Message | Reason |`): merge (2488), merge_ref (2662), cancel (2692), rebase (2863)', () => {
    const merge = golden('put', '/projects/{id}/merge_requests/{merge_request_iid}/merge');
    expect(statuses(merge)).toEqual(expect.arrayContaining([401, 405, 409, 422]));
    expect(merge.responses['405'].description).toBe('The merge request cannot merge.');
    expect(statuses(golden('get', '/projects/{id}/merge_requests/{merge_request_iid}/merge_ref'))).toEqual([200, 400]);
    expect(statuses(golden('post', '/projects/{id}/merge_requests/{merge_request_iid}/cancel_merge_when_pipeline_succeeds'))).toEqual([201, 406]);
    const rebase = golden('put', '/projects/{id}/merge_requests/{merge_request_iid}/rebase');
    expect(statuses(rebase)).toEqual([202, 403, 409]);
    // "poll the [Get single MR](#get-single-mr) endpoint with the `include_rebase_in_progress` parameter" (line 2879)
    expect(signature(rebase)).toEqual([`path id*: ${ID}`, 'path merge_request_iid*: integer', 'body skip_ci: boolean']);
    expect(brief(fields(responseSchema(rebase, 202)).rebase_in_progress)).toBe('boolean');
  });
  it('subscribe (line 3156): `HTTP 304 Not Modified`', () => {
    expect(statuses(golden('post', '/projects/{id}/merge_requests/{merge_request_iid}/subscribe'))).toContain(304);
  });
  it('diff version (line 3671): `String` id, attributes typed by the table (lines 3686-3722)', () => {
    const o = golden('get', '/projects/{id}/merge_requests/{merge_request_iid}/versions/{version_id}');
    expect(signature(o)).toEqual(['path id*: string', 'path merge_request_iid*: integer', 'path version_id*: integer', 'query unidiff: boolean']);
    const f = fields(responseSchema(o, 200));
    expect(brief(f.base_commit_sha)).toBe('string');
    expect(brief(f.real_size)).toBe('string');
    expect(brief(f.diffs)).toBe('object[]');
    expect(brief(f.diffs.items.properties.renamed_file)).toBe('boolean');
  });
  it('time estimate (line 3812): duration required', () => {
    expect(signature(golden('post', '/projects/{id}/merge_requests/{merge_request_iid}/time_estimate'))).toEqual([
      `path id*: ${ID}`, 'path merge_request_iid*: integer', 'body duration*: string',
    ]);
  });
});

describe('groups.md (no title:, H1, DETAILS:, "Parameters:" with lower-case yes/no)', () => {
  it('list (line 48): `array of integers`, `<br>` in a cell, order_by values', () => {
    const p = params(golden('get', '/groups'));
    expect(brief(p.skip_groups.schema)).toBe('integer[]');
    expect(p.order_by.schema).toMatchObject({ enum: ['name', 'path', 'id', 'similarity'], default: 'name' });
    // line 38: "Include group statistics (administrators only).<br>*Note:* For top-level groups, ..."
    expect(p.statistics.description).toMatch(/^Include group statistics \(administrators only\)\.\n_Note:_ For top-level groups/);
  });
  it('subgroups (line 217): the table sits before the signature; `integer/string`', () => {
    const p = params(golden('get', '/groups/{id}/subgroups'));
    expect(p.id).toMatchObject({ in: 'path', required: true, schema: { type: ['integer', 'string'] } });
    expect(p.order_by.schema.enum).toEqual(['name', 'path', 'id']);
  });
  it('projects (line 390): `<sup>1</sup>` does not hide `similarity`', () => {
    const orderBy = params(golden('get', '/groups/{id}/projects')).order_by;
    expect(orderBy.description).not.toContain('<sup>');
    expect(orderBy.schema.enum).toEqual([
      'id', 'name', 'path', 'created_at', 'updated_at', 'similarity', 'star_count', 'last_activity_at',
    ]);
  });
  it('new group (line 1045): value table as enum, key table as the hash’s properties', () => {
    const p = params(golden('post', '/groups'));
    expect(Object.entries(p).filter(([, x]) => x.required).map(([n]) => n)).toEqual(['name', 'path']);
    expect(p.default_branch_protection.schema.enum).toEqual([0, 1, 2, 3, 4]);
    expect(p.enabled_git_access_protocol.schema.enum).toEqual(['ssh', 'http', 'all']);
    const defaults = p.default_branch_protection_defaults.schema;
    expect(defaults.type).toBe('object');
    expect(Object.keys(defaults.properties)).toEqual(['allowed_to_push', 'allow_force_push', 'allowed_to_merge', 'developer_can_initial_push']);
    expect(brief(defaults.properties.allow_force_push)).toBe('boolean');
    expect(p.allowed_to_push).toBeUndefined();
  });
  it('transfer project (line 1125, two spaces after POST)', () => {
    expect(signature(golden('post', '/groups/{id}/projects/{project_id}'))).toEqual([`path id*: ${ID}`, `path project_id*: ${ID}`]);
  });
  it('update (line 1220): the `shared_runners_setting` value table (line 1354); the FLAG: stays description', () => {
    const o = golden('put', '/groups/{id}');
    expect(params(o).shared_runners_setting.schema.enum).toEqual(['enabled', 'disabled_and_overridable', 'disabled_and_unoverridable', 'disabled_with_override']);
    expect(brief(params(o).unique_project_download_limit_allowlist.schema)).toBe('string[]');
    expect(o.description).toContain('limit_unique_project_downloads_per_namespace_user');
  });
  it('delete (line 1402): `202 Accepted`, `boolean/string`', () => {
    const o = golden('delete', '/groups/{id}');
    expect(statuses(o)).toContain(202);
    expect(params(o).permanently_remove).toMatchObject({ in: 'query', required: false });
    expect(brief(params(o).permanently_remove.schema)).toMatch(/boolean.*string|string.*boolean/);
  });
  it('group users (line 1548): `yes (see description)` is not required; Premium, Ultimate', () => {
    const o = golden('get', '/groups/{id}/users');
    expect(params(o).include_saml_users).toMatchObject({ in: 'query', required: false });
    expect(o['x-gitlab-tier']).toEqual(['Premium', 'Ultimate']);
    expect(statuses(o)).toEqual([200]);
  });
  it('LDAP sync (line 1786): a bullet-list parameter; Self-managed only', () => {
    const o = golden('post', '/groups/{id}/ldap_sync');
    expect(Object.keys(params(o))).toEqual(['id']);
    expect(params(o).id).toMatchObject({ in: 'path', required: true });
    expect(o['x-gitlab-tier']).toEqual(['Premium', 'Ultimate']);
    expect(o['x-gitlab-offering']).toEqual(['Self-managed']);
  });
  it('uploads (lines 1674, 1725): 200 and 204 from [`204`](rest/index.md#status-codes)', () => {
    expect(statuses(golden('get', '/groups/{id}/uploads/{upload_id}'))).toEqual([200]);
    expect(statuses(golden('delete', '/groups/{id}/uploads/{upload_id}'))).toEqual([204]);
  });
  it('revoke token (line 1882)', () => {
    const o = golden('post', '/groups/{id}/tokens/revoke');
    expect(signature(o)).toEqual([`path id*: ${ID}`, 'body token*: string']);
    expect(statuses(o)).toEqual([200]);
  });
});

describe('projects.md (title: in front matter, no H1, DETAILS:)', () => {
  it('get (line 64)', () => {
    const o = golden('get', '/projects/{id}');
    expect(signature(o)).toEqual([`path id*: ${ID}`, 'query license: boolean', 'query statistics: boolean', 'query with_custom_attributes: boolean']);
    expect(o['x-gitlab-tier']).toEqual(ALL_TIERS);
  });
  it('GET /projects, documented at lines 352 and 1175 ("Example attributes:"), is one operation; search stays optional', () => {
    const o = golden('get', '/projects');
    const p = params(o);
    expect(p.search.required).toBe(false);
    expect(p.visibility.schema.enum).toEqual(['public', 'internal', 'private']);
    expect(brief(p.marked_for_deletion_on.schema)).toBe('string(date)');
    expect(p.order_by.schema.enum.slice(0, 8)).toEqual(['id', 'name', 'path', 'created_at', 'updated_at', 'star_count', 'last_activity_at', 'similarity']);
  });
  it('list a project’s groups (line 1240): `array of integers`; invited groups (line 1326): `integer/string`, `array of strings`', () => {
    expect(brief(params(golden('get', '/projects/{id}/groups')).skip_groups.schema)).toBe('integer[]');
    const invited = params(golden('get', '/projects/{id}/invited_groups'));
    expect(brief(invited.id.schema)).toBe(ID);
    // line 1336: "Filter the groups by relation (direct or inherited)": the two values of the items.
    expect(brief(invited.relation.schema)).toBe('string{direct,inherited}[]');
  });
  it('create (line 1401, "Supported general project attributes:"): `Yes (if `path` isn’t provided)` is not required', () => {
    const p = params(golden('post', '/projects'));
    expect(p.name).toMatchObject({ in: 'body', required: false });
    expect(p.path).toMatchObject({ in: 'body', required: false });
    expect(p.squash_option.schema.enum).toEqual(['never', 'always', 'default_on', 'default_off']);
    expect(p.auto_devops_deploy_strategy.schema.enum).toEqual(['continuous', 'manual', 'timed_incremental']);
    expect(p.wiki_access_level).toMatchObject({ in: 'body', schema: { type: 'string' } });
  });
  it('edit (PUT /projects/:id at lines 1632 and 2346) is one operation with the roles values', () => {
    const p = params(golden('put', '/projects/{id}'));
    expect(p.ci_restrict_pipeline_cancellation_role.schema.enum).toEqual(['developer', 'maintainer', 'no_one']);
    expect(p.ci_pipeline_variables_minimum_override_role.schema.enum).toEqual(['owner', 'maintainer', 'developer', 'no_one_allowed']);
    expect(brief(p.container_expiration_policy_attributes.schema)).toBe('object');
    expect(p.id).toMatchObject({ in: 'path', required: true });
  });
  it('import members (line 1768): 200, `404 Project Not Found`, 422', () => {
    const o = golden('post', '/projects/{id}/import_project_members/{project_id}');
    expect(statuses(o)).toEqual([200, 404, 422]);
    // the 200 examples are fences indented in list items (line 1794)
    expect(brief(fields(responseSchema(o, 200)).status)).toBe('string');
    // line 1811: "When there is a system error (`404` and `422` HTTP status codes):" then `{ "message": "Import failed" }`
    expect(o.responses['422'].content['application/json'].example).toEqual({ message: 'Import failed' });
  });
  it('delete (line 2127): `boolean/string`, lower-case `no`', () => {
    const p = params(golden('delete', '/projects/{id}'));
    expect(p.permanently_remove).toMatchObject({ in: 'query', required: false });
    expect(p.full_path).toMatchObject({ in: 'query', required: false, schema: { type: 'string' } });
  });
  it('restore (line 2147): section DETAILS: Premium, Ultimate', () => {
    expect(golden('post', '/projects/{id}/restore')['x-gitlab-tier']).toEqual(['Premium', 'Ultimate']);
  });
  it('transfer (line 2164): namespace is an id', () => {
    expect(signature(golden('put', '/projects/{id}/transfer'))).toEqual([`path id*: ${ID}`, `body namespace*: ${ID}`]);
  });
  it('unshare (line 2437): "Returns `204` and no content"', () => {
    expect(statuses(golden('delete', '/projects/{id}/share/{group_id}'))).toEqual([204]);
  });
  it('security scan (line 2470): Ultimate, GitLab.com, Experiment', () => {
    const o = golden('post', '/projects/{id}/security_scans/sast/scan');
    expect(o['x-gitlab-tier']).toEqual(['Ultimate']);
    expect(o['x-gitlab-offering']).toEqual(['GitLab.com']);
    expect(o['x-gitlab-status']).toBe('Experiment');
    // the section before it states no status
    expect(get('post', '/projects/{id}/housekeeping')['x-gitlab-status']).toBeUndefined();
  });
});

describe('all six pages', () => {
  it('every operation carries x-gitlab-tier and x-gitlab-offering (each page states them at the top)', () => {
    const all = operations(run.document);
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(all.filter(({ operation }) => !operation['x-gitlab-tier']?.length || !operation['x-gitlab-offering']?.length).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });
  it('the golden tests above cover at least 30 operations on each of the six pages together', () => {
    expect(checked.size).toBeGreaterThanOrEqual(30);
    const pages = new Set([...checked].map((key) => {
      const [method, path] = key.split(' ');
      return get(method, path)['x-source'].file;
    }));
    expect([...pages].sort()).toEqual(['group_access_tokens.md', 'groups.md', 'merge_requests.md', 'milestones.md', 'project_access_tokens.md', 'projects.md']);
  });
});

// The request side on the GitLab 18.x pages (issue: request fidelity), read at the lines named.
describe('request fidelity on the current pages', () => {
  const ROLES = [0, 5, 10, 15, 20, 30, 40, 50, 60];
  it('emoji_reactions.md:57, :171: one row names three routes\' path parameters; each route keeps its own', () => {
    for (const [path, own] of [['/projects/{id}/issues/{issue_iid}/award_emoji', 'issue_iid'], ['/projects/{id}/merge_requests/{merge_request_iid}/award_emoji', 'merge_request_iid'], ['/projects/{id}/snippets/{snippet_id}/award_emoji', 'snippet_id']]) {
      expect(signature(get('get', path))).toEqual([`path id*: ${ID}`, `path ${own}*: integer`]);
      expect(signature(get('post', path))).toEqual([`path id*: ${ID}`, `path ${own}*: integer`, 'body name*: string']);
    }
  });
  it('no operation of the 18 pages has a parameter of another route', () => {
    expect(foreignParameters(run.document)).toEqual([]);
  });
  it('groups.md:1055 `avatar` `mixed`, "Image file for avatar of the group": a binary in a multipart body, beside JSON without it', () => {
    const body = get('post', '/groups').requestBody.content;
    expect(Object.keys(body)).toEqual(['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
    expect(body['multipart/form-data'].schema.properties.avatar).toMatchObject({ type: 'string', format: 'binary', 'x-gitlab-type-inferred': true });
    expect(body['application/json'].schema.properties.avatar).toBeUndefined();
    // projects.md:1648 the same on Edit a project.
    expect(get('put', '/projects/{id}').requestBody.content['multipart/form-data'].schema.properties.avatar).toMatchObject({ type: 'string', format: 'binary' });
  });
  it('merge_requests.md:2297 "New state (close/reopen)."; :2286 the empty value to unassign', () => {
    const p = params(get('put', '/projects/{id}/merge_requests/{merge_request_iid}'));
    expect(brief(p.state_event.schema)).toBe('string{close,reopen}');
    expect(p.assignee_id.schema).toMatchObject({ anyOf: [{ type: 'integer' }, { type: 'string', enum: [''] }] });
  });
  it('merge_requests.md:61 `None`/`Any` beside the assignee id', () => {
    expect(brief(params(get('get', '/merge_requests')).assignee_id.schema)).toBe('integer|string{None,Any}');
  });
  it('events.md:40 "[target type](#target-type)": the list at events.md:392', () => {
    expect(brief(params(get('get', '/events')).target_type.schema)).toBe('string{epic,issue,merge_request,milestone,note,project,snippet,user}');
  });
  it('groups.md:42 "[role (`access_level`)](members.md#roles)": the roles listed at members.md:22', () => {
    expect(params(get('get', '/groups')).min_access_level.schema.enum).toEqual(ROLES);
  });
  it('members.md:666 `access_level` on the page whose Roles section (line 17) names `access_level`', () => {
    expect(params(get('post', '/projects/{id}/members')).access_level.schema.enum).toEqual(ROLES);
  });
  it('labels.md:179 "or `null` to remove the priority"', () => {
    expect(params(get('post', '/projects/{id}/labels')).priority.schema).toMatchObject({ anyOf: [{ type: 'integer' }, { type: 'null' }] });
  });
  it('groups.md:1231 default_branch_protection on update: the values of the table at groups.md:1083 ("Options for `default_branch_protection`")', () => {
    expect(params(get('put', '/groups/{id}')).default_branch_protection.schema.enum).toEqual([0, 1, 2, 3, 4]);
  });
});
