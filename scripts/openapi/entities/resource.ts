// What the docs call a thing: the resource a path names and the entity a property key names.
// GitLab's routes name their resources in the plural (`/projects/:id/issues/:issue_iid`): a
// "collection" is a literal segment some documented path follows with a parameter. A key names
// a collection when one of its word suffixes does (`forked_from_project` -> projects,
// `head_pipeline` -> pipelines, `user` -> users).

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
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
    .replace(/^[0-9]+/, '');
}

/** The last word of a snake_case name made singular: `merge_requests` -> `merge_request`. */
export function singularName(name: string): string {
  const words = name.split(/([_-])/);
  words[words.length - 1] = singular(words[words.length - 1]);
  return words.join('');
}

const isParameter = (segment: string) => /^[:*{]/.test(segment);

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The collections of a set of documented paths, by their singular name (`issue` -> `issues`). */
export function collectionsOf(paths: Iterable<string>): Map<string, string> {
  const collections = new Map<string, string>();
  for (const path of paths) {
    const parts = segments(path);
    parts.forEach((part, i) => {
      if (!isParameter(part) && i + 1 < parts.length && isParameter(parts[i + 1])) collections.set(singularName(part), part);
    });
  }
  return collections;
}

/**
 * The collection a name refers to, if any: itself (`issues`, `issue`) or one of its word suffixes
 * (`forked_from_project`, `closes_issues`).
 */
export function collectionNamed(name: string, collections: Map<string, string>): string | undefined {
  const words = name.toLowerCase().replace(/-/g, '_').split('_').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const suffix = singularName(words.slice(i).join('_'));
    const collection = collections.get(suffix);
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
  const parts = segments(path);
  let at = parts.length - 1;
  while (at >= 0 && isParameter(parts[at])) at--;
  if (at < 0) return undefined;
  const literal = parts[at];
  const isCollection = (name: string) => collections.get(singularName(name)) === name;
  let parent: string | undefined;
  for (let i = at - 1; i >= 0; i--) {
    if (!isParameter(parts[i]) && isCollection(parts[i])) {
      parent = parts[i];
      break;
    }
  }
  const before = at > 0 && !isParameter(parts[at - 1]) && isCollection(parts[at - 1]) ? parts[at - 1] : undefined;
  const collection = isCollection(literal) ? literal : before ?? collectionNamed(literal, collections);
  return { literal, exact: isCollection(literal), ...(collection ? { collection } : {}), ...(parent ? { parent } : {}) };
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
