import { describe, expect, it } from 'vitest';
import { assignOperationIds, baseOperationId } from '../../scripts/openapi/operation-id.js';

describe('baseOperationId', () => {
  const cases: [string, string, string, string][] = [
    ['List project issues', 'GET', '/projects/:id/issues', 'listProjectIssues'],
    ['Create new issue', 'POST', '/projects/:id/issues', 'createIssue'],
    ['Get a single project', 'GET', '/projects/:id', 'getProject'],
    ['New issue', 'POST', '/projects/:id/issues', 'newIssue'],
    ['Single issue', 'GET', '/projects/:id/issues/:issue_iid', 'singleIssue'],
    ["List an awardable's award emoji", 'GET', '/projects/:id/issues/:issue_iid/award_emoji', 'listAwardablesAwardEmoji'],
    ['Create/Edit Asana service', 'PUT', '/projects/:id/services/asana', 'createEditAsanaService'],
    ['Get `file_path` from repository', 'GET', '/projects/:id/repository/files/:file_path', 'getFilePathFromRepository'],
    ['2FA settings', 'GET', '/user/2fa', 'get2faSettings'],
    ['???', 'DELETE', '/projects/:id/merge_requests/:iid', 'deleteProjectsMergeRequests'],
    ['Événements à venir', 'GET', '/events', 'evenementsVenir'],
  ];
  it.each(cases)('%s + %s %s -> %s', (heading, method, path, want) => {
    expect(baseOperationId(heading, method as 'GET', path)).toBe(want);
  });
});

describe('assignOperationIds: collisions told apart by the route words not all of them share', () => {
  const ids = (...inputs: [string, string, string][]) => assignOperationIds(inputs.map(([heading, method, path]) => ({ heading, method: method as 'GET', path })));

  it('the route without extra words keeps the base id, whatever the order', () => {
    expect(ids(['List snippets', 'GET', '/projects/:id/snippets'], ['List snippets', 'GET', '/snippets'])).toEqual(['listSnippetsProjects', 'listSnippets']);
    expect(ids(['Get single issue', 'GET', '/issues/:id'], ['Get single issue', 'GET', '/projects/:id/issues/:iid'])).toEqual(['getIssue', 'getIssueProjects']);
  });

  it('a section documenting group and project routes', () => {
    expect(ids(['List access requests for a group or project', 'GET', '/groups/:id/access_requests'], ['List access requests for a group or project', 'GET', '/projects/:id/access_requests']))
      .toEqual(['listAccessRequestsForGroupOrProjectGroups', 'listAccessRequestsForGroupOrProjectProjects']);
  });

  it('then the method, then a number, in document order', () => {
    expect(ids(['Thing', 'GET', '/a'], ['Thing', 'HEAD', '/a'], ['Thing', 'HEAD', '/a'])).toEqual(['thing', 'thingHead', 'thingHead2']);
  });

  it('compares case-insensitively, since CLI command names are the kebab-case of the ids', () => {
    const [a, b] = ids(['List SSH keys', 'GET', '/user/keys'], ['List ssh keys', 'GET', '/user/keys']);
    expect(a).toBe('listSshKeys');
    expect(b.toLowerCase()).not.toBe(a.toLowerCase());
  });

  it('a qualified id that meets another base id still ends unique', () => {
    const result = ids(['List snippets projects', 'GET', '/x'], ['List snippets', 'GET', '/projects/:id/snippets'], ['List snippets', 'GET', '/snippets']);
    expect(new Set(result.map((r) => r.toLowerCase())).size).toBe(3);
    expect(result[0]).toBe('listSnippetsProjects');
  });
});
