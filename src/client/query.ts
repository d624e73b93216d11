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

function pairs(name: string, value: unknown, out: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const key = name.endsWith('[]') ? name : `${name}[]`;
    for (const item of value) {
      if (item && typeof item === 'object' && !(item instanceof Date)) pairs(key, item, out);
      else if (item !== undefined && item !== null) out.push(`${keyOf(key)}=${encode(item)}`);
    }
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) pairs(`${name}[${k}]`, v, out);
    return;
  }
  out.push(`${keyOf(name)}=${encode(value)}`);
}

/** openapi-fetch `querySerializer`. */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const out: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) pairs(name, value, out);
  return out.join('&');
}
