import { describe, expect, it } from 'vitest';
import { mergeEndpoints, pathParameterNames, toOpenAPIPath } from '../../scripts/openapi/merge-endpoints.js';
import { createContext } from '../../scripts/openapi/context.js';
import { endpoint, param, T } from './fixtures.js';

describe('toOpenAPIPath', () => {
  it.each([
    ['/projects/:id/issues/:issue_iid', '/projects/{id}/issues/{issue_iid}'],
    ['/projects/:id/jobs/:job_id/artifacts/*artifact_path', '/projects/{id}/jobs/{job_id}/artifacts/{artifact_path}'],
    ['/version', '/version'],
  ])('%s', (given, want) => expect(toOpenAPIPath(given)).toBe(want));
});

describe('pathParameterNames', () => {
  it.each<[string, string[]]>([
    ['/projects/:id/issues/:issue_iid', ['id', 'issue_iid']],
    ['/projects/:id/jobs/:job_id/artifacts/*artifact_path', ['id', 'job_id', 'artifact_path']],
    ['/version', []],
  ])('%s', (given, want) => {
    expect(pathParameterNames(given)).toEqual(want);
    // The same answer when asked again (the pattern is shared between calls).
    expect(pathParameterNames(given)).toEqual(want);
  });
});

describe('mergeEndpoints', () => {
  it('one method+path in two sections: one endpoint, parameters united, a diagnostic at each place', () => {
    const ctx = createContext();
    const forUsers = endpoint('GET /users', { heading: 'List users', source: { file: 'users.md', line: 10 },
      parameters: [param('username', T.string, { description: 'Get a single user with a specific username' }), param('active', T.boolean)] });
    const forAdmins = endpoint('GET /users', { heading: 'For admins', source: { file: 'users.md', line: 60 },
      parameters: [param('username', T.string, { description: 'Other words' }), param('extern_uid', T.string), param('provider', T.string)] });
    const [merged, ...rest] = mergeEndpoints([forUsers, forAdmins], ctx);
    expect(rest).toEqual([]);
    expect(merged.endpoint.parameters.map((p) => p.name)).toEqual(['username', 'active', 'extern_uid', 'provider']);
    // Each parameter described where it was first documented.
    expect(merged.endpoint.parameters[0].description).toBe('Get a single user with a specific username');
    expect(merged.places).toEqual([{ file: 'users.md', line: 10 }, { file: 'users.md', line: 60 }]);
    expect(ctx.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['duplicate-endpoint', 10], ['duplicate-endpoint', 60]]);
    expect(ctx.diagnostics[0].reason).toContain('users.md:10, users.md:60');
    expect(merged.endpoint.description).toContain('For admins');
  });

  it('a route documented in many places: each diagnostic names the first ten and counts the rest', () => {
    const ctx = createContext();
    const copies = Array.from({ length: 12 }, (_, i) => endpoint('GET /users', { source: { file: 'users.md', line: 10 * (i + 1) } }));
    expect(mergeEndpoints(copies, ctx)).toHaveLength(1);
    expect(ctx.diagnostics.map((d) => d.line)).toEqual(copies.map((e) => e.source.line));
    const first10 = Array.from({ length: 10 }, (_, i) => `users.md:${10 * (i + 1)}`).join(', ');
    for (const d of ctx.diagnostics) expect(d.reason).toBe(`\`GET /users\` is documented in several places (${first10} and 2 more); merged into one operation`);
  });

  it('a parameter required in only one of the sections is optional in the union', () => {
    const a = endpoint('POST /x', { parameters: [param('name', T.string, { required: true }), param('only_a', T.string, { required: true })] });
    const b = endpoint('POST /x', { parameters: [param('name', T.string, { required: true })] });
    const [merged] = mergeEndpoints([a, b], createContext());
    expect(merged.endpoint.parameters.map((p) => [p.name, p.required])).toEqual([['name', true], ['only_a', false]]);
  });

  it('three sections: required where each requires it, a name twice in one section counted once for it', () => {
    const a = endpoint('POST /x', { parameters: [param('name', T.string, { required: true }), param('two', T.string, { required: true }), param('two', T.string, { required: true })] });
    const b = endpoint('POST /x', { parameters: [param('name', T.string, { required: true }), param('two', T.string, { required: true })] });
    const c = endpoint('POST /x', { parameters: [param('name', T.string, { required: true }), param('two', T.string), param('late', T.string, { required: true })] });
    const [merged] = mergeEndpoints([a, b, c], createContext());
    // `two` is required in two sections of three (twice in the first): optional; `late` in one only.
    expect(merged.endpoint.parameters.map((p) => [p.name, p.required])).toEqual([['name', true], ['two', false], ['late', false]]);
  });

  it('a path parameter the first section has no row for takes a later row, required', () => {
    const a = endpoint('PUT /x/:id', { parameters: [param('id', T.string, { form: 'path' })] });
    const b = endpoint('PUT /x/:id', { parameters: [param('id', T.integer, { description: 'The ID' })] });
    const [merged] = mergeEndpoints([a, b], createContext());
    expect(merged.endpoint.parameters.map((p) => [p.name, p.type.kind, p.required, p.description])).toEqual([['id', 'integer', true, 'The ID']]);
  });

  it('the same route with other parameter names is renamed to the first spelling', () => {
    const ctx = createContext();
    const get = endpoint('GET /projects/:id/issues/:issue_iid');
    const put = endpoint('PUT /projects/:id/issues/:iid', { parameters: [param('iid', T.integer, { required: true })] });
    const [, second] = mergeEndpoints([get, put], ctx);
    expect(second.endpoint.path).toBe('/projects/:id/issues/:issue_iid');
    expect(second.endpoint.parameters[0].name).toBe('issue_iid');
    expect(ctx.diagnostics.map((d) => d.ruleId)).toEqual(['path-parameter-name-mismatch']);
  });

  it('different methods on one path stay separate, without diagnostics', () => {
    const ctx = createContext();
    expect(mergeEndpoints([endpoint('GET /a'), endpoint('POST /a'), endpoint('GET /b')], ctx)).toHaveLength(3);
    expect(ctx.diagnostics).toEqual([]);
  });
});
