// Every object the docs show in a success response, nested ones included, as an observation with
// its place (operation, status, JSON pointer, example block): the examples' JSON documents and the
// objects the response-attribute tables describe (`commit.author_email` makes an object `commit`).
// Nothing is decided here: group.ts says which observations are one entity.
import type { Endpoint, ResponseAttribute, ResponseDoc, SourceRef } from '../../model.js';
import { exampleValues, responseDocsByStatus } from '../response.js';
import { leafSchema } from './leaf.js';
import { typeToSchema, type Schema } from '../type-schema.js';
import type { Observation, ResponseEvidence, Site, Value } from './types.js';

/** A success status whose body the docs show nothing of. */
export interface Unshown {
  endpoint: Endpoint;
  status: number;
  /** The endpoint's operation key (operationKey). */
  operation: string;
}

export interface Collected {
  observations: Observation[];
  /** By operation (`GET /projects/:id/issues`), then success status. */
  responses: Map<string, Map<number, ResponseEvidence>>;
  /** Each endpoint's operation key (the same strings as `responses` holds). */
  operations: string[];
  /**
   * Success statuses that carry a body the docs show nothing of (no example, no table), in order,
   * with their endpoint's operation key.
   */
  unshown: Unshown[];
}

/** The operation key the entity pass uses: method and documented path. */
export const operationKey = (endpoint: Pick<Endpoint, 'method' | 'path'>) => `${endpoint.method} ${endpoint.path}`;

/** Success statuses that carry a body (a 204, a 304 or a HEAD answer has none). */
export function carriesBody(endpoint: Pick<Endpoint, 'method'>, status: number): boolean {
  return status >= 200 && status < 300 && status !== 204 && endpoint.method !== 'HEAD';
}

const NULL: Value = { kind: 'null' };
// Leaf values are most of an example: one shared Value per (shared) leaf schema.
const leaves = new Map<object, Value>();
function leafValue(schema: Schema): Value {
  let value = leaves.get(schema);
  if (!value) leaves.set(schema, (value = { kind: 'leaf', schema }));
  return value;
}

// Deeper than any real response; past it we make no claim, rather than overflow the stack on a
// hostile example (JSON.parse accepts far deeper nesting than recursion survives).
const MAX_DEPTH = 64;

interface Place {
  operation: string;
  status: number;
  source: SourceRef;
}

class Collector {
  observations: Observation[] = [];
  // One string per pointer (`/[]/author`), built once: names and groups compare and hash them.
  private pointers = new Map<string, Map<string, string>>();

  private observe(props: [string, Value][], partial: boolean, site: Site, parent: number | undefined): number {
    const id = this.observations.length;
    const observation: Observation = { id, props, partial, site };
    if (parent !== undefined) observation.parent = parent;
    this.observations.push(observation);
    return id;
  }

  private pointer(at: string, step: string): string {
    let steps = this.pointers.get(at);
    if (!steps) this.pointers.set(at, (steps = new Map()));
    let pointer = steps.get(step);
    if (pointer === undefined) steps.set(step, (pointer = `${at}/${step}`));
    return pointer;
  }

  /**
   * A JSON value of an example; objects become observations. `at` is the pointer of the value's
   * container and `step` its own step from there (built only for objects and lists: most values
   * are leaves).
   */
  value(value: unknown, place: Place, at: string, step: string, key: string | undefined, parent: number | undefined, depth = 0): Value {
    if (value === null || typeof value !== 'object') return value === null ? NULL : leafValue(leafSchema(value));
    const pointer = step === '' ? at : this.pointer(at, step);
    if (depth > MAX_DEPTH) return { kind: 'leaf', schema: {} };
    if (Array.isArray(value)) {
      return { kind: 'array', items: value.map((item) => this.value(item, place, pointer, '[]', key, parent, depth + 1)) };
    }
    const names = Object.keys(value);
    const props: [string, Value][] = new Array(names.length);
    const site: Site = { operation: place.operation, status: place.status, pointer, source: place.source };
    if (key !== undefined) site.key = key;
    const id = this.observe(props, false, site, parent);
    for (let i = 0; i < names.length; i++) {
      const field = (value as Record<string, unknown>)[names[i]];
      // Leaves (most fields) without the recursive call: the pass meets tens of thousands.
      const shown = field === null ? NULL : typeof field !== 'object' ? leafValue(leafSchema(field)) : this.value(field, place, pointer, names[i], names[i], id, depth + 1);
      props[i] = [names[i], shown];
    }
    return { kind: 'object', id };
  }

  /** A response-attribute table: its rows arranged by their names' paths (`commits[].id`). */
  table(attributes: ResponseAttribute[], rootIsArray: boolean, place: Place): Value {
    const root = newNode();
    for (const attribute of attributes) {
      let path = attributePath(attribute.name);
      if (path.length === 0) continue;
      if (rootIsArray && path[0] !== '[]') path = ['[]', ...path];
      let node = root;
      for (const segment of path) {
        if (segment === '[]') node = node.items ??= newNode();
        else {
          if (!node.properties.has(segment)) node.properties.set(segment, newNode());
          node = node.properties.get(segment)!;
        }
      }
      node.rows.push(attribute);
    }
    return this.node(root, { ...place, source: attributes[0]?.source ?? place.source }, '', undefined, undefined);
  }

  private node(node: Node, place: Place, pointer: string, key: string | undefined, parent: number | undefined): Value {
    let shape: Value | undefined;
    if (node.properties.size > 0) {
      const props: [string, Value][] = [];
      const id = this.observe(props, true, { ...place, pointer, ...(key === undefined ? {} : { key }) }, parent);
      for (const [name, child] of node.properties) props.push([name, this.node(child, { ...place, source: child.rows[0]?.source ?? place.source }, `${pointer}/${name}`, name, id)]);
      shape = { kind: 'object', id };
    } else if (node.items) {
      shape = { kind: 'array', items: [this.node(node.items, place, `${pointer}/[]`, key, parent)] };
    }
    const row = node.rows[0];
    if (!row) return shape ?? { kind: 'leaf', schema: {} };
    const description = node.rows.map((r) => r.description.trim()).find(Boolean);
    return {
      kind: 'row',
      schema: typeToSchema(row.type),
      ...(description ? { description } : {}),
      ...(node.rows.some((r) => r.deprecated) ? { deprecated: true } : {}),
      source: row.source,
      ...(shape ? { of: shape } : {}),
    };
  }
}

/**
 * A table row's name as a path: `commits[].id` -> ['commits', '[]', 'id']; `[].merged_by` ->
 * ['[]', 'merged_by']; `a[b]` -> ['a', 'b'] (the same as `a.b`).
 */
export function attributePath(name: string): string[] {
  return [...name.trim().matchAll(/\[\]|\[([^\]]+)\]|([^.[\]]+)/g)].map((m) => m[1] ?? m[2] ?? '[]');
}

interface Node {
  rows: ResponseAttribute[];
  properties: Map<string, Node>;
  items?: Node;
}

const newNode = (): Node => ({ rows: [], properties: new Map() });

/**
 * Alternative examples of one response that repeat an `id` of the fullest one but mostly show fields
 * it lacks are not another view but more of the same object: projects.md's "Users of GitLab Premium
 * or Ultimate can also see ..." (`{id, issues_template, merge_requests_template}`), groups.md's
 * "Additional response attributes". They are marked partial (their missing fields are not missing
 * from the entity).
 */
function markComplements(evidence: ResponseEvidence, observations: Observation[]): void {
  const objects = evidence.examples.map((value, index) => ({ index, value })).filter(({ value }) => value.kind === 'object');
  if (objects.length < 2) return;
  const keysOf = (value: Value) => observations[(value as { id: number }).id].props.map(([key]) => key);
  const main = objects.reduce((a, b) => (keysOf(b.value).length > keysOf(a.value).length ? b : a));
  const mainKeys = new Set(keysOf(main.value));
  for (const { index, value } of objects) {
    if (index === main.index) continue;
    const keys = keysOf(value);
    const shared = keys.filter((key) => mainKeys.has(key)).length;
    // It names the object it adds to (`id`), and most of its fields are new.
    if (shared > 0 && shared * 2 <= keys.length) {
      observations[(value as { id: number }).id].partial = true;
      evidence.complements.push([index, main.index]);
    }
  }
}

/** The first JSON example's or table row's source of a response's docs. */
function firstSource(docs: ResponseDoc[]): SourceRef | undefined {
  for (const doc of docs) {
    const example = doc.examples.find((e) => e.kind === 'json');
    if (example) return example.source;
    if (doc.attributes.length > 0) return doc.attributes[0].source;
  }
  return undefined;
}

/** What the examples and tables of one success response show (`docs`, the status's response docs). */
function responseEvidence(collector: Collector, endpoint: Endpoint, operation: string, status: number, docs: ResponseDoc[]): ResponseEvidence {
  const first = firstSource(docs);
  const evidence: ResponseEvidence = { source: first ?? endpoint.source, examples: [], documents: [], tables: [], complements: [] };
  for (const doc of docs) {
    for (const example of doc.examples) {
      for (const value of exampleValues(example)) {
        evidence.examples.push(collector.value(value, { operation, status, source: example.source }, '', '', undefined, undefined));
        evidence.documents.push(value);
      }
    }
  }
  markComplements(evidence, collector.observations);
  // A table beside a list example describes its elements (merge_requests.md lists `old_path`,
  // `diff`, ... for a list of diffs), as does one whose names start with `[]`.
  const rootIsArray = evidence.examples.some((v) => v.kind === 'array');
  for (const doc of docs) {
    if (doc.attributes.length === 0) continue;
    const arrayRows = rootIsArray || doc.attributes.some((a) => a.name.trim().startsWith('[]'));
    evidence.tables.push(collector.table(doc.attributes, arrayRows, { operation, status, source: doc.source }));
  }
  return evidence;
}

/**
 * The observations of every success response of `endpoints` (merged: one per operation), in the
 * endpoints' order, so ids and everything derived from them are deterministic. Statuses are the
 * ones the responses get (response.ts). The loop is kept short (the work per response is a function
 * of its own): run once a run, a long one is optimized late and at great cost (--trace-opt).
 */
export function collectObservations(endpoints: Endpoint[]): Collected {
  const collector = new Collector();
  const responses = new Map<string, Map<number, ResponseEvidence>>();
  const unshown: Collected['unshown'] = [];
  const operations: string[] = [];
  for (const endpoint of endpoints) {
    const operation = operationKey(endpoint);
    operations.push(operation);
    const perStatus = new Map<number, ResponseEvidence>();
    for (const [status, docs] of responseDocsByStatus(endpoint)) {
      if (!carriesBody(endpoint, status)) continue;
      const evidence = responseEvidence(collector, endpoint, operation, status, docs);
      if (evidence.examples.length > 0 || evidence.tables.length > 0) perStatus.set(status, evidence);
      else unshown.push({ endpoint, status, operation });
    }
    if (perStatus.size > 0) responses.set(operation, perStatus);
  }
  return { observations: collector.observations, responses, operations, unshown };
}
