import { describe, expect, it } from 'vitest';
import { baseOperationId, createOperationIdAllocator } from '../../scripts/openapi/operation-id.js';

describe('baseOperationId', () => {
  const cases: [string, string, string, string][] = [
    ['List project issues', 'GET', '/projects/:id/issues', 'listProjectIssues'],
    ['Create new issue', 'POST', '/projects/:id/issues', 'createIssue'],
    ['Get a single project', 'GET', '/projects/:id', 'getProject'],
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

describe('createOperationIdAllocator: collisions in document order', () => {
  it('keeps the first, then adds route words the id lacks, then the method, then a number', () => {
    const allocate = createOperationIdAllocator();
    expect(allocate('Get single issue', 'GET', '/issues/:id')).toBe('getIssue');
    // Same heading, another route: the route's words that the id lacks (`projects`; `issues` ~ `issue`).
    expect(allocate('Get single issue', 'GET', '/projects/:id/issues/:iid')).toBe('getIssueProjects');
    // Same heading and same route words: the method is added.
    expect(allocate('Get single issue', 'HEAD', '/projects/:id/issues/:iid')).toBe('getIssueProjectsHead');
    // Nothing else tells them apart: a number.
    expect(allocate('Get single issue', 'HEAD', '/projects/:id/issues/:iid')).toBe('getIssueProjectsHead2');
  });

  it('compares case-insensitively, since CLI command names are the kebab-case of the ids', () => {
    const allocate = createOperationIdAllocator();
    expect(allocate('List SSH keys', 'GET', '/user/keys')).toBe('listSshKeys');
    expect(allocate('List ssh keys', 'GET', '/user/keys')).not.toBe('listSshKeys');
  });

  it('is stable: the same calls give the same ids', () => {
    const run = () => {
      const allocate = createOperationIdAllocator();
      return [allocate('List', 'GET', '/a'), allocate('List', 'GET', '/b'), allocate('List', 'GET', '/a/:id/b')];
    };
    expect(run()).toEqual(run());
    expect(new Set(run()).size).toBe(3);
  });
});
