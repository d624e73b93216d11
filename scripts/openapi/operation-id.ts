// operationId: readable, unique and stable, from the section heading and the route.
//
// Base id: the heading's words, camelCased, without the filler words that do not tell
// operations apart (`Create new issue` -> `createIssue`, `Get a single project` -> `getProject`),
// unless the filler is the first word (`New issue` -> `newIssue`, `Single issue` -> `singleIssue`).
// A heading with no usable word falls back to the method and the route's static segments.
//
// Collisions: operations whose base ids are equal are told apart by their routes. Each gets the
// route words that not all of them share (`listSnippets` for GET /snippets and
// GET /projects/:id/snippets -> `listSnippets` and `listSnippetsProjects`; a section documenting
// `/groups/:id/...` and `/projects/:id/...` -> `...Groups` and `...Projects`). An id still taken
// after that (in document order: pages by file name, sections in order) gets the method, then
// a number (2, 3, ...). Ids are compared case-insensitively, since the CLI's command names are
// their kebab-case. Same input, same ids; a new colliding endpoint can only rename operations of
// its own base id.
import type { HttpMethod } from '../model.js';

const FILLER = new Set(['a', 'an', 'the', 'new', 'single']);

function words(text: string): string[] {
  // `Awardable's` is one word; accents are dropped (`Événements` -> `evenements`).
  return (text.replace(/['’]/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
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
  // A filler first word is kept: `New issue` -> `newIssue`, not a bare `issue`.
  let parts = words(heading).filter((w, i) => i === 0 || !FILLER.has(w));
  if (parts.length === 0) parts = [method.toLowerCase(), ...routeWords(path)];
  // An identifier starts with a letter (`2FA settings` -> `get2faSettings`).
  if (!/^[a-z]/.test(parts[0])) parts = [method.toLowerCase(), ...parts];
  return camel(parts);
}

export interface OperationIdInput {
  heading: string;
  method: HttpMethod;
  path: string;
}

/** Unique ids for the operations, in the order given (document order); see the rule above. */
export function assignOperationIds(inputs: OperationIdInput[]): string[] {
  const bases = inputs.map((i) => baseOperationId(i.heading, i.method, i.path));
  const groups = new Map<string, number[]>();
  bases.forEach((base, index) => {
    const key = base.toLowerCase();
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(index);
  });
  const wanted = bases.map((base, index) => {
    const group = groups.get(base.toLowerCase())!;
    if (group.length === 1) return base;
    const routes = group.map((i) => new Set(routeWords(inputs[i].path)));
    const extra = [...new Set(routeWords(inputs[index].path))].filter((w) => !routes.every((r) => r.has(w)));
    return extra.length > 0 ? camel([...splitId(base), ...extra]) : base;
  });
  const used = new Set<string>();
  return wanted.map((id, index) => {
    if (used.has(id.toLowerCase())) id = camel([...splitId(id), inputs[index].method.toLowerCase()]);
    const stem = id;
    for (let n = 2; used.has(id.toLowerCase()); n++) id = `${stem}${n}`;
    used.add(id.toLowerCase());
    return id;
  });
}

function splitId(id: string): string[] {
  return words(id.replace(/([A-Z])/g, ' $1'));
}
