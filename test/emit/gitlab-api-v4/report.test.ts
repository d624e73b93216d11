// The mapping report: counts, and every method, operation and parameter that does not fit, listed.
import { describe, expect, it } from 'vitest';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { mapOperations } from '../../../scripts/emit/gitlab-api-v4/map-operations.js';
import { buildV4Completion } from '../../../scripts/emit/gitlab-api-v4/model.js';
import { buildV4Report, formatV4Report } from '../../../scripts/emit/gitlab-api-v4/report.js';
import { methodOf, specOf, tableOf } from './fixtures.js';

const spec = specOf(
  { op: 'GET /projects/{id}/things', query: { page: { type: 'integer' }, state: { type: 'string' } } },
  { op: 'PUT /projects/{id}/services/slack', body: { webhook: { type: 'string' } } },
  { op: 'PUT /projects/{id}/services/jira', body: { url: { type: 'string' } } },
  { op: 'GET /avatar', query: { email: { type: 'string' } } },
);
const table = tableOf(
  methodOf('things', 'GET projects/:project_id/things', 'none'),
  methodOf('edit_project_service', 'PUT projects/:project_id/services/:service_name', 'content'),
  methodOf('releases', 'GET projects/:project_id/releases'),
);
const commands = buildCommandTable(spec);
const mapping = mapOperations(table, commands);
const report = buildV4Report(table, commands, mapping, buildV4Completion(table, mapping));

describe('buildV4Report', () => {
  it('counts the methods mapped and the keys offered', () => {
    expect(report).toMatchObject({ module: 'GitLab::API::v4 0.26', spec: { title: 'fixture', version: '1', operations: 4 }, methods: 3, mapped: 2, keys: 2 });
    expect(report.pickedByArgument).toEqual([{ method: 'edit-project-service', argument: 'service_name', operations: 2 }]);
  });

  it('lists what does not fit, each with where it comes from', () => {
    expect(report.methodsWithoutOperation).toEqual([{ method: 'releases', request: 'GET projects/:project_id/releases', line: 1 }]);
    expect(report.operationsWithoutMethod).toEqual([{ operation: 'GET /avatar', source: '' }]);
    expect(report.unsendable).toEqual([{ method: 'things', operation: 'GET /projects/{id}/things', parameters: ['page', 'state'], reason: 'the method takes no params' }]);
  });

  it('as markdown: the figures, then one table per list', () => {
    const md = formatV4Report(report);
    expect(md).toContain('- Methods mapped to an operation: **2 of 3**, 1 of them to one operation per value of an argument.');
    expect(md).toContain('## Methods with no operation in these docs (1)\n\n| method | request | v4.pm line |\n| --- | --- | --- |\n| releases | GET projects/:project_id/releases | 1 |');
    expect(md).toContain('## Methods matching several operations (0)\n\nNone.');
    expect(md).toContain('| things | GET /projects/{id}/things | page, state | the method takes no params |');
  });
});
