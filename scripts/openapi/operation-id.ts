// operationId: readable, unique and stable, from the section heading and the route.
//
// Base id: the heading's words, camelCased, without the filler words that do not tell
// operations apart (`Create new issue` -> `createIssue`, `Get a single project` -> `getProject`).
// A heading with no usable word falls back to the method and the route's static segments.
//
// Collisions are resolved in document order (pages by file name, sections in order), so adding an
// endpoint later in the docs never renames an earlier one: the first operation keeps the base id;
// each later one gets the route's static segments that the id does not already name appended
// (`getIssue` for GET /projects/:id/issues/:iid after GET /issues/:id -> `getIssueProjects`),
// then the method, then a number (2, 3, ...) until the id is unused.
import type { HttpMethod } from '../model.js';

const FILLER = new Set(['a', 'an', 'the', 'new', 'single']);

function words(text: string): string[] {
  return (text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
}

function camel(parts: string[]): string {
  return parts.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

/** Static route words: `/projects/:id/merge_requests` -> ['projects', 'merge', 'requests']. */
export function routeWords(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment && !segment.startsWith(':') && !segment.startsWith('*') && !segment.startsWith('{'))
    .flatMap(words);
}

export function baseOperationId(heading: string, method: HttpMethod, path: string): string {
  let parts = words(heading).filter((w) => !FILLER.has(w));
  if (parts.length === 0) parts = [method.toLowerCase(), ...routeWords(path)];
  // An identifier starts with a letter (`2FA settings` -> `get2faSettings`).
  if (!/^[a-z]/.test(parts[0])) parts = [method.toLowerCase(), ...parts];
  return camel(parts);
}

/** Hands out unique ids in call order; see the rule above. */
export function createOperationIdAllocator(): (heading: string, method: HttpMethod, path: string) => string {
  const used = new Set<string>();
  return (heading, method, path) => {
    const base = baseOperationId(heading, method, path);
    const taken = (id: string) => used.has(id.toLowerCase());
    let id = base;
    if (taken(id)) {
      const have = new Set(words(base.replace(/([A-Z])/g, ' $1')));
      const extra = [...new Set(routeWords(path))].filter((w) => !have.has(w) && !have.has(w.replace(/s$/, '')) && !have.has(w.replace(/es$/, '')));
      if (extra.length > 0) id = camel([...words(base.replace(/([A-Z])/g, ' $1')), ...extra]);
      if (taken(id)) id = camel([...words(id.replace(/([A-Z])/g, ' $1')), method.toLowerCase()]);
      const stem = id;
      for (let n = 2; taken(id); n++) id = `${stem}${n}`;
    }
    // Compared case-insensitively: the CLI's kebab-case command names must be unique too.
    used.add(id.toLowerCase());
    return id;
  };
}
