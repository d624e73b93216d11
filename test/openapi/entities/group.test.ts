import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../scripts/model.js';
import { collectObservations } from '../../../scripts/openapi/entities/collect.js';
import { groupObservations } from '../../../scripts/openapi/entities/group.js';
import { closestFirst, type Pair } from '../../../scripts/openapi/entities/pairs.js';
import { collectionsOf } from '../../../scripts/openapi/entities/resource.js';
import { endpoint, json, response } from '../fixtures.js';

/** The group of the object seen at `operation` + `pointer` (the first one there). */
function grouping(endpoints: Endpoint[]) {
  const { observations, responses } = collectObservations(endpoints);
  const { groupOf, groups } = groupObservations(observations, [...responses.values()].flatMap((m) => [...m.values()]), collectionsOf(endpoints));
  const at = (site: string) => {
    const [method, path, pointer = ''] = site.split(' ');
    const found = observations.find((o) => o.site.operation === `${method} ${path}` && o.site.pointer === pointer);
    if (!found) throw new Error(`nothing seen at ${site}`);
    return groupOf[found.id];
  };
  return { at, groups, same: (a: string, b: string) => at(a) === at(b) };
}

const get = (path: string, ...values: unknown[]) => endpoint(`GET ${path}`, { responses: [response(values.map((v) => json(v)))] });
const keys = (names: string[], value: (name: string) => unknown = () => 'x') => Object.fromEntries(names.map((n) => [n, value(n)]));

// issues.md:47 (author) and award_emoji.md:32 (user): the same six fields of a user.
const basicUser = { id: 1, name: 'Administrator', username: 'root', state: 'active', avatar_url: null, web_url: 'http://localhost:3000/root' };
// users.md:224 (the admin's view of a user): 30 fields.
const fullUser = { ...basicUser, ...keys(['created_at', 'bio', 'location', 'public_email', 'skype', 'linkedin', 'twitter', 'website_url', 'organization',
  'last_sign_in_at', 'confirmed_at', 'last_activity_on', 'email', 'theme_id', 'color_scheme_id', 'projects_limit', 'current_sign_in_at',
  'identities', 'can_create_group', 'can_create_project', 'two_factor_enabled', 'external', 'is_admin', 'private_profile']) };

describe('groupObservations', () => {
  it('the `author` of an issue and the `user` of an award emoji: one entity, their shapes say so', () => {
    const { same } = grouping([
      get('/projects/:id/issues', [{ id: 1, title: 't', author: basicUser }]),
      get('/projects/:id/issues/:iid/award_emoji', [{ id: 4, name: 'thumbsup', user: basicUser }]),
    ]);
    expect(same('GET /projects/:id/issues /[]/author', 'GET /projects/:id/issues/:iid/award_emoji /[]/user')).toBe(true);
  });

  it('a basic view (6 fields) and the full one (30) stay apart', () => {
    const { same } = grouping([get('/users/:id', fullUser), get('/projects/:id/issues', [{ id: 1, author: basicUser }])]);
    expect(same('GET /users/:id', 'GET /projects/:id/issues /[]/author')).toBe(false);
  });

  it('the same fields under two collection names stay apart: custom attributes are not variables', () => {
    const { same } = grouping([
      get('/users/:id/custom_attributes/:key', { key: 'location', value: 'Antarctica' }),
      get('/groups/:id/variables/:key', { key: 'TEST_VARIABLE_1', value: 'TEST_1' }),
      get('/projects/:id/custom_attributes/:key', { key: 'location', value: 'Antarctica' }),
    ]);
    expect(same('GET /users/:id/custom_attributes/:key', 'GET /groups/:id/variables/:key')).toBe(false);
    expect(same('GET /users/:id/custom_attributes/:key', 'GET /projects/:id/custom_attributes/:key')).toBe(true);
  });

  it('an object under a key naming nothing joins a named collection\'s entity on a near match only', () => {
    // notes.md:29: an older `author` (id, username, email, name, state, created_at) shares 5 of its 6
    // fields with an access request (access_requests.md:44): it is none.
    const request = { id: 1, username: 'raymond_smith', name: 'Raymond Smith', state: 'active', created_at: '2012-10-22T14:13:35Z', requested_at: '2012-10-22T14:13:35Z' };
    const author = { id: 1, username: 'pipin', email: 'admin@example.com', name: 'Pip', state: 'active', created_at: '2013-09-30T13:46:01Z' };
    const notes = grouping([get('/groups/:id/access_requests/:user_id', request), get('/projects/:id/issues/:iid/notes', [{ id: 302, body: 'b', author }])]);
    expect(notes.same('GET /groups/:id/access_requests/:user_id', 'GET /projects/:id/issues/:iid/notes /[]/author')).toBe(false);
    // The same six fields as the basic user of `/users` (issues.md:65): one entity.
    const users = grouping([get('/users', [basicUser]), get('/projects/:id/issues', [{ id: 1, author: basicUser }])]);
    expect(users.same('GET /users /[]', 'GET /projects/:id/issues /[]/author')).toBe(true);
  });

  it('shared fields holding values of different kinds keep shapes apart', () => {
    const { same } = grouping([get('/a', { id: 1, name: 'x', path: 'p', kind: 'k' }), get('/b', { id: 'x', name: 'x', path: 'p', kind: 'k' })]);
    expect(same('GET /a', 'GET /b')).toBe(false);
  });

  it('one collection\'s views from different releases join from 1/2 of the fields once ten are shared', () => {
    const fields = (n: number) => keys(Array.from({ length: n }, (_, i) => `field_${i}`), () => 1);
    // 32 of 46 fields, both named `projects`: one entity.
    const named = grouping([get('/projects/:id', { id: 1, ...fields(45) }), get('/groups/:id/projects', [{ id: 2, ...fields(31) }])]);
    expect(named.same('GET /projects/:id', 'GET /groups/:id/projects /[]')).toBe(true);
    // The same shapes, named differently: 3/4 is needed.
    const unnamed = grouping([get('/projects/:id', { id: 1, ...fields(45) }), get('/things/:id', { id: 3, ...fields(31) })]);
    expect(unnamed.same('GET /projects/:id', 'GET /things/:id')).toBe(false);
    // A basic view, 20 of 46 fields, stays apart even under the same name.
    const basic = grouping([get('/projects/:id', { id: 1, ...fields(45) }), get('/groups/:id/projects', [{ id: 2, ...fields(19) }])]);
    expect(basic.same('GET /projects/:id', 'GET /groups/:id/projects /[]')).toBe(false);
  });

  it('at the border: a view holding exactly half the fields of the larger joins it, one field fewer does not', () => {
    const fields = (n: number) => keys(Array.from({ length: n }, (_, i) => `field_${i}`), () => 1);
    // 23 of 46 fields (the smaller shape whole): 1/2 of the larger, ten or more shared.
    const half = grouping([get('/projects/:id', { id: 1, ...fields(45) }), get('/groups/:id/projects', [{ id: 2, ...fields(22) }])]);
    expect(half.same('GET /projects/:id', 'GET /groups/:id/projects /[]')).toBe(true);
    // 22 of 46: even sharing all its fields, the smaller is too small (pruned before comparing).
    const less = grouping([get('/projects/:id', { id: 1, ...fields(45) }), get('/groups/:id/projects', [{ id: 2, ...fields(21) }])]);
    expect(less.same('GET /projects/:id', 'GET /groups/:id/projects /[]')).toBe(false);
  });

  it('the elements of one list are one entity, however they differ (events.md: push and comment events)', () => {
    const { same } = grouping([get('/events', [{ id: 1, action_name: 'pushed to', push_data: {} }, { id: 2, note: { id: 3, body: 'b' }, target_title: 't', target_id: 9 }])]);
    expect(same('GET /events /[]', 'GET /events /[]')).toBe(true);
    const { groups } = grouping([get('/events', [{ id: 1, action_name: 'pushed to' }, { note_id: 3, body: 'b', target_title: 't', target_id: 9 }])]);
    expect(groups[0]).toEqual([0, 1]);
  });

  it('a table beside one example describes the same object; beside alternatives it joins by its shape', () => {
    const table = (name: string) => ({ name, type: { kind: 'string' as const }, description: '', source: { file: 'test.md', line: 1 } });
    const { same, at } = grouping([endpoint('GET /projects/:id/repository/files/:path', {
      responses: [response([json({ file_name: 'key.rb', blob_id: 'x' })], { attributes: [table('content'), table('encoding')] })],
    })]);
    expect(at('GET /projects/:id/repository/files/:path')).toBe(0);
    expect(same('GET /projects/:id/repository/files/:path', 'GET /projects/:id/repository/files/:path')).toBe(true);
  });

  it('an empty object is an entity of its own', () => {
    const { groups } = grouping([get('/a', { x: {}, y: {} })]);
    expect(groups).toEqual([[0], [1], [2]]);
  });

  it('does not depend on the order the pages come in', () => {
    const pages = [
      get('/projects/:id/issues', [{ id: 1, title: 't', author: basicUser, assignee: null }]),
      get('/users/:id', fullUser),
      get('/projects/:id/issues/:iid/award_emoji', [{ id: 4, name: 'thumbsup', user: basicUser }]),
    ];
    const partition = (endpoints: Endpoint[]) => {
      const { observations, responses } = collectObservations(endpoints);
      const { groups } = groupObservations(observations, [...responses.values()].flatMap((m) => [...m.values()]), collectionsOf(endpoints));
      return groups.map((g) => g.map((id) => `${observations[id].site.operation} ${observations[id].site.pointer}`).sort().join(' + ')).sort();
    };
    expect(partition([...pages].reverse())).toEqual(partition(pages));
  });
});

describe('closestFirst: the order pairs of shapes are tried in', () => {
  const byComparator = (pairs: Pair[]) => [...pairs].sort((x, y) => y.similarity - x.similarity || y.shared - x.shared || x.a - y.a || x.b - y.b);
  // Pairs as candidatePairs makes them: a < b, shared at most the smaller size, similarity shared / larger.
  const pairsOf = (sizes: number[], picks: [number, number, number][]) => {
    const seen = new Set<number>();
    const pairs: Pair[] = [];
    for (const [x, y, cut] of picks) {
      const a = Math.min(x, y) % sizes.length;
      const b = Math.max(x, y) % sizes.length;
      if (a >= b || seen.has(a * sizes.length + b)) continue;
      seen.add(a * sizes.length + b);
      const shared = Math.max(1, Math.min(sizes[a], sizes[b]) - (cut % 4));
      pairs.push({ a, b, shared, similarity: shared / Math.max(sizes[a], sizes[b]) });
    }
    return pairs;
  };

  it('by similarity, then shared fields, then the shapes: a table from group.ts\'s rules', () => {
    const given: Pair[] = [
      { a: 0, b: 3, shared: 6, similarity: 6 / 8 },
      { a: 1, b: 2, shared: 12, similarity: 12 / 16 },
      { a: 0, b: 1, shared: 4, similarity: 1 },
      { a: 0, b: 2, shared: 6, similarity: 6 / 8 },
    ];
    expect(closestFirst(given, 4).map((p) => `${p.a}-${p.b}`)).toEqual(['0-1', '1-2', '0-2', '0-3']);
  });

  it('gives the comparator\'s order, on any pairs (and falls back to it past 2^53)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(200), fc.nat(200), fc.nat(10)), { maxLength: 120 }),
        (sizes, picks) => {
          const pairs = pairsOf(sizes, picks);
          expect(closestFirst([...pairs], sizes.length)).toEqual(byComparator(pairs));
          expect(closestFirst([...pairs], 2 ** 26)).toEqual(byComparator(pairs));
        },
      ),
    );
  });
});
