// Links from the docs site back to GitLab's docs pages, made from the spec's `x-source` and
// `x-gitlab-page`. Redoc 3 renders `externalDocs` on tags but not on operations, so an operation's
// link is appended to its description (a markdown link); a tag gets an `externalDocs`.
// Links inside descriptions are written relative to the docs page (`README.md#namespaced-path-encoding`):
// on the site they would point at the local server, so they are resolved against the page's URL,
// and images become links (the site fetches nothing).
// Works on a copy: the published spec is left as the openapi stage made it.
import GithubSlugger from 'github-slugger';
import { HTTP_METHODS, type OpenAPIDocument, type OperationObject, type PathItemObject, type TagObject, type XSource } from '../openapi-document.js';
// DOCS_URL: the default for a spec that does not say (`externalDocs.url` at the root).
import { DOCS_URL, docsPageUrl } from '../docs-url.js';


interface ExternalDocs {
  url: string;
  description?: string;
}

function isXSource(value: unknown): value is XSource {
  const v = value as Partial<XSource> | null;
  return typeof v === 'object' && v !== null && typeof v.file === 'string' && typeof v.line === 'number';
}

/** A heading's anchor as GitLab's docs make it (lower case, punctuation dropped, spaces to `-`). */
export function headingAnchor(heading: string): string {
  return new GithubSlugger().slug(heading);
}

/**
 * The link an operation gets: its own `externalDocs` when the openapi stage set one, else the docs
 * page and heading from `x-source` and `summary`. The text names file and line, so a reader with
 * the markdown at hand finds the exact place.
 */
export function operationDocsLink(operation: OperationObject, base: string): ExternalDocs | undefined {
  const source = (operation as Record<string, unknown>)['x-source'];
  const own = operation.externalDocs as ExternalDocs | undefined;
  if (own?.url) {
    return { url: own.url, description: own.description ?? (isXSource(source) ? sourceLabel(source) : 'GitLab docs') };
  }
  if (!isXSource(source)) return undefined;
  const anchor = operation.summary ? `#${headingAnchor(operation.summary)}` : '';
  return { url: docsPageUrl(source.file, base) + anchor, description: sourceLabel(source) };
}

function sourceLabel(source: XSource): string {
  return `GitLab docs: ${source.file}, line ${source.line}`;
}

/** Markdown link text and destination that no spec text can break out of. */
function markdownLink(link: ExternalDocs): string {
  const text = (link.description ?? link.url).replace(/\s+/g, ' ').replace(/[\\[\]`*_<>]/g, (c) => `\\${c}`);
  const url = link.url.replace(/[\u0000-\u0020()<>\\\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${url})`;
}

/** Only web links: an `externalDocs.url` from an untrusted spec could be `javascript:`. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Inline markdown links and images: `[text](target "title")`, `![alt](target)`. */
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\(\s*<?([^()\s<>]+)>?(\s+"[^"\n]*")?\s*\)/g;

/** `text` with relative links resolved against `pageUrl` (`.md` pages as `.html`), images as links. */
export function absolutizeLinks(text: string, pageUrl: string): string {
  // Code spans (odd parts of the split) are shown as written.
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : absolutizeProse(part, pageUrl)))
    .join('');
}

function absolutizeProse(text: string, pageUrl: string): string {
  return text.replace(MARKDOWN_LINK, (all, bang: string, label: string, target: string, title: string | undefined) => {
    let url = target;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      try {
        url = new URL(target.replace(/\.md(?=$|#)/, '.html'), pageUrl).href;
      } catch {
        return all;
      }
    }
    if (bang && !/^https?:/i.test(url)) return all;
    return `[${bang ? label || 'image' : label}](${url}${title ?? ''})`;
  });
}

/**
 * Replaces every `description` below `node` by `rewrite(text, page)`, `page` being the docs file it
 * came from (the nearest `x-source` or `x-gitlab-page` above it, `README.md` for the document's
 * own). Example values are data, not docs: left alone.
 */
export function mapDescriptions(node: unknown, rewrite: (text: string, page: string) => string, page = 'README.md'): void {
  if (Array.isArray(node)) {
    for (const item of node) mapDescriptions(item, rewrite, page);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  const source = object['x-source'];
  const own = isXSource(source) ? source.file : object['x-gitlab-page'];
  const here = typeof own === 'string' ? own : page;
  for (const [key, value] of Object.entries(object)) {
    if (key === 'example' || key === 'examples' || key === 'default' || key === 'enum' || key === 'x-codeSamples') continue;
    if (key === 'description' && typeof value === 'string') object[key] = rewrite(value, here);
    else if (typeof value === 'object' && value !== null) mapDescriptions(value, rewrite, here);
  }
}

/** The base URL of a spec's docs pages: its own `externalDocs.url`, else GitLab's. */
export function docsBase(doc: OpenAPIDocument): string {
  return (doc.externalDocs as ExternalDocs | undefined)?.url ?? DOCS_URL;
}

/** What rewriting one part of a document needs from the whole: its docs base and the rewrite. */
export interface LinkContext {
  base: string;
  /** A description's final text, given the page it came from. */
  description(text: string, page: string): string;
}

export function linkContext(doc: OpenAPIDocument, rewrite: (text: string) => string = (text) => text): LinkContext {
  const base = docsBase(doc);
  const pageUrls = new Map<string, string>();
  const pageUrl = (page: string) => {
    let url = pageUrls.get(page);
    if (url === undefined) pageUrls.set(page, (url = docsPageUrl(page, base)));
    return url;
  };
  // Only text with a link in it needs its page's URL.
  return { base, description: (text, page) => rewrite(text.includes('](') ? absolutizeLinks(text, pageUrl(page)) : text) };
}

/** Rewrites the descriptions of a path item (the caller's copy) and ends each operation's with a link to its docs page. */
export function linkPathItem(item: PathItemObject, context: LinkContext): void {
  mapDescriptions(item, context.description);
  for (const method of HTTP_METHODS) {
    const operation = (item as Record<string, OperationObject | undefined>)[method];
    if (!operation || '$ref' in operation) continue;
    const link = operationDocsLink(operation, context.base);
    if (!link || !isWebUrl(link.url)) continue;
    const line = `**Source:** ${markdownLink(link)}`;
    operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
  }
}

/** Rewrites the descriptions of everything but the paths (the caller's copy) and links each tag to its docs page. */
export function linkRest(rest: OpenAPIDocument, context: LinkContext): void {
  for (const [key, value] of Object.entries(rest)) if (key !== 'paths') mapDescriptions(value, context.description);
  for (const tag of (rest.tags ?? []) as (TagObject & { 'x-gitlab-page'?: unknown })[]) {
    const page = tag['x-gitlab-page'];
    if (tag.externalDocs || typeof page !== 'string') continue;
    tag.externalDocs = { url: docsPageUrl(page, context.base), description: `GitLab docs: ${page}` };
  }
}

/**
 * A copy of `doc` whose descriptions have their links resolved (and are then passed through
 * `rewrite`), whose operations end with a link to their docs page, and whose tags link to theirs.
 */
export function withDocsLinks(doc: OpenAPIDocument, rewrite: (text: string) => string = (text) => text): OpenAPIDocument {
  const copy = structuredClone(doc);
  const context = linkContext(copy, rewrite);
  for (const item of Object.values(copy.paths ?? {})) linkPathItem(item as PathItemObject, context);
  linkRest(copy, context);
  return copy;
}
