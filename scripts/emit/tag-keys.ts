// The client's per-page views (`gitlab.<tagKey>`): each tag's stable key and its paths. Apart from
// the types emitter (types.ts) so that the docs site's samples, which name the views, do not load
// TypeScript with it (half a second of the main thread).
import { HTTP_METHODS, type OpenAPIDocument, type OperationObject, type TagObject } from '../openapi-document.js';
import { CLIENT_OWN_KEYS } from '../../src/client/own-keys.js';

/**
 * The stable camelCase key of a tag, from its `x-gitlab-page` (conventions):
 * `merge_requests.md` -> `mergeRequests`, `templates/gitignores.md` -> `templatesGitignores`.
 */
export function tagKey(page: string): string {
  const words = page
    .replace(/\.md$/i, '')
    .split(/[/_\-\s.]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const key = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  const safe = /^[a-z]/.test(key) ? key : `tag${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`;
  // A key equal to one of the client's own members gets a trailing `Api`.
  return CLIENT_OWN_KEYS.includes(safe) ? `${safe}Api` : safe;
}


/** Tag key -> the paths having at least one operation with that tag, in spec order. */
export function pathsByTag(doc: OpenAPIDocument): Map<string, { tag: TagObject | undefined; paths: string[] }> {
  const byName = new Map<string, TagObject>();
  for (const tag of doc.tags ?? []) byName.set(tag.name, tag);
  const result = new Map<string, { tag: TagObject | undefined; paths: string[] }>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, unknown>)[method] as OperationObject | undefined;
      if (!op || typeof op !== 'object') continue;
      for (const name of op.tags ?? []) {
        const tag = byName.get(name);
        const page = (tag as { 'x-gitlab-page'?: unknown } | undefined)?.['x-gitlab-page'];
        const key = tagKey(typeof page === 'string' ? page : name);
        const entry = result.get(key) ?? { tag, paths: [] };
        if (!entry.paths.includes(path)) entry.paths.push(path);
        result.set(key, entry);
      }
    }
  }
  return result;
}
