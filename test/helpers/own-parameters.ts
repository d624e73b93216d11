// One operation, its own parameters: what a spec must not hold, whatever docs it was made from.
//   foreignParameters(doc) -> ['GET /a/{x}: path parameter `y` is not in the path', ...]
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

interface Found {
  op: string;
  /** The operation's own `x-source`, `file:line`: a path parameter from there has no row of its own. */
  opRow: string;
  path: string;
  location: string;
  name: string;
  /** The docs row it comes from, `file:line`. */
  row: string;
}

/**
 * Every parameter that is not the operation's own: a path parameter its path does not hold; a query
 * parameter or body property read from a docs row that is another route's path parameter (one table
 * shared by several routes, `issue_iid` of the issue route leaking into the merge request one); and
 * an `*_id` row shared by several routes (`awardable_id`) kept as a query parameter while a path
 * parameter of the route has no row: that row was the route's own path parameter.
 */
export function foreignParameters(doc: OpenAPIDocument): string[] {
  const found: Found[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op: Json | undefined = (item as Json)[method];
      if (!op) continue;
      const row = (source: Json | undefined) => (source ? `${source.file}:${source.line}` : '');
      const add = (location: string, name: string, source: Json | undefined) =>
        found.push({ op: `${method.toUpperCase()} ${path}`, opRow: row(op['x-source']), path, location, name, row: row(source) });
      for (const p of op.parameters ?? []) if (!p.$ref) add(p.in, p.name, p['x-source']);
      for (const media of Object.values<Json>(op.requestBody?.content ?? {})) {
        for (const [name, schema] of Object.entries<Json>(media.schema?.properties ?? {})) add('body', name, schema['x-source']);
      }
    }
  }
  const pathRows = new Map<string, Found[]>();
  for (const f of found.filter((f) => f.location === 'path')) pathRows.set(`${f.row} ${f.name}`, [...(pathRows.get(`${f.row} ${f.name}`) ?? []), f]);
  const problems = new Set<string>();
  for (const f of found) {
    const own = [...f.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    if (f.location === 'path' && !own.includes(f.name)) problems.add(`${f.op}: path parameter \`${f.name}\` is not in the path`);
    if (f.location === 'path' || own.includes(f.name)) continue;
    const elsewhere = (pathRows.get(`${f.row} ${f.name}`) ?? []).filter((other) => other.path !== f.path);
    if (elsewhere.length > 0) problems.add(`${f.op}: ${f.location} parameter \`${f.name}\` (${f.row}) is the path parameter of ${elsewhere[0].op}`);
    const shared = found.some((other) => other.row === f.row && other.name === f.name && other.path !== f.path);
    const rowless = found.filter((other) => other.op === f.op && other.location === 'path' && other.row === f.opRow);
    if (/_i?id$/.test(f.name) && shared && rowless.length > 0) {
      problems.add(`${f.op}: ${f.location} parameter \`${f.name}\` (${f.row}) is shared by several routes while path parameter \`${rowless[0].name}\` has no row`);
    }
  }
  return [...problems];
}
