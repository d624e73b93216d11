// Where a docs page is published: shared by the openapi stage (externalDocs of operations and tags)
// and the docs-site emitter (links made from a spec's x-source, which may come from an untrusted fork).

/** Where GitLab publishes the API docs (the 11.x pages' own site, `ee` serving every edition). */
export const DOCS_URL = 'https://docs.gitlab.com/ee/api/';

/**
 * The docs page of a docs file: `templates/gitignores.md` -> `<base>templates/gitignores.html`.
 * Always a page below `base`, whatever the file name says (`//host`, `#`, `?` stay in the path).
 */
export function docsPageUrl(file: string, base: string = DOCS_URL): string {
  // Asked for each operation and tag of a page: one answer per page (URL parsing is not cheap), kept
  // by base, then file (no key string built per question).
  let urls = pageUrls.get(base);
  if (!urls) pageUrls.set(base, (urls = new Map()));
  let url = urls.get(file);
  if (url === undefined) {
    if (urls.size >= 10_000) urls.clear();
    urls.set(file, (url = pageUrl(file, base)));
  }
  return url;
}

const pageUrls = new Map<string, Map<string, string>>();

function pageUrl(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = file
    .replace(/\.md$/, '.html')
    .replace(/^[\\/]+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  try {
    return new URL(path, root).href;
  } catch {
    return root;
  }
}
