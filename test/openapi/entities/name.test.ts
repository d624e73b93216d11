import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../scripts/model.js';
import { endpoint, json, response } from '../fixtures.js';
import { runEntities } from './run.js';

const get = (path: string, value: unknown, extra: Partial<Endpoint> = {}) =>
  endpoint(`GET ${path}`, { responses: [response([json(value, { source: { file: extra.file ?? 'test.md', line: 1 } })])], ...extra });
const post = (path: string, value: unknown) => endpoint(`POST ${path}`, { responses: [response([json(value)])] });
const names = (endpoints: Endpoint[], titles?: Map<string, string>) => Object.keys(runEntities(endpoints, titles).schemas);
const refOf = (endpoints: Endpoint[], operation: string) => JSON.stringify(runEntities(endpoints).body(operation, operation.startsWith('POST') ? 201 : 200)?.schema);

const basicUser = { id: 1, name: 'Administrator', username: 'root', state: 'active', avatar_url: null, web_url: 'http://localhost:3000/root' };
const fullUser = { ...basicUser, created_at: '2012-05-23T08:00:58Z', bio: null, location: null, public_email: 'john@example.com', skype: '', linkedin: '',
  twitter: '', website_url: '', organization: '', last_sign_in_at: '2012-06-01T11:41:01Z', confirmed_at: '2012-05-23T09:05:22Z', email: 'john@example.com' };
const timeStats = { time_estimate: 0, total_time_spent: 0, human_time_estimate: null, human_total_time_spent: null };

describe('entity names, from what the docs call things', () => {
  it('the collection a route lists or holds (rank 0)', () => {
    expect(names([get('/projects/:id/issues', [{ id: 1, iid: 2, title: 't' }])])).toEqual(['Issue']);
  });

  it('a GET\'s last segment (rank 2) beats the key (rank 3); an action\'s segment (rank 4) comes last', () => {
    const issues = get('/projects/:id/issues/:issue_iid', { id: 1, time_stats: timeStats });
    expect(names([issues, post('/projects/:id/issues/:issue_iid/add_spent_time', timeStats)])).toContain('TimeStats');
    expect(names([issues, get('/projects/:id/issues/:issue_iid/time_stats', timeStats), post('/projects/:id/issues/:issue_iid/add_spent_time', timeStats)]))
      .toEqual(['Issue', 'TimeStats']);
  });

  it('a key naming a collection (rank 1): `forked_from_project` is a Project', () => {
    expect(names([get('/projects/:id', { id: 1, name: 'n', path: 'p', forked_from_project: { id: 2, name: 'm', path: 'q' } }),
      get('/projects/:id/issues/:iid', { id: 3, title: 't' })])).toEqual(['Issue', 'Project']);
  });

  it('a basic view: the smaller view that the same routes return, or that other entities embed', () => {
    const docs = [get('/users/:id', fullUser), get('/users', [basicUser]), get('/projects/:id/issues', [{ id: 1, title: 't', author: basicUser }])];
    expect(names(docs)).toEqual(['Issue', 'User', 'UserBasic']);
    expect(refOf(docs, 'GET /projects/:id/issues')).toBe('{"type":"array","items":{"$ref":"#/components/schemas/Issue"}}');
  });

  it('the single-item view of a list\'s entity is its detail', () => {
    const listed = { id: 1, name: 'g', path: 'g', description: '', visibility: 'public', lfs_enabled: true, avatar_url: null, web_url: 'u', request_access_enabled: false };
    const single = { id: 1, name: 'g', runners_token: 'x', projects: [], shared_projects: [], ldap_cn: null, ldap_access: null, file_template_project_id: 1 };
    expect(names([get('/groups', [listed]), get('/groups/:id', single)])).toEqual(['Group', 'GroupDetail']);
  });

  it('otherwise qualified: by the collection the route sits under, by the page\'s title, else numbered', () => {
    const projectBoard = { id: 1, project: { id: 2, name: 'p' }, milestone: null, lists: [] };
    const groupBoard = { id: 1, group_id: 5, name: 'b', web_url: 'u' };
    expect(names([get('/projects/:id/boards', [projectBoard]), get('/groups/:id/boards', [groupBoard])]))
      .toEqual(['Board', 'GroupBoard', 'Project']);
    // versions: `/version` names no collection parent; its page title is its own name: numbered.
    const version = get('/version', { version: '8.13.0-pre', revision: '4e963fe' }, { file: 'version.md' });
    const mrVersions = get('/projects/:id/merge_requests/:iid/versions/:version_id', { id: 110, head_commit_sha: 'x', base_commit_sha: 'y', state: 'collected' });
    expect(names([mrVersions, version], new Map([['version.md', 'Version']]))).toEqual(['Version', 'Version2']);
    const hooks = get('/hooks', [{ id: 1, url: 'https://gitlab.example.com/hook', created_at: '2016-10-31T12:32:15.192Z', push_events: true }], { file: 'system_hooks.md' });
    const recent = get('/hooks/recent', { project_id: 1, owner_email: 'example@gitlabhq.com', event_name: 'project_create' }, { file: 'system_hooks.md' });
    const remove = endpoint('DELETE /hooks/:id', { file: 'system_hooks.md' });
    expect(names([hooks, recent, remove], new Map([['system_hooks.md', 'System hooks']]))).toEqual(['Hook', 'SystemHook']);
  });

  it('do not depend on the order of the pages, and another page does not rename the others', () => {
    const docs = [get('/users/:id', fullUser), get('/users', [basicUser]), get('/projects/:id/issues', [{ id: 1, title: 't', author: basicUser }])];
    expect(names([...docs].reverse())).toEqual(names(docs));
    expect(names([...docs, get('/projects/:id/labels', [{ id: 1, name: 'bug', color: '#d9534f' }])])).toEqual(['Issue', 'Label', 'User', 'UserBasic']);
  });

  it('never take a name already used (`Error`)', () => {
    expect(names([get('/projects/:id/errors', [{ id: 1, message: 'm' }])])).toEqual(['ProjectError']);
    expect(names([get('/errors', [{ id: 1, message: 'm' }])])).toEqual(['Error2']);
  });
});
