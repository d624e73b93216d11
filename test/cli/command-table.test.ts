// The command table built from the fixture spec, read against the fixture by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCommandTable, toCommandName, toFlag } from '../../src/cli/command-table.js';
import { FIXTURE } from './helpers.js';

const table = buildCommandTable(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const cmd = (name: string) => table.commands.find((c) => c.name === name)!;

describe('command table', () => {
  it.each([
    ['listProjectIssues', 'list-project-issues'],
    ['createIssue', 'create-issue'],
    ['getSSHKeys', 'get-ssh-keys'],
    ['listGroupLDAPLinks', 'list-group-ldap-links'],
    ['getV2Thing', 'get-v2-thing'],
  ])('%s -> %s', (id, name) => expect(toCommandName(id)).toBe(name));

  it('drops only a trailing [] from flags', () => {
    expect(toFlag('iids[]')).toBe('iids');
    expect(toFlag('assets[links]')).toBe('assets[links]');
  });

  it('one command per operation, sorted by name', () => {
    expect(table.commands.map((c) => c.name)).toEqual([
      'add-project-hook', 'create-issue', 'delete-issue', 'get-project-issue', 'list-project-issues', 'list-projects', 'upload-project-file',
    ]);
  });

  it('parameters: path and query from parameters and $refs (page, per_page), Sudo left to --sudo, required first', () => {
    const c = cmd('list-project-issues');
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
    const c = cmd('create-issue');
    expect(c.bodyType).toBe('json');
    expect(c.params.filter((p) => p.required).map((p) => p.flag)).toEqual(['id', 'title']);
    expect(c.params.find((p) => p.flag === 'issue_type')).toMatchObject({ in: 'body', enum: ['issue', 'incident', 'test_case'] });
  });

  it('multipart file parameters are marked as files', () => {
    const c = cmd('upload-project-file');
    expect(c.bodyType).toBe('multipart');
    expect(c.params.find((p) => p.flag === 'file')).toMatchObject({ file: true, required: true, in: 'body' });
  });
});
