// Which shapes of observations could be one entity (scripts/openapi/entities/group.ts groups them):
// how much two shapes must overlap, and the pairs that do, closest first. Comparing every pair of
// shapes costs the square of their number; prefix filtering compares only shapes that share one of
// their rarer fields.

export const REQUIRED_OVERLAP = 3 / 4;
/**
 * Between shapes the docs call by the same name (`/projects` and `/groups/:id/projects`), less:
 * 2/3, and 1/2 once they share STRONG_OVERLAP properties. GitLab's examples of one entity come from
 * different releases and show different subsets (the current projects.md shows 61 to 101 fields of
 * a project, 44 to 78 of them shared), while a basic view stays apart (20 of 46, 6 of 30 fields).
 */
export const NAMED_OVERLAP = 2 / 3;
export const NAMED_STRONG_OVERLAP = 1 / 2;
/** Shared properties from which the shape alone is evidence enough, whatever the names say. */
export const STRONG_OVERLAP = 10;

/** Observations of one shape: its fields' codes (key << 3 | kind), sorted by key. */
export interface Shape {
  codes: Int32Array;
  members: number[];
  /** Collections the paths and keys of its observations name. */
  names: Set<string>;
}

/** Whether two shapes sharing `shared` properties fit, when their groups are or are not named alike. */
export function fits(sizeA: number, sizeB: number, shared: number, named: boolean): boolean {
  const overlap = !named ? REQUIRED_OVERLAP : shared >= STRONG_OVERLAP ? NAMED_STRONG_OVERLAP : NAMED_OVERLAP;
  return shared >= Math.max(sizeA, sizeB) * overlap;
}

/** The fields two shapes share, or -1 when one of them holds values of different kinds. */
function sharedFields(a: Shape, b: Shape): number {
  const x = a.codes;
  const y = b.codes;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const kx = x[i] >> 3;
    const ky = y[j] >> 3;
    if (kx < ky) i++;
    else if (kx > ky) j++;
    else {
      const kindX = x[i++] & 7;
      const kindY = y[j++] & 7;
      if (kindX && kindY && kindX !== kindY) return -1;
      shared++;
    }
  }
  return shared;
}

export interface Pair {
  a: number;
  b: number;
  shared: number;
  similarity: number;
}

/**
 * The pairs shape `a` makes with the shapes after it that share one of its indexed fields. A function
 * of its own, apart from candidatePairs' loop: the JIT compiles a small hot function, not the whole
 * pass (what a cold run pays for); indexed loops, as the pass runs mostly before it is compiled.
 */
function pairsOf(a: number, shapes: Shape[], prefix: Int32Array, postings: number[][], seen: Uint8Array, touched: number[], pairs: Pair[]): void {
  for (let i = 0; i < prefix.length; i++) {
    const list = postings[prefix[i]];
    for (let j = 0; j < list.length; j++) {
      const b = list[j];
      // Each pair once: a candidate shares an indexed field, so the pair is met from its first shape.
      if (b <= a || seen[b]) continue;
      seen[b] = 1;
      touched.push(b);
    }
  }
  const size = shapes[a].codes.length;
  for (let t = 0; t < touched.length; t++) {
    const b = touched[t];
    seen[b] = 0;
    const other = shapes[b].codes.length;
    // Sharing every field of the smaller could still be too few (fits() grows with the count shared).
    if (!fits(size, other, Math.min(size, other), true)) continue;
    const shared = sharedFields(shapes[a], shapes[b]);
    if (shared < 0 || !fits(size, other, shared, true)) continue;
    pairs.push({ a, b, shared, similarity: shared / Math.max(size, other) });
  }
  touched.length = 0;
}

/**
 * Every pair of shapes that could fit (they share enough properties, holding compatible values),
 * closest first. Only shapes sharing a property are compared.
 */
export function candidatePairs(shapes: Shape[]): Pair[] {
  // Prefix filtering (as set-similarity joins do): two shapes sharing at least half the fields of
  // the larger share one of the first `size - ceil(size / 2) + 1` fields of each, in an order that
  // puts rare fields first; only those are indexed, so `id`, in nearly every shape, seldom is.
  let keyCount = 0;
  for (const { codes } of shapes) if (codes.length > 0) keyCount = Math.max(keyCount, (codes[codes.length - 1] >> 3) + 1);
  const frequency = new Int32Array(keyCount);
  for (const { codes } of shapes) for (const code of codes) frequency[code >> 3]++;
  // Rarest first, then by key: each key as `frequency * keyCount + key`, sorted as numbers (a typed
  // array's own sort, no comparator called per step).
  const prefixes = shapes.map(({ codes }) => {
    const ordered = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) ordered[i] = frequency[codes[i] >> 3] * keyCount + (codes[i] >> 3);
    ordered.sort();
    const prefix = ordered.subarray(0, ordered.length - Math.ceil(ordered.length * NAMED_STRONG_OVERLAP) + 1);
    for (let i = 0; i < prefix.length; i++) prefix[i] %= keyCount;
    return prefix;
  });
  const postings: number[][] = Array.from({ length: keyCount }, () => []);
  for (let index = 0; index < prefixes.length; index++) {
    const prefix = prefixes[index];
    for (let i = 0; i < prefix.length; i++) postings[prefix[i]].push(index);
  }
  const pairs: Pair[] = [];
  const seen = new Uint8Array(shapes.length);
  const touched: number[] = [];
  for (let a = 0; a < shapes.length; a++) pairsOf(a, shapes, prefixes[a], postings, seen, touched, pairs);
  return closestFirst(pairs, shapes.length);
}

const closer = (x: Pair, y: Pair) => y.similarity - x.similarity || y.shared - x.shared || x.a - y.a || x.b - y.b;

/**
 * Pairs of shapes (indexes below `shapes`), closest first: by similarity, then shared fields, both
 * descending, then by their shapes. Sorted as numbers, a Float64Array's own sort with no comparator
 * called per step (thousands of calls, most before the JIT has compiled them): each pair's place as
 * one integer, `((similarity rank * (most shared + 1) + fewer shared) * shapes + a) * shapes + b`;
 * the comparator where that passes 2^53 (far beyond any docs).
 */
export function closestFirst(pairs: Pair[], shapes: number): Pair[] {
  let most = 0;
  const distinct = new Set<number>();
  for (const pair of pairs) {
    if (pair.shared > most) most = pair.shared;
    distinct.add(pair.similarity);
  }
  const similarities = Float64Array.from(distinct).sort();
  if (similarities.length * (most + 1) * shapes * shapes >= Number.MAX_SAFE_INTEGER) return pairs.sort(closer);
  const rank = new Map<number, number>();
  for (let i = 0; i < similarities.length; i++) rank.set(similarities[i], similarities.length - 1 - i);
  const keys = new Float64Array(pairs.length);
  const byPlace = new Map<number, Pair>();
  for (let i = 0; i < pairs.length; i++) {
    const { a, b, shared, similarity } = pairs[i];
    keys[i] = ((rank.get(similarity)! * (most + 1) + (most - shared)) * shapes + a) * shapes + b;
    byPlace.set(a * shapes + b, pairs[i]);
  }
  keys.sort();
  const square = shapes * shapes;
  const sorted: Pair[] = new Array(pairs.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = byPlace.get(keys[i] % square)!;
  return sorted;
}
