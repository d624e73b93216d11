import { describe, expect, it } from 'vitest';
import { toTags } from '../../scripts/openapi/tag.js';
import { page } from './fixtures.js';

describe('toTags', () => {
  it('one tag per page: title, introduction, x-gitlab-page', () => {
    const tags = toTags([page('merge_requests.md', [], { title: 'Merge requests', description: 'Every API call to merge requests must be authenticated.' })]);
    expect(tags.get('merge_requests.md')).toEqual({ name: 'Merge requests', description: 'Every API call to merge requests must be authenticated.', 'x-gitlab-page': 'merge_requests.md' });
  });

  it('a second page with the same title gets its file name; an empty intro no description', () => {
    const tags = toTags([page('templates/licenses.md', [], { title: 'Licenses', description: '' }), page('licenses.md', [], { title: 'Licenses', description: '' })]);
    expect([...tags.values()]).toEqual([
      { name: 'Licenses', 'x-gitlab-page': 'templates/licenses.md' },
      { name: 'Licenses (licenses.md)', 'x-gitlab-page': 'licenses.md' },
    ]);
  });
});
