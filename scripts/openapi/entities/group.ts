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
import { candidatePairs, fits, STRONG_OVERLAP, type Shape } from './pairs.js';

/**
 * How alike an object under a key that names nothing (`author`) must be to a named collection's
 * entity to join it on fewer than STRONG_OVERLAP shared fields: notes.md's older `author`
 * (`id, username, email, name, state, created_at`) shares 5 of 6 with an access request, and is none.
 */
const UNNAMED_SIMILARITY = 0.85;
export interface Grouping {
  /** Group index of each observation. */
  groupOf: number[];
  /** Each group's observations, ascending; groups ordered by their first observation. */
  groups: number[][];
}

/**
 * A kind of value, as far as compatibility goes, as its code (KIND_CODES): integer and number are
 * one; 0 for `null`, which fits any.
 */
function kindCode(value: Value): number {
  switch (value.kind) {
    case 'null':
      return 0;
    case 'object':
      return 1;
    case 'array':
      return 2;
    case 'row':
      return value.of ? kindCode(value.of) : 0;
    case 'leaf': {
      const type = value.schema.type;
      if (typeof type !== 'string') return 0;
      return KIND_CODES[type === 'integer' ? 'number' : type] ?? 6;
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

/**
 * One distinct shape: its properties as numbers (interned key id * 8 + the kind of value it holds,
 * KIND_CODES, 0 for `null`, which fits any), ascending (a typed array, sorted natively), and the
 * observations showing it. Comparing two shapes walks two sorted lists and allocates nothing: the
 * pass compares thousands.
 */
/** The collection an observation's place names: its path's resource at the root, else its key. */
export function namedCollection(observation: Observation, collections: Map<string, string>): string | undefined {
  if (observation.parent === undefined) return pathResource(pathOf(observation), collections)?.collection;
  return observation.site.key === undefined ? undefined : collectionNamed(observation.site.key, collections);
}

const KIND_CODES: Record<string, number> = { '': 0, object: 1, array: 2, number: 3, string: 4, boolean: 5 };

function sameList(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The collection each observation's place names (the operation for a body, the key for a nested
 * object), asked once per place.
 */
function placeNames(observations: Observation[], collections: Map<string, string>): (string | undefined)[] {
  const byOperation = new Map<string, string | undefined>();
  const byKey = new Map<string, string | undefined>();
  const names = new Array<string | undefined>(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i];
    const root = observation.parent === undefined;
    const places = root ? byOperation : byKey;
    const place = root ? observation.site.operation : observation.site.key ?? '';
    let name = places.get(place);
    if (name === undefined && !places.has(place)) places.set(place, (name = namedCollection(observation, collections)));
    names[i] = name;
  }
  return names;
}

/**
 * An observation's properties with their kinds, in the order shown: its signature, and the signature's
 * hash. A function of its own, apart from shapesOf's loop: the JIT compiles a small hot function
 * rather than the whole loop with everything it calls (what the first, cold run pays for).
 */
function signatureOf(props: [string, Value][], keyIds: Map<string, number>): { signature: number[]; hash: number } {
  const signature: number[] = new Array(props.length);
  let hash = 0;
  for (let i = 0; i < props.length; i++) {
    const key = props[i][0];
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    const code = (signature[i] = id * 8 + kindCode(props[i][1]));
    hash = (Math.imul(hash, 31) + code) & 0x3fffffff;
  }
  return { signature, hash };
}

function shapesOf(observations: Observation[], collections: Map<string, string>): Shape[] {
  const keyIds = new Map<string, number>();
  const names = placeNames(observations, collections);
  // Shapes by a hash of their signature, then by name; each with its signature, to tell hashes apart.
  const byHash = new Map<number, { signature: number[]; byName: Map<string, Shape> }[]>();
  const shapes: Shape[] = [];
  for (let o = 0; o < observations.length; o++) {
    const observation = observations[o];
    const name = names[o];
    // The properties with their kinds, in the order shown, then the name: the shape's signature
    // (the same fields in another order make another shape, which fits it exactly). The same
    // properties under two names (`{key, value}`: custom attributes, variables) are two shapes, so
    // the names can keep them apart. An empty object (`"trailers": {}`) says nothing of what it
    // is: a shape of its own.
    const { signature, hash } = signatureOf(observation.props, keyIds);
    let same: { signature: number[]; byName: Map<string, Shape> } | undefined;
    if (signature.length > 0) {
      let bucket = byHash.get(hash);
      if (!bucket) byHash.set(hash, (bucket = []));
      for (let b = 0; b < bucket.length && !same; b++) if (sameList(bucket[b].signature, signature)) same = bucket[b];
      if (!same) bucket.push((same = { signature, byName: new Map() }));
    }
    let shape = same?.byName.get(name ?? '');
    if (!shape) {
      shape = { codes: Int32Array.from(signature).sort(), members: [], names: new Set(name ? [name] : []) };
      same?.byName.set(name ?? '', shape);
      shapes.push(shape);
    }
    shape.members.push(observation.id);
  }
  return shapes;
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
  const size = (i: number) => shapes[i].codes.length;
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
  for (const { props } of observations) {
    // Only lists (and rows, which may hold one) link anything: no call for the other values.
    for (let i = 0; i < props.length; i++) {
      const kind = props[i][1].kind;
      if (kind === 'array' || kind === 'row') linkElements(props[i][1], uf);
    }
  }
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
