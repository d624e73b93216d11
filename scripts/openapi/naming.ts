// Names of operations, from method and path alone: the CLI's `<resource> <verb>` (`project-issue
// list`) and the spec's operationId (`listProjectIssues`). Headings are never read, so a doc update
// that rewords a heading renames nothing, and a route keeps its name in every doc version that
// keeps the route. The rules are written out for users in docs/cli.md ("Command names"); keep the two
// in step.
//
// Resource: the path's fixed segments, each segment's last word made singular, joined with `-`
// (`/projects/:id/merge_requests/:iid/notes` -> `project-merge-request-note`); a path starting with
// `/user/` (or `/user` itself) is the current user (`current-user`).
// Verb, from the end of the path:
//   R1 ends in a parameter (one item): GET get, POST create, PUT/PATCH update, DELETE delete, HEAD head;
//      a word followed by several parameters adds the later ones: `get-by-filename`.
//   R2 ends in a plural word (a collection): GET list, POST create, PUT/PATCH update, DELETE delete.
//   R3 ends in a singular word right after a parameter: an action on that item named by the word
//      (`project-issue subscribe`, `project-job trace`, `project-merge-request merge`), except that
//      DELETE deletes it as a thing (`DELETE /projects/:id/fork` -> `project-fork delete`).
//   R4 ends in a singular word after another word: POST is an action named by the word
//      (`runner verify`, `todo mark-as-done`); other methods act on it as a thing
//      (`project-service-bugzilla get|update|delete`, `current-user-status get|update`).
//   R5 a path of one singular word is a resource of its own: `version get`, `lint create`.
//   Words that look plural but name one thing (settings, stats, statistics, metrics) are things:
//   `application-settings get`, `project-issue-time-stats get`.
// Collisions (names compared case-insensitively, the operationId too), resolved by rules that look at
// the colliding operations only, never at document order:
//   C1 one action word taken by several methods: POST keeps it, then PUT, PATCH, DELETE, GET, HEAD;
//      the others get their method's verb in front (`project export` and `project get-export`).
//   C2 the same name for a route on an item and a route without that item's parameter
//      (`DELETE /runners/:id` and `DELETE /runners`): the item keeps it; the other, for GET, is
//      `list`, else its resource takes the plural spelled in the path (`runners delete`).
//   C3 anything still equal: the method, then a number, in order of path, then method (as C1)
//      (reported as `operation-name-collision`; none in docs-source or docs-versions/current).
// A resource named like one of the CLI's own commands (`api`, `completion`, `help`, `list`) gets
// `-resource`, so `gitlab-api list` stays the builtin.

import { cached } from './cached.js';

/** Words of the CLI itself: a resource may not take these names. */
export const BUILTIN_WORDS: readonly string[] = ['api', 'completion', 'help', 'list'];

/** Plural in form, one thing in meaning: read with GET `get`, never an action. */
const SINGLETON_NOUNS = new Set(['settings', 'stats', 'statistics', 'metrics']);
/** Words that end in s but are not plurals. */
const NOT_PLURAL = new Set([...SINGLETON_NOUNS, 'kubernetes', 'succeeds']);
/** Words that name a collection without an s: `award_emoji`, `members/all`, `snippets/public`. */
const COLLECTIVE = new Set(['emoji', 'all', 'public', 'shared']);

const ITEM_VERBS: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete', HEAD: 'head' };
const COLLECTION_VERBS: Record<string, string> = { GET: 'list', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete', HEAD: 'head' };
/** C1, C3: who keeps a name several methods would take. */
const METHOD_RANK = ['POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'HEAD'];

export interface OperationName {
  /** `project-issue`: kebab-case words. */
  resource: string;
  /** `list`, `get`, `create`, `update`, `delete`, `head`, or an action (`subscribe`, `get-export`). */
  verb: string;
  /** The CLI's command: `project-issue list`. */
  command: string;
  /** `listProjectIssues`: verb then resource, camelCase, the collection plural for `list`. */
  operationId: string;
}

export interface NamedRoute {
  method: string;
  /** Docs form (`/projects/:id`) or OpenAPI form (`/projects/{id}`). */
  path: string;
}

export interface NamingCollision {
  /** The rule that made the name unique: only C3 is reported as a problem. */
  rule: 'C1' | 'C2' | 'C3';
  /** Position of the route in the list given. */
  index: number;
  method: string;
  path: string;
  /** The base name it would have had alone. */
  wanted: string;
  name: string;
}

// Routes are made of a small vocabulary of segments and words, met thousands of times a run: each is
// read once.
const segmentWords = new Map<string, readonly string[]>();
const singulars = new Map<string, string>();

/** Segment words: `merge_requests` -> ['merge', 'requests']; accents and punctuation dropped. Shared: never changed. */
function words(segment: string): readonly string[] {
  return cached(segmentWords, segment, readWords);
}

function readWords(segment: string): string[] {
  // Paths are ASCII but for the odd fuzzed one: normalizing is for those.
  const ascii = /^[\x00-\x7f]*$/.test(segment) ? segment : segment.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (ascii.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

function isParameter(segment: string): boolean {
  return /^[:*]/.test(segment) || segment.includes('{');
}

export function isPlural(word: string): boolean {
  if (COLLECTIVE.has(word)) return true;
  return word.length > 2 && word.endsWith('s') && !NOT_PLURAL.has(word) && !/(ss|us|sis|xis)$/.test(word);
}

/** `issues` -> `issue`, `branches` -> `branch`, `activities` -> `activity`, `statuses` -> `status`. */
export function singular(word: string): string {
  return cached(singulars, word, singularOf);
}

function singularOf(word: string): string {
  if (!isPlural(word) || COLLECTIVE.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sses|uses|ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

interface Segment {
  words: readonly string[];
  /** Spelled with hyphens (`microsoft-teams`, a service): a name, never made singular or a collection. */
  name: boolean;
  /** Parameters right after this word. */
  params: string[];
}

/**
 * Fixed segments with the parameters that follow each; parameters before any word are dropped
 * (`leading`: whether the path starts with one).
 */
function parse(path: string): { segments: Segment[]; leading: boolean } {
  const segments: Segment[] = [];
  const raws = path.split('/');
  let index = 0;
  for (const raw of raws) {
    if (raw === '') continue;
    const first = index++ === 0;
    if (isParameter(raw)) {
      segments.at(-1)?.params.push(raw.replace(/[^A-Za-z0-9_]/g, ''));
      continue;
    }
    const w = words(raw);
    if (w.length === 0) continue;
    // `/user` and `/user/...`: the authenticated user, apart from `/users/:id`.
    segments.push({ words: first && w.length === 1 && w[0] === 'user' ? ['current', 'user'] : w, name: raw.includes('-'), params: [] });
  }
  const leading = raws.find((raw) => raw !== '');
  return { segments, leading: leading !== undefined && isParameter(leading) };
}

function singularSegment(s: Segment): string[] {
  return s.name ? [...s.words] : [...s.words.slice(0, -1), singular(s.words.at(-1)!)];
}

/** The words of the first `count` segments, each made singular: a loop, not a flatMap (asked of every route). */
function singularSegments(segments: Segment[], count: number): string[] {
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const { words: w, name } = segments[i];
    const last = w.length - 1;
    for (let j = 0; j < last; j++) result.push(w[j]);
    result.push(name ? w[last] : singular(w[last]));
  }
  return result;
}

function camel(parts: string[]): string {
  return parts.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

const kebab = (parts: string[]) => parts.join('-');

interface Base {
  resource: string[];
  verb: string[];
  /** The resource as `list` spells it in an operationId (the collection plural). */
  idResource: string[];
  /** The last segment spelled as in the path (C2). */
  plural: string[];
  /** Path parameters in all. */
  params: number;
  action: boolean;
}

function baseName(method: string, path: string, parsed = parse(path)): Base {
  const m = method.toUpperCase();
  const { segments, leading } = parsed;
  let params = leading ? 1 : 0;
  for (const s of segments) params += s.params.length;
  if (segments.length === 0) return { resource: ['root'], verb: [ITEM_VERBS[m] ?? m.toLowerCase()], idResource: ['root'], plural: ['root'], params, action: false };
  const last = segments.at(-1)!;
  const word = last.words.at(-1)!;
  const before = singularSegments(segments, segments.length - 1);
  const thing = (verbs: Record<string, string>) => {
    const resource = [...before, ...singularSegment(last)];
    const verb = [verbs[m] ?? m.toLowerCase()];
    if (last.params.length > 1) verb.push('by', ...last.params.slice(1).flatMap(words));
    const idResource = verb[0] === 'list' ? [...before, ...last.words] : resource;
    return { resource, verb, idResource, plural: [...before, ...last.words], params, action: false };
  };
  if (last.params.length > 0) return thing(ITEM_VERBS); // R1
  if (isPlural(word) && !last.name) return thing(COLLECTION_VERBS); // R2
  if (segments.length === 1 || SINGLETON_NOUNS.has(word) || m === 'DELETE') return thing(ITEM_VERBS); // R5, things
  const afterParameter = segments.at(-2)!.params.length > 0;
  if (afterParameter || m === 'POST') {
    // R3, R4: an action on what comes before it.
    return { resource: before, verb: [...last.words], idResource: before, plural: [...singularSegments(segments, segments.length - 2), ...segments.at(-2)!.words], params, action: true };
  }
  return thing(ITEM_VERBS); // R4: a thing
}

function toName(resource: string[], verb: string[], idResource: string[]): OperationName {
  let res = kebab(resource);
  let idRes = idResource;
  if (BUILTIN_WORDS.includes(res)) {
    res = `${res}-resource`;
    idRes = [...idResource, 'resource'];
  }
  return { resource: res, verb: kebab(verb), command: `${res} ${kebab(verb)}`, operationId: camel([...verb, ...idRes]) };
}

/** The name of one route as if it were alone in the spec (R1-R5, no collision rule). */
export function nameRoute(method: string, path: string): OperationName {
  const b = baseName(method, path);
  return toName(b.resource, b.verb, b.idResource);
}

const key = (n: OperationName) => n.command.toLowerCase();
const idKey = (n: OperationName) => n.operationId.toLowerCase();

/**
 * Unique names for every route, in the order given. Each name depends on its own method and path
 * and, only when two would be equal, on the routes it collides with (C1-C3 above).
 */
export function nameRoutes(routes: readonly NamedRoute[]): { names: OperationName[]; collisions: NamingCollision[] } {
  // A path is read once, whatever methods it has (parse's segments are never changed after).
  const parsed = new Map<string, ReturnType<typeof parse>>();
  const bases = routes.map((r) => {
    let segments = parsed.get(r.path);
    if (!segments) parsed.set(r.path, (segments = parse(r.path)));
    return baseName(r.method, r.path, segments);
  });
  const methods = routes.map((r) => r.method.toUpperCase());
  const parts = bases.map((b) => ({ resource: b.resource, verb: b.verb, idResource: b.idResource }));
  const names = parts.map((p) => toName(p.resource, p.verb, p.idResource));
  const wanted = names.map((n) => n.command);
  const rules: (NamingCollision['rule'] | undefined)[] = routes.map(() => undefined);
  // The colliding groups, found again only after a rename (most rules rename nothing).
  let found: number[][] | undefined;
  const rename = (i: number, rule: NamingCollision['rule'], resource: string[], verb: string[], idResource: string[]) => {
    parts[i] = { resource, verb, idResource };
    names[i] = toName(resource, verb, idResource);
    rules[i] = rule;
    found = undefined;
  };
  const groups = () => {
    if (found) return found;
    const byName = new Map<string, number[]>();
    const add = (k: string, i: number) => {
      const group = byName.get(k);
      if (group) group.push(i);
      else byName.set(k, [i]);
    };
    names.forEach((n, i) => {
      add(`c:${key(n)}`, i);
      add(`i:${idKey(n)}`, i);
    });
    // A group found by both its command and its operationId is one group.
    return (found = [...new Map([...byName.values()].filter((g) => g.length > 1).map((g) => [g.join(','), g])).values()]);
  };

  // C1: the same action word by several methods.
  for (const group of groups()) {
    if (!group.every((i) => bases[i].action) || new Set(group.map((i) => methods[i])).size !== group.length) continue;
    const rank = (i: number) => METHOD_RANK.indexOf(methods[i]);
    const keeper = group.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    for (const i of group) {
      if (i !== keeper) rename(i, 'C1', parts[i].resource, [ITEM_VERBS[methods[i]] ?? methods[i].toLowerCase(), ...parts[i].verb], parts[i].idResource);
    }
  }
  // C2: an item's route and a route without that item's parameter.
  for (const group of groups()) {
    const most = Math.max(...group.map((i) => bases[i].params));
    if (group.filter((i) => bases[i].params === most).length !== 1) continue;
    for (const i of group) {
      if (bases[i].params === most) continue;
      const b = bases[i];
      if (methods[i] === 'GET' && !b.action) rename(i, 'C2', parts[i].resource, ['list'], b.plural);
      else rename(i, 'C2', b.plural, parts[i].verb, b.plural);
    }
  }
  // C3: the method, then a number; in the order of path and method, never of the document.
  for (const group of groups()) {
    const rank = (i: number) => METHOD_RANK.indexOf(methods[i]);
    const sorted = [...group].sort((a, b) => (routes[a].path < routes[b].path ? -1 : routes[a].path > routes[b].path ? 1 : rank(a) - rank(b) || a - b));
    const taken = new Set(names.flatMap((n) => [key(n), idKey(n)]));
    for (const i of sorted.slice(1)) {
      const { resource, verb, idResource } = parts[i];
      let candidate = toName(resource, [...verb, methods[i].toLowerCase()], idResource);
      for (let k = 2; taken.has(key(candidate)) || taken.has(idKey(candidate)); k++) {
        candidate = toName(resource, [...verb, methods[i].toLowerCase(), String(k)], idResource);
      }
      rename(i, 'C3', resource, candidate.verb.split('-'), idResource);
      taken.add(key(candidate));
      taken.add(idKey(candidate));
    }
  }
  const collisions: NamingCollision[] = [];
  routes.forEach((r, i) => {
    const rule = rules[i];
    if (rule) collisions.push({ rule, index: i, method: methods[i], path: r.path, wanted: wanted[i], name: names[i].command });
  });
  return { names, collisions };
}
