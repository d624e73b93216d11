// Query strings the way GitLab (Rails/Rack, Grape) reads them.
// - A name documented with `[]` (`iids[]`) is repeated as is: `iids[]=1&iids[]=2`.
// - An array under a plain name gets the brackets Rack needs to see an array: `scope[]=a&scope[]=b`
//   (`scope=a&scope=b` would keep only the last value).
// - Comma lists (`labels=a,b`) are strings in the spec, as the docs type them: pass `'a,b'`.
// - Objects become Rack hashes: `position[base_sha]=...`; booleans `true`/`false`; null/undefined are left out.

function encode(value: unknown): string {
  return encodeURIComponent(value instanceof Date ? value.toISOString() : String(value));
}

function keyOf(name: string): string {
  // Brackets stay readable in names (GitLab's docs and logs show them so); the rest is encoded.
  return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

const plainLeaf = (value: unknown) => !value || typeof value !== 'object' || value instanceof Date;

/**
 * Each (name, value) pair Rack reads a parameter as: an array under `name[]` (a name documented
 * with `[]` keeps it), a hash as `name[key]`, recursively; null and undefined left out. `isLeaf`
 * says which objects are values themselves (a Date here; a file in a multipart body).
 */
export function rackPairs(name: string, value: unknown, visit: (name: string, value: unknown) => void, isLeaf: (value: unknown) => boolean = plainLeaf): void {
  if (value === undefined || value === null) return;
  if (isLeaf(value)) return visit(name, value);
  if (Array.isArray(value)) {
    const key = name.endsWith('[]') ? name : `${name}[]`;
    for (const item of value) rackPairs(key, item, visit, isLeaf);
    return;
  }
  for (const [k, v] of Object.entries(value as object)) rackPairs(`${name}[${k}]`, v, visit, isLeaf);
}

/** openapi-fetch `querySerializer`. */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const out: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) rackPairs(name, value, (key, leaf) => out.push(`${keyOf(key)}=${encode(leaf)}`));
  return out.join('&');
}
