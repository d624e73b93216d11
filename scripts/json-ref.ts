// Local `$ref`s (`#/components/parameters/page`), for the stages that read a spec: the changelog
// compares what a client sends and gets (a parameter behind a reference counts the same as one
// written inline), the docs site reads the schemas behind its code samples' arguments.

/** A JSON value as read from a spec file; the diff walks the document untyped, defensively. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function pointer(doc: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[key];
  }
  return node;
}

/** The object a value stands for: itself, or what its `$ref` chain points to (undefined if dangling). */
export function resolve(value: Json | undefined, doc: Json): { [key: string]: Json } | undefined {
  let node = value;
  for (let hops = 0; hops < 32; hops++) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (typeof node.$ref !== 'string') return node;
    node = pointer(doc, node.$ref);
  }
  return undefined;
}

/** `value` as a plain object, or an empty one. */
export function asObject(value: Json | undefined): { [key: string]: Json } {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
