// What the docs call a thing: the resource a path names and the entity a property key names.
// GitLab's routes name their resources in the plural (`/projects/:id/issues/:issue_iid`): a
// "collection" is a literal segment some documented path follows with a parameter. A key names
// a collection when one of its word suffixes does (`forked_from_project` -> projects,
// `head_pipeline` -> pipelines, `user` -> users).
import { cached } from '../cached.js';

/** English plural -> singular, for the words GitLab's routes and keys use. */
export function singular(word: string): string {
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:sses|xes|ches|shes|uses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `merge_requests` -> `MergeRequests`, `slack-slash-commands` -> `SlackSlashCommands`, `_links` -> `Links`. */
export function pascalCase(text: string): string {
  return cached(pascalCases, text, makePascalCase);
}

// Route segments and keys are a small vocabulary, asked about many times over.
const pascalCases = new Map<string, string>();
const singularNames = new Map<string, string>();

function makePascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('_')
    .replace(/^[0-9_]+/, '')
    .split('_')
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** The last word of a snake_case name made singular: `merge_requests` -> `merge_request`. */
export function singularName(name: string): string {
  return cached(singularNames, name, makeSingularName);
}

function makeSingularName(name: string): string {
  const words = name.split(/([_-])/);
  words[words.length - 1] = singular(words[words.length - 1]);
  return words.join('');
}

const isParameter = (segment: string) => /^[:*{]/.test(segment);

/** The path's non-empty segments. A loop, not `filter(Boolean)`: a call per segment, thousands a run. */
export function segments(path: string): string[] {
  const parts = path.split('/');
  const result: string[] = [];
  for (let i = 0; i < parts.length; i++) if (parts[i] !== '') result.push(parts[i]);
  return result;
}

/**
 * The collections of the documented routes, by their singular name (`issue` -> `issues`): a literal
 * segment some route follows with a parameter, or one whose children (three or more, each read and
 * written: `/projects/:id/services/asana`, `.../jira`, ...) are items named by a literal.
 */
export function collectionsOf(routes: { method: string; path: string }[]): Map<string, string> {
  const collections = new Map<string, string>();
  // By route (`projects/{}/services`): its segments and the methods documented on it.
  const methods = new Map<string, { parts: string[]; verbs: Set<string> }>();
  for (const { method, path } of routes) {
    const parts = segments(path);
    const shape = new Array<string>(parts.length);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      shape[i] = isParameter(part) ? '{}' : part;
      if (shape[i] === '{}' || i + 1 >= parts.length || !isParameter(parts[i + 1])) continue;
      // `/projects/user/:user_id` beside `/users/:id`: the plural names the collection.
      const name = singularName(part);
      if (name !== part || !collections.has(name)) collections.set(name, part);
    }
    const key = shape.join('/');
    let route = methods.get(key);
    if (!route) methods.set(key, (route = { parts: shape, verbs: new Set() }));
    route.verbs.add(method);
  }
  const children = new Map<string, number[]>();
  for (const { parts: shape, verbs } of methods.values()) {
    const parts = shape.slice();
    const last = parts.pop()!;
    const parent = parts[parts.length - 1];
    if (last === '{}' || !parent || parent === '{}') continue;
    const key = parts.join('/');
    if (!children.has(key)) children.set(key, []);
    children.get(key)!.push(verbs.size);
  }
  for (const [route, counts] of children) {
    const parent = route.slice(route.lastIndexOf('/') + 1);
    if (counts.length >= 3 && counts.every((n) => n >= 2)) collections.set(singularName(parent), parent);
  }
  return collections;
}

/**
 * The collection a name refers to, if any: itself (`issues`, `issue`) or one of its word suffixes
 * (`forked_from_project`, `closes_issues`).
 */
export function collectionNamed(name: string, collections: Map<string, string>): string | undefined {
  return memo(namedCache, collections, name, findCollectionNamed, name);
}

/**
 * Answers for one set of collections: a pass asks the same questions many times over (once per
 * observation), about the one set of collections of its document. One slot, not a WeakMap keyed by
 * the set: each pass's entries would be ephemerons every minor GC walks until a major one.
 */
export interface Answers<T> {
  collections?: Map<string, string>;
  answers: Map<string, T>;
}

export const answersFor = <T>(): Answers<T> => ({ answers: new Map() });

const namedCache = answersFor<string | undefined>();
const resourceCache = answersFor<PathResource | undefined>();

/**
 * `compute(arg, collections)`, cached under `key` for one set of collections. The function and its
 * argument, not a closure: no closure is made per question (the pass asks thousands).
 */
export function memo<T, A>(
  cache: Answers<T>,
  collections: Map<string, string>,
  key: string,
  compute: (arg: A, collections: Map<string, string>) => T,
  arg: A,
): T {
  if (cache.collections !== collections) {
    cache.collections = collections;
    cache.answers = new Map();
  }
  const answers = cache.answers;
  let answer = answers.get(key);
  if (answer === undefined && !answers.has(key)) answers.set(key, (answer = compute(arg, collections)));
  return answer as T;
}

function findCollectionNamed(name: string, collections: Map<string, string>): string | undefined {
  const words = name.toLowerCase().replace(/-/g, '_').split('_').filter(Boolean);
  if (words.length === 0) return undefined;
  words[words.length - 1] = singular(words[words.length - 1]);
  for (let i = 0; i < words.length; i++) {
    const collection = collections.get(words.slice(i).join('_'));
    if (collection) return collection;
  }
  return undefined;
}

/** What a path names: its resource, and how plainly. */
export interface PathResource {
  /** The path's last literal segment (`issues`, `move`, `time_stats`). */
  literal: string;
  /**
   * The collection it lists or acts on: the literal itself (`/projects/:id/issues`), the collection
   * right before it (`/groups/:id/projects/shared`, `/runners/all`), or one a word suffix names
   * (`/user` -> users, `/merge_requests/:iid/closes_issues` -> issues).
   */
  collection?: string;
  /** The literal is itself a collection. */
  exact: boolean;
  /** The nearest collection before the literal (`/groups/:id/boards` -> groups). */
  parent?: string;
}

export function pathResource(path: string, collections: Map<string, string>): PathResource | undefined {
  return memo(resourceCache, collections, path, findPathResource, path);
}

/** Whether `name` is a collection itself (`issues`), not only a word of one. */
const isCollection = (name: string, collections: Map<string, string>) => collections.get(singularName(name)) === name;

function findPathResource(path: string, collections: Map<string, string>): PathResource | undefined {
  const parts = segments(path);
  let at = parts.length - 1;
  while (at >= 0 && isParameter(parts[at])) at--;
  if (at < 0) return undefined;
  const literal = parts[at];
  let parent: string | undefined;
  for (let i = at - 1; i >= 0; i--) {
    if (!isParameter(parts[i]) && isCollection(parts[i], collections)) {
      parent = parts[i];
      break;
    }
  }
  const before = at > 0 && !isParameter(parts[at - 1]) && isCollection(parts[at - 1], collections) ? parts[at - 1] : undefined;
  const exact = isCollection(literal, collections);
  const collection = exact ? literal : before ?? collectionNamed(literal, collections);
  return { literal, exact, ...(collection ? { collection } : {}), ...(parent ? { parent } : {}) };
}

/** The path without its last segment when that is a parameter: `/issues/:iid` -> `/issues`. */
export function collectionPath(path: string): string {
  const parts = segments(path);
  if (parts.length > 0 && isParameter(parts[parts.length - 1])) parts.pop();
  return '/' + parts.join('/');
}

/** The documented path of the operation an observation was seen in. */
export function pathOf(observation: { site: { operation: string } }): string {
  return observation.site.operation.slice(observation.site.operation.indexOf(' ') + 1);
}
