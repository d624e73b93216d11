import { describe, expect, it } from 'vitest';
import { collectionNamed, collectionPath, collectionsOf, pascalCase, pathResource, singular, singularName } from '../../../scripts/openapi/entities/resource.js';

const routes = (...signatures: string[]) => signatures.map((s) => ({ method: s.split(' ')[0], path: s.split(' ')[1] }));

describe('singular, singularName, pascalCase', () => {
  it.each([
    ['issues', 'issue'], ['merge_requests', 'merge_request'], ['statuses', 'status'], ['identities', 'identity'],
    ['branches', 'branch'], ['addresses', 'address'], ['status', 'status'], ['analysis', 'analysis'], ['user', 'user'],
  ])('%s -> %s', (plural, want) => {
    expect(singularName(plural)).toBe(want);
  });

  it('makes the last word singular only', () => {
    expect(singular('boxes')).toBe('box');
    expect(singularName('time_stats')).toBe('time_stat');
    expect(singularName('slack-slash-commands')).toBe('slack-slash-command');
  });

  it.each([['merge_requests', 'MergeRequests'], ['slack-slash-commands', 'SlackSlashCommands'], ['_links', 'Links'], ['2fa_codes', 'FaCodes']])(
    'pascalCase(%s) = %s', (text, want) => {
      expect(pascalCase(text)).toBe(want);
    });
});

describe('collectionsOf', () => {
  it('a literal some route follows with a parameter is a collection, by its singular', () => {
    const collections = collectionsOf(routes('GET /projects/:id/issues/:issue_iid', 'GET /users', 'GET /version'));
    expect([...collections]).toEqual([['project', 'projects'], ['issue', 'issues']]);
  });

  it('the plural wins over a singular literal (`/projects/user/:user_id` beside `/users/:id`)', () => {
    expect(collectionsOf(routes('POST /projects/user/:user_id', 'GET /users/:id')).get('user')).toBe('users');
    expect(collectionsOf(routes('GET /users/:id', 'POST /projects/user/:user_id')).get('user')).toBe('users');
  });

  it('a family of literal items each read and written is a collection (services.md); read-only families are not', () => {
    const services = routes('GET /projects/:id/services/asana', 'PUT /projects/:id/services/asana',
      'GET /projects/:id/services/jira', 'PUT /projects/:id/services/jira', 'GET /projects/:id/services/slack', 'DELETE /projects/:id/services/slack');
    expect(collectionsOf(services).get('service')).toBe('services');
    // sidekiq_metrics.md: four GET-only siblings.
    const sidekiq = routes('GET /sidekiq/queue_metrics', 'GET /sidekiq/process_metrics', 'GET /sidekiq/job_stats', 'GET /sidekiq/compound_metrics');
    expect(collectionsOf(sidekiq).has('sidekiq')).toBe(false);
  });
});

describe('collectionNamed and pathResource', () => {
  const collections = collectionsOf(routes('GET /projects/:id', 'GET /users/:id', 'GET /projects/:id/issues/:iid', 'GET /projects/:id/merge_requests/:iid',
    'GET /projects/:id/pipelines/:pipeline_id', 'GET /runners/:id'));

  it.each([
    ['issues', 'issues'], ['issue', 'issues'], ['forked_from_project', 'projects'], ['head_pipeline', 'pipelines'],
    ['closes_issues', 'issues'], ['blocking_merge_request', 'merge_requests'], ['user', 'users'], ['author', undefined], ['time_stats', undefined],
  ])('collectionNamed(%s) = %s', (name, want) => {
    expect(collectionNamed(name, collections)).toBe(want);
  });

  it.each([
    ['/projects/:id/issues/:iid', { literal: 'issues', exact: true, collection: 'issues', parent: 'projects' }],
    ['/projects/:id/issues', { literal: 'issues', exact: true, collection: 'issues', parent: 'projects' }],
    ['/groups/:id/projects/shared', { literal: 'shared', exact: false, collection: 'projects', parent: 'projects' }],
    ['/runners/all', { literal: 'all', exact: false, collection: 'runners', parent: 'runners' }],
    ['/user', { literal: 'user', exact: false, collection: 'users' }],
    ['/projects/:id/merge_requests/:iid/closes_issues', { literal: 'closes_issues', exact: false, collection: 'issues', parent: 'merge_requests' }],
    ['/projects/:id/issues/:iid/time_stats', { literal: 'time_stats', exact: false, parent: 'issues' }],
    ['/version', { literal: 'version', exact: false }],
  ])('pathResource(%s)', (path, want) => {
    expect(pathResource(path, collections)).toEqual(want);
  });

  it('collectionPath drops a trailing parameter only', () => {
    expect(collectionPath('/projects/{}/issues/{}')).toBe('/projects/{}/issues');
    expect(collectionPath('/projects/{}/issues')).toBe('/projects/{}/issues');
  });
});
