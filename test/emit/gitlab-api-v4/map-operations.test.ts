// mapOperations: a method's operation is the spec's with the same HTTP method and route, placeholders
// compared by position only; an argument may pick among literal segments; the rest is listed.
import { describe, expect, it } from 'vitest';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { mapOperations, routeKey } from '../../../scripts/emit/gitlab-api-v4/map-operations.js';
import { methodOf, specOf, tableOf } from './fixtures.js';

const map = (spec: any, ...methods: ReturnType<typeof methodOf>[]) => mapOperations(tableOf(...methods), buildCommandTable(spec));

describe('routeKey', () => {
  it.each([
    ['POST', 'projects/:project_id/issues', 'POST projects/{}/issues'],
    ['post', '/projects/{id}/issues', 'POST projects/{}/issues'],
    ['GET', 'projects/:project_id/repository/files/:file_path/raw', 'GET projects/{}/repository/files/{}/raw'],
    // a segment that only holds a placeholder is one; text around it keeps it literal
    ['GET', '/projects/{id}/snippets/{snippet_id}.json', 'GET projects/{}/snippets/{snippet_id}.json'],
  ])('%s %s -> %s', (verb, route, want) => {
    expect(routeKey(verb, route)).toBe(want);
  });
});

describe('mapOperations', () => {
  it('maps by method and route, placeholders compared by position, whatever their names', () => {
    const m = map(specOf({ op: 'POST /projects/{id}/issues' }, { op: 'GET /projects/{id}/issues' }), methodOf('create_issue', 'POST projects/:project_id/issues', 'content'));
    expect(m.mapped.map((x) => [x.method.name, x.operations.map((o) => `${o.operation.method} ${o.operation.path}`)])).toEqual([['create_issue', ['POST /projects/{id}/issues']]]);
    expect(m.withoutMethod.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /projects/{id}/issues']);
  });

  it('a method with no operation, or an HTTP method that differs, is listed, not guessed', () => {
    const m = map(specOf({ op: 'GET /projects/{id}/issues' }), methodOf('create_issue', 'POST projects/:project_id/issues'), methodOf('releases', 'GET projects/:project_id/releases'));
    expect(m.mapped).toEqual([]);
    expect(m.withoutOperation.map((x) => x.name)).toEqual(['create_issue', 'releases']);
  });

  it('an argument picks the operation where the spec has literals in place of its placeholder', () => {
    const spec = specOf({ op: 'PUT /projects/{id}/services/slack' }, { op: 'PUT /projects/{id}/services/jira' }, { op: 'GET /projects/{id}/services/jira' });
    const m = map(spec, methodOf('edit_project_service', 'PUT projects/:project_id/services/:service_name', 'content'));
    expect(m.mapped).toHaveLength(1);
    expect(m.mapped[0].selector).toBe(1);
    expect(m.mapped[0].operations.map((o) => [o.value, o.operation.path])).toEqual([['slack', '/projects/{id}/services/slack'], ['jira', '/projects/{id}/services/jira']]);
    expect(m.withoutMethod.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /projects/{id}/services/jira']);
  });

  it('an exact match wins over literals; two paths equal up to placeholder names are ambiguous', () => {
    const exact = map(specOf({ op: 'GET /projects/{id}/services/{name}' }, { op: 'GET /projects/{id}/services/jira' }), methodOf('project_service', 'GET projects/:project_id/services/:service_name'));
    expect(exact.mapped[0].operations.map((o) => o.operation.path)).toEqual(['/projects/{id}/services/{name}']);
    const twice = map(specOf({ op: 'GET /things/{a}' }, { op: 'GET /things/{b}' }), methodOf('thing', 'GET things/:thing_id'));
    expect(twice.ambiguous.map((a) => [a.method.name, a.operations.map((o) => o.path)])).toEqual([['thing', ['/things/{a}', '/things/{b}']]]);
    expect(twice.mapped).toEqual([]);
  });

  it('literals in two placeholders, or a module literal where the spec has a placeholder, map to nothing', () => {
    const m = map(specOf({ op: 'GET /a/x/b/y' }, { op: 'GET /users/{id}/status' }), methodOf('ab', 'GET a/:p/b/:q'), methodOf('status', 'GET users/current/status'));
    expect(m.withoutOperation.map((x) => x.name)).toEqual(['ab', 'status']);
  });
});
