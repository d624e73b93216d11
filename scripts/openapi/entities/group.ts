// Which observations are one entity. Like quicktype's CombineClasses: two objects are the same kind
// of thing when their property sets overlap by at least 3/4 (of the larger) and the shared
// properties hold compatible values. Groups grow greedily from the closest pairs; two groups join
// when at least half the pairs of their shapes fit (quicktype asks for cliques, every pair; GitLab's
// older examples of one entity show fewer fields each, and half keeps them together), so a basic
// view (6 keys of a user) and a full one (30) stay apart.
// What the docs call things keeps apart small shapes that look alike: `{key, value}` is a custom
// attribute on one page and a variable on another, so two groups whose paths or keys name different
// collections are not merged on fewer than STRONG_OVERLAP shared properties.
// Then what the docs say outright: the elements of one list are one entity, and a table describes
// the same object as the one example beside it.
import type { Observation, ResponseEvidence, Value } from './types.js';
import { collectionNamed, pathOf, pathResource } from './resource.js';

const REQUIRED_OVERLAP = 3 / 4;
/**
 * Between shapes the docs call by the same name (`/projects` and `/groups/:id/projects`), less:
 * 2/3, and 1/2 once they share STRONG_OVERLAP properties. GitLab's examples of one entity come from
 * different releases and show different subsets (the current projects.md shows 61 to 101 fields of
 * a project, 44 to 78 of them shared), while a basic view stays apart (20 of 46, 6 of 30 fields).
 */
const NAMED_OVERLAP = 2 / 3;
const NAMED_STRONG_OVERLAP = 1 / 2;
/**
 * How alike an object under a key that names nothing (`author`) must be to a named collection's
 * entity to join it on fewer than STRONG_OVERLAP shared fields: notes.md's older `author`
 * (`id, username, email, name, state, created_at`) shares 5 of 6 with an access request, and is none.
 */
const UNNAMED_SIMILARITY = 0.85;
/** Shared properties from which the shape alone is evidence enough, whatever the names say. */
const STRONG_OVERLAP = 10;

export interface Grouping {
  /** Group index of each observation. */
  groupOf: number[];
  /** Each group's observations, ascending; groups ordered by their first observation. */
  groups: number[][];
}

/** A kind of value, as far as compatibility goes: integer and number are one; null fits any. */
function kindOf(value: Value): string {
  switch (value.kind) {
    case 'null':
      return '';
    case 'object':
    case 'array':
      return value.kind;
    case 'row':
      return value.of ? kindOf(value.of) : '';
    case 'leaf': {
      const type = value.schema.type;
      if (typeof type !== 'string') return '';
      return type === 'integer' ? 'number' : type;
    }
  }
}

class UnionFind {
  parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  /** The smaller root stays the root, so results do not depend on the order of unions. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** One distinct shape: property names (interned, sorted) with their kinds, and the observations showing it. */
interface Shape {
  keys: number[];
  kinds: Map<number, string>;
  members: number[];
  /** Collections the paths and keys of its observations name. */
  names: Set<string>;
}

/** The collection an observation's place names: its path's resource at the root, else its key. */
export function namedCollection(observation: Observation, collections: Map<string, string>): string | undefined {
  if (observation.parent === undefined) return pathResource(pathOf(observation), collections)?.collection;
  return observation.site.key === undefined ? undefined : collectionNamed(observation.site.key, collections);
}

const KIND_CODES: Record<string, number> = { '': 0, object: 1, array: 2, number: 3, string: 4, boolean: 5 };

function shapesOf(observations: Observation[], collections: Map<string, string>): Shape[] {
  const keyIds = new Map<string, number>();
  const intern = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };
  const names = new Map<string, string | undefined>();
  const bySignature = new Map<string, Shape>();
  const shapes: Shape[] = [];
  for (const observation of observations) {
    const place = observation.parent === undefined ? `/${observation.site.operation}` : observation.site.key ?? '';
    let name = names.get(place);
    if (name === undefined && !names.has(place)) names.set(place, (name = namedCollection(observation, collections)));
    // Properties with their kinds as numbers (key id * 8 + kind), in the order shown: the shape's
    // signature (the same fields in another order make another shape, which fits it exactly).
    // The same properties under two names (`{key, value}`: custom attributes, variables) are two
    // shapes, so the names can keep them apart. An empty object (`"trailers": {}`) says nothing of
    // what it is: a shape of its own.
    let signature = observation.props.length === 0 ? `#${observation.id}` : name ?? '';
    for (const [key, value] of observation.props) signature += `,${intern(key) * 8 + (KIND_CODES[kindOf(value)] ?? 6)}`;
    let shape = bySignature.get(signature);
    if (!shape) {
      const kinds = new Map<number, string>();
      for (const [key, value] of observation.props) kinds.set(intern(key), kindOf(value));
      shape = { keys: [...kinds.keys()].sort((a, b) => a - b), kinds, members: [], names: new Set(name ? [name] : []) };
      bySignature.set(signature, shape);
      shapes.push(shape);
    }
    shape.members.push(observation.id);
  }
  return shapes;
}

/** Whether two shapes sharing `shared` properties fit, when their groups are or are not named alike. */
function fits(sizeA: number, sizeB: number, shared: number, named: boolean): boolean {
  const overlap = !named ? REQUIRED_OVERLAP : shared >= STRONG_OVERLAP ? NAMED_STRONG_OVERLAP : NAMED_OVERLAP;
  return shared >= Math.max(sizeA, sizeB) * overlap;
}

/** The fields two shapes share, or -1 when one of them holds values of different kinds. */
function sharedFields(a: Shape, b: Shape): number {
  const [small, large] = a.kinds.size <= b.kinds.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, kind] of small.kinds) {
    const other = large.kinds.get(key);
    if (other === undefined) continue;
    if (kind && other && kind !== other) return -1;
    shared++;
  }
  return shared;
}

interface Pair {
  a: number;
  b: number;
  shared: number;
  similarity: number;
}

/**
 * Every pair of shapes that could fit (they share enough properties, holding compatible values),
 * closest first. Only shapes sharing a property are compared.
 */
function candidatePairs(shapes: Shape[]): Pair[] {
  // Prefix filtering (as set-similarity joins do): two shapes sharing at least half the fields of
  // the larger share one of the first `size - ceil(size / 2) + 1` fields of each, in an order that
  // puts rare fields first; only those are indexed, so `id`, in nearly every shape, seldom is.
  const frequency = new Map<number, number>();
  for (const shape of shapes) for (const key of shape.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const prefixes = shapes.map((shape) => {
    const ordered = [...shape.keys].sort((x, y) => frequency.get(x)! - frequency.get(y)! || x - y);
    return ordered.slice(0, ordered.length - Math.ceil(ordered.length * NAMED_STRONG_OVERLAP) + 1);
  });
  const postings = new Map<number, number[]>();
  prefixes.forEach((prefix, index) => {
    for (const key of prefix) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(index);
    }
  });
  const pairs: Pair[] = [];
  const seen = new Uint8Array(shapes.length);
  const touched: number[] = [];
  shapes.forEach((shape, a) => {
    for (const key of prefixes[a]) {
      for (const b of postings.get(key)!) {
        if (b === a || seen[b]) continue;
        seen[b] = 1;
        touched.push(b);
      }
    }
    for (const b of touched) {
      seen[b] = 0;
      // Each pair once: a candidate shares an indexed field, so the pair was met from its first shape.
      if (b < a) continue;
      const shared = sharedFields(shape, shapes[b]);
      const size = shape.keys.length;
      const other = shapes[b].keys.length;
      if (shared < 0 || !fits(size, other, shared, true)) continue;
      pairs.push({ a, b, shared, similarity: shared / Math.max(size, other) });
    }
    touched.length = 0;
  });
  return pairs.sort((x, y) => y.similarity - x.similarity || y.shared - x.shared || x.a - y.a || x.b - y.b);
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}

function namesConflict(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && !intersects(a, b);
}

/** Union every object observation two values link: the elements of one list, a table and its example. */
function linkValues(a: Value | undefined, b: Value | undefined, observations: Observation[], uf: UnionFind): void {
  if (!a || !b) return;
  if (a.kind === 'row') return linkValues(a.of, b, observations, uf);
  if (b.kind === 'row') return linkValues(a, b.of, observations, uf);
  if (a.kind === 'object' && b.kind === 'object') {
    uf.union(a.id, b.id);
    const right = new Map(observations[b.id].props);
    for (const [key, value] of observations[a.id].props) linkValues(value, right.get(key), observations, uf);
  } else if (a.kind === 'array' && b.kind === 'array') {
    linkValues(a.items.find((v) => v.kind === 'object' || v.kind === 'row'), b.items.find((v) => v.kind === 'object' || v.kind === 'row'), observations, uf);
  }
}

/** The elements of each list are one entity (as quicktype unifies an array's element types). */
function linkElements(value: Value, uf: UnionFind): void {
  if (value.kind === 'array') {
    const objects = value.items.filter((v): v is Extract<Value, { kind: 'object' }> => v.kind === 'object');
    for (const item of objects.slice(1)) uf.union(objects[0].id, item.id);
    for (const item of value.items) if (item.kind === 'array') linkElements(item, uf);
  } else if (value.kind === 'row' && value.of) {
    linkElements(value.of, uf);
  }
}

export function groupObservations(
  observations: Observation[],
  responses: Iterable<ResponseEvidence>,
  collections: Map<string, string>,
): Grouping {
  const shapes = shapesOf(observations, collections);
  const pairs = candidatePairs(shapes);
  const shared = new Map<number, number>();
  for (const pair of pairs) shared.set(pair.a * shapes.length + pair.b, pair.shared);
  const size = (i: number) => shapes[i].keys.length;
  // Whether shapes x and y fit, in groups named alike (`named`) or not.
  const fitting = (x: number, y: number, named: boolean) => {
    if (x === y) return true;
    const n = shared.get(Math.min(x, y) * shapes.length + Math.max(x, y));
    return n !== undefined && fits(size(x), size(y), n, named);
  };

  // Groups of shapes, grown greedily from the closest pairs.
  const cliques = new UnionFind(shapes.length);
  const members = new Map<number, number[]>(shapes.map((_, i) => [i, [i]]));
  const names = new Map<number, Set<string>>(shapes.map((shape, i) => [i, new Set(shape.names)]));
  const unfit = new Set<string>();
  for (const { a, b, shared: common, similarity } of pairs) {
    const ra = cliques.find(a);
    const rb = cliques.find(b);
    if (ra === rb) continue;
    const named = intersects(names.get(ra)!, names.get(rb)!);
    if (!fitting(a, b, named)) continue;
    if (common < STRONG_OVERLAP && namesConflict(names.get(ra)!, names.get(rb)!)) continue;
    // An object no name places (an `author`) joins a named collection's entity on a near match only.
    if (common < STRONG_OVERLAP && (names.get(ra)!.size === 0) !== (names.get(rb)!.size === 0) && similarity < UNNAMED_SIMILARITY) continue;
    const left = members.get(ra)!;
    const right = members.get(rb)!;
    // Groups only grow, and their roots change when they do: a pair of groups that did not fit
    // still does not while both have the same members.
    const tried = `${Math.min(ra, rb)}:${Math.max(ra, rb)}:${left.length}:${right.length}`;
    if (unfit.has(tried)) continue;
    let fit = 0;
    for (const x of left) for (const y of right) if (fitting(x, y, named)) fit++;
    if (fit * 2 < left.length * right.length) {
      unfit.add(tried);
      continue;
    }
    cliques.union(ra, rb);
    const root = cliques.find(ra);
    const other = root === ra ? rb : ra;
    members.set(root, [...left, ...right]);
    for (const name of names.get(other)!) names.get(root)!.add(name);
    members.delete(other);
    names.delete(other);
  }

  const uf = new UnionFind(observations.length);
  shapes.forEach((shape, index) => {
    const root = shapes[cliques.find(index)].members[0];
    for (const id of shape.members) uf.union(root, id);
  });
  for (const observation of observations) for (const [, value] of observation.props) linkElements(value, uf);
  for (const evidence of responses) {
    for (const value of [...evidence.examples, ...evidence.tables]) linkElements(value, uf);
    // One example and a table, or an example and its complements: they describe the same body.
    // Beside several (alternative) examples, a table joins whichever its shape fits.
    for (const [complement, fullest] of evidence.complements) linkValues(evidence.examples[fullest], evidence.examples[complement], observations, uf);
    const full = evidence.examples.filter((_, index) => !evidence.complements.some(([complement]) => complement === index));
    if (full.length === 1) for (const table of evidence.tables) linkValues(full[0], table, observations, uf);
  }

  const groupOf: number[] = [];
  const groups: number[][] = [];
  const indexOfRoot = new Map<number, number>();
  for (const observation of observations) {
    const root = uf.find(observation.id);
    let index = indexOfRoot.get(root);
    if (index === undefined) {
      indexOfRoot.set(root, (index = groups.length));
      groups.push([]);
    }
    groupOf.push(index);
    groups[index].push(observation.id);
  }
  return { groupOf, groups };
}
