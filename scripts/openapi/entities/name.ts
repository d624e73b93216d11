// An entity's name, from what the docs call it, in order of authority:
//   0. the collection its path lists or holds (`/projects/:id/issues/:issue_iid` -> Issue);
//   1. a collection its path acts on or its key names (`/groups/:id/projects/shared` -> Project,
//      `/user` -> User, `closes_issues` -> Issue, `forked_from_project` -> Project);
//   2. the last segment of a GET's path (`/issues/:iid/time_stats` -> TimeStats; a list's in the singular);
//   3. the key it sits under (`_links` -> Links, `assignees` -> Assignee);
//   4. the last segment of another method's path, an action (`/issues/:iid/add_spent_time`).
// Within the best rank an entity has, the name seen at the most places wins, then the alphabet.
// Several entities wanting one name: the one with the most evidence (places times properties) gets it; of the others whose
// properties nearly all belong to it, one its own routes return (`GET /projects?simple=true`), else
// the one embedded in the most entities, is its basic view (`ProjectBasic`, `UserBasic`); any other
// is qualified by the
// collection its route sits under (`GroupBoard`), by the entity it sits in (`JobCommit`), by its
// page's title (`SystemHook`), or else numbered (`Version2`).
// Names depend on the docs only, never on the order of processing, so they are stable.
import type { Observation } from './types.js';
import { answersFor, collectionNamed, collectionPath, memo, pascalCase, pathOf, pathResource, singularName } from './resource.js';
import { shapeOf } from '../merge-endpoints.js';

export interface Candidate {
  rank: number;
  name: string;
  count: number;
}

const typeName = (name: string) => pascalCase(singularName(name));

type Called = { rank: number; name: string } | undefined;
// By place: a body's operation or a nested object's key, each in a list or not.
const calledCache = [answersFor<Called>(), answersFor<Called>(), answersFor<Called>(), answersFor<Called>()];

/** What one observation's place calls it: a name and its rank. */
function callsIt(observation: Observation, collections: Map<string, string>): Called {
  const inList = observation.site.pointer.endsWith('/[]');
  const root = observation.parent === undefined;
  const place = root ? observation.site.operation : observation.site.key ?? '';
  return memo(calledCache[(root ? 2 : 0) + (inList ? 1 : 0)], collections, place, placeCallsIt, observation);
}

function placeCallsIt(observation: Observation, collections: Map<string, string>): Called {
  const inList = observation.site.pointer.endsWith('/[]');
  if (observation.parent === undefined) {
    const resource = pathResource(pathOf(observation), collections);
    if (!resource) return undefined;
    if (resource.collection) return { rank: resource.exact ? 0 : 1, name: typeName(resource.collection) };
    // A GET's last segment names what it reads (`time_stats`); another method's names an action
    // (`add_spent_time`, `move`): below any key.
    const rank = observation.site.operation.startsWith('GET ') ? 2 : 4;
    return { rank, name: inList ? typeName(resource.literal) : pascalCase(resource.literal) };
  }
  const key = observation.site.key;
  if (key === undefined) return undefined;
  const collection = collectionNamed(key, collections);
  if (collection) return { rank: 1, name: typeName(collection) };
  return { rank: 3, name: inList ? typeName(key) : pascalCase(key) };
}

/** A group's candidate names, best first. */
export function candidateNames(members: Observation[], collections: Map<string, string>): Candidate[] {
  // The places (operation and pointer) each name is given at; one Called per place (callsIt).
  const byName = new Map<Called, { rank: number; name: string; count: number; sites: Map<string, Set<string>> }>();
  for (const member of members) {
    const called = callsIt(member, collections);
    if (!called || !called.name) continue;
    let entry = byName.get(called);
    if (!entry) byName.set(called, (entry = { rank: called.rank, name: called.name, count: 0, sites: new Map() }));
    let pointers = entry.sites.get(member.site.operation);
    if (!pointers) entry.sites.set(member.site.operation, (pointers = new Set()));
    if (!pointers.has(member.site.pointer)) {
      pointers.add(member.site.pointer);
      entry.count++;
    }
  }
  // Two places may call it by one name and rank: one candidate.
  const merged = new Map<string, Candidate>();
  for (const { rank, name, count } of byName.values()) {
    const id = `${rank}:${name}`;
    const known = merged.get(id);
    if (known) known.count += count;
    else merged.set(id, { rank, name, count });
  }
  return [...merged.values()]
    .sort((a, b) => a.rank - b.rank || b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export interface NamingGroup {
  index: number;
  /** Its observations, ascending. */
  members: Observation[];
  /** Every property name its observations show. */
  keys: Set<string>;
}

export interface NamingInput {
  groups: NamingGroup[];
  collections: Map<string, string>;
  /** A group's candidate names (candidateNames), by group index. */
  candidates: (index: number) => Candidate[];
  /** The best name of the entity an observation sits in (for `JobCommit`). */
  parentName: (observation: Observation) => string | undefined;
  /** A page's title (`System hooks`), for `SystemHook`. */
  titleOf: (file: string) => string | undefined;
  /** Names already in use (`Error`). */
  taken: Iterable<string>;
}

/** Most (3/4) of `keys` belong to `other`, which has more. */
function isViewOf(keys: Set<string>, other: Set<string>): boolean {
  let inside = 0;
  for (const key of keys) if (other.has(key)) inside++;
  return other.size > keys.size && inside >= keys.size * 0.75;
}

const routesCache = new WeakMap<NamingGroup, Set<string>>();

/** The collection routes a group's bodies come from (`/projects/{}/issues`); none for embedded-only groups. */
function routesOf(group: NamingGroup): Set<string> {
  let routes = routesCache.get(group);
  if (!routes) routesCache.set(group, (routes = new Set(group.members.filter((m) => m.parent === undefined).map((m) => collectionPath(shapeOf(pathOf(m)))))));
  return routes;
}

function sameRoutes(a: NamingGroup, b: NamingGroup): boolean {
  const theirs = routesOf(b);
  return [...routesOf(a)].some((route) => theirs.has(route));
}

/**
 * The single-item view of a list's entity: every body of it comes from a route ending in a parameter
 * (`GET /groups/:id`), on a collection whose list (`GET /groups`) the holder is.
 */
function isDetailOf(group: NamingGroup, holder: NamingGroup): boolean {
  const roots = group.members.filter((m) => m.parent === undefined);
  if (roots.length === 0 || !roots.every((m) => /\/[:*][^/]*$/.test(pathOf(m)))) return false;
  const lists = new Set(holder.members.filter((m) => m.parent === undefined && m.site.pointer === '/[]').map((m) => shapeOf(pathOf(m))));
  return roots.some((m) => lists.has(collectionPath(shapeOf(pathOf(m)))));
}

/** Qualifiers for a name, best first: the route's parent collection, the enclosing entity, the page. */
function qualifiers(group: NamingGroup, input: NamingInput): string[] {
  const result: string[] = [];
  for (const member of group.members) {
    if (member.parent !== undefined) {
      const parent = input.parentName(member);
      if (parent) result.push(parent);
    } else {
      const parent = pathResource(pathOf(member), input.collections)?.parent;
      if (parent) result.push(typeName(parent));
    }
  }
  const title = input.titleOf(group.members[0].site.source.file);
  if (title) result.push(typeName(title.toLowerCase().replace(/\s+/g, '_')));
  return [...new Set(result)];
}

/** Names for the groups, by group index (rules at the top of this file). */
export function nameEntities(input: NamingInput): Map<number, string> {
  const { groups, taken } = input;
  const holders = new Map<string, NamingGroup | null>();
  for (const name of taken) holders.set(name, null);
  const names = new Map<number, string>();
  const claim = (group: NamingGroup, name: string) => {
    if (!name || holders.has(name)) return false;
    holders.set(name, group);
    names.set(group.index, name);
    return true;
  };
  const candidates = new Map(groups.map((g) => [g.index, input.candidates(g.index)]));
  const best = (g: NamingGroup) => candidates.get(g.index)![0];
  // Stronger claims first: better rank, then more evidence (places seen times properties: a full
  // pipeline in 4 places outweighs a basic one in 8), then the docs' order.
  const weight = (g: NamingGroup) => (best(g)?.count ?? 0) * g.keys.size;
  const order = [...groups].sort((a, b) => (best(a)?.rank ?? 9) - (best(b)?.rank ?? 9) || weight(b) - weight(a) || a.members[0].id - b.members[0].id);
  const pending: NamingGroup[] = [];
  for (const group of order) {
    const name = best(group)?.name;
    if (!name || !claim(group, name)) pending.push(group);
  }
  const wanted = (group: NamingGroup) => candidates.get(group.index)![0]?.name ?? (pascalCase(pathOf(group.members[0])) || 'Entity');
  // The basic view of a name's holder: of the smaller views of it, one its own routes also return
  // (`GET /projects?simple=true`), else the one embedded in the most entities (`author`, `assignee`).
  const basic = new Map<string, NamingGroup>();
  const score = (group: NamingGroup, holder: NamingGroup) => [
    sameRoutes(group, holder) ? 1 : 0,
    new Set(group.members.filter((m) => m.parent !== undefined).map((m) => input.parentName(m))).size,
    -group.keys.size,
    -group.members[0].id,
  ];
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  for (const group of pending) {
    const name = wanted(group);
    const holder = holders.get(name);
    if (!holder || !isViewOf(group.keys, holder.keys)) continue;
    const current = basic.get(name);
    if (!current || better(score(group, holder), score(current, holder))) basic.set(name, group);
  }
  for (const [name, group] of [...basic].sort((a, b) => a[1].members[0].id - b[1].members[0].id)) claim(group, `${name}Basic`);
  for (const group of pending) {
    if (names.has(group.index)) continue;
    const name = wanted(group);
    const holder = holders.get(name);
    if (holder && isDetailOf(group, holder) && claim(group, `${name}Detail`)) continue;
    if (qualifiers(group, input).some((q) => q !== name && claim(group, q.endsWith(name) ? q : `${q}${name}`))) continue;
    for (let n = 2; !claim(group, `${name}${n}`); n++);
  }
  return names;
}
