// The command table built from the fixture spec, read against the fixture by hand; names come from
// the spec's x-gitlab-command, never derived here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCommandTable, toFlag } from '../../src/cli/command-table.js';
import { FIXTURE } from './helpers.js';

const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const table = buildCommandTable(doc);
const cmd = (name: string) => table.commands.find((c) => c.name === name)!;

describe('command table', () => {
  it('drops only a trailing [] from flags', () => {
    expect(toFlag('iids[]')).toBe('iids');
    expect(toFlag('assets[links]')).toBe('assets[links]');
  });

  it('one command per operation, named by x-gitlab-command (resource and verb), sorted by name', () => {
    expect(table.commands.map((c) => [c.name, c.resource, c.verb, c.operationId])).toEqual([
      ['project get', 'project', 'get', 'getProject'],
      ['project list', 'project', 'list', 'listProjects'],
      ['project-hook create', 'project-hook', 'create', 'createProjectHook'],
      ['project-issue create', 'project-issue', 'create', 'createProjectIssue'],
      ['project-issue delete', 'project-issue', 'delete', 'deleteProjectIssue'],
      ['project-issue get', 'project-issue', 'get', 'getProjectIssue'],
      ['project-issue list', 'project-issue', 'list', 'listProjectIssues'],
      ['project-repository-commit create', 'project-repository-commit', 'create', 'createProjectRepositoryCommit'],
      ['project-repository-file raw', 'project-repository-file', 'raw', 'rawProjectRepositoryFile'],
      ['project-upload create', 'project-upload', 'create', 'createProjectUpload'],
    ]);
  });

  it('a spec without x-gitlab-command (not made by this project): the operationId as one word', () => {
    const foreign = structuredClone(doc);
    delete foreign.paths['/projects'].get['x-gitlab-command'];
    foreign.paths['/projects/{id}'].get['x-gitlab-command'] = 'Not A Name';
    const names = buildCommandTable(foreign).commands.map((c) => [c.name, c.resource, c.verb]);
    expect(names).toContainEqual(['list-projects', 'list-projects', '']);
    expect(names).toContainEqual(['get-project', 'get-project', '']);
  });

  it('parameters: path and query from parameters and $refs (page, per_page), Sudo left to --sudo, required first', () => {
    const c = cmd('project-issue list');
    expect(c.params.map((p) => [p.flag, p.in, p.required])).toEqual([
      ['id', 'path', true], ['iids', 'query', false], ['state', 'query', false], ['labels', 'query', false],
      ['confidential', 'query', false], ['page', 'query', false], ['per_page', 'query', false],
    ]);
    expect(c.params[0].types).toEqual(['integer', 'string']);
    expect(c.params[1]).toMatchObject({ name: 'iids[]', types: ['array'], items: ['integer'] });
    expect(c.params[2].enum).toEqual(['opened', 'closed']);
    expect(c.params[6].default).toBe(20);
    expect(c).toMatchObject({ method: 'GET', path: '/projects/{id}/issues', paginated: true, source: { file: 'issues.md', line: 180 }, tag: 'Issues' });
  });

  it('body properties from the JSON request body, required from the schema', () => {
    const c = cmd('project-issue create');
    expect(c.bodyType).toBe('json');
    expect(c.params.filter((p) => p.required).map((p) => p.flag)).toEqual(['id', 'title']);
    expect(c.params.find((p) => p.flag === 'issue_type')).toMatchObject({ in: 'body', enum: ['issue', 'incident', 'test_case'] });
  });

  it('the fields of an array of objects, with their enums (commits.md:79-93)', () => {
    expect(cmd('project-repository-commit create').params.find((p) => p.flag === 'actions')!.fields).toEqual([
      { name: 'action', types: ['string'], required: true, enum: ['create', 'delete', 'move', 'update', 'chmod'], description: 'The action to perform' },
      { name: 'file_path', types: ['string'], required: true, description: 'Full path to the file.' },
      { name: 'content', types: ['string'], required: false, description: 'File content' },
      { name: 'encoding', types: ['string'], required: false, enum: ['text', 'base64'], description: 'text or base64' },
    ]);
  });

  it('returns a list: x-gitlab-paginated, or a 2xx array schema', () => {
    expect([cmd('project get').paginated, cmd('project list').paginated]).toEqual([undefined, true]);
    const arrays = structuredClone(doc);
    arrays.paths['/projects/{id}'].get.responses['200'] = { description: 'OK', content: { 'application/json': { schema: { type: 'array', items: {} } } } };
    expect(buildCommandTable(arrays).commands.find((c) => c.name === 'project get')!.paginated).toBe(true);
  });

  it('multipart file parameters are marked as files', () => {
    const c = cmd('project-upload create');
    expect(c.bodyType).toBe('multipart');
    expect(c.params.find((p) => p.flag === 'file')).toMatchObject({ file: true, required: true, in: 'body' });
  });
});
