// Links from the docs site back to GitLab's docs pages, made from the spec's `x-source` and
// `x-gitlab-page`. Redoc 3 renders `externalDocs` on tags but not on operations, so an operation's
// link is appended to its description (a markdown link); a tag gets an `externalDocs`.
// Works on a copy: the published spec is left as the openapi stage made it.
import GithubSlugger from 'github-slugger';
import type { OpenAPIDocument, OperationObject, TagObject, XSource } from '../openapi-document.js';

/** Where GitLab publishes the API docs when the spec does not say (`externalDocs.url` at the root). */
export const DEFAULT_DOCS_URL = 'https://docs.gitlab.com/ee/api/';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface ExternalDocs {
  url: string;
  description?: string;
}

function isXSource(value: unknown): value is XSource {
  const v = value as Partial<XSource> | null;
  return typeof v === 'object' && v !== null && typeof v.file === 'string' && typeof v.line === 'number';
}

/** The docs page of a docs file: `templates/gitignores.md` -> `<base>templates/gitignores.html`. */
export function docsPageUrl(base: string, file: string): string {
  return new URL(file.replace(/\.md$/, '.html'), base.endsWith('/') ? base : `${base}/`).href;
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
  return { url: docsPageUrl(base, source.file) + anchor, description: sourceLabel(source) };
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

/** A copy of `doc` whose operations end with a link to their docs page, and whose tags link to theirs. */
export function withDocsLinks(doc: OpenAPIDocument): OpenAPIDocument {
  const copy = structuredClone(doc);
  const base = (copy.externalDocs as ExternalDocs | undefined)?.url ?? DEFAULT_DOCS_URL;
  for (const pathItem of Object.values(copy.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (pathItem as Record<string, OperationObject | undefined>)[method];
      if (!operation || '$ref' in operation) continue;
      const link = operationDocsLink(operation, base);
      if (!link || !isWebUrl(link.url)) continue;
      const line = `**Source:** ${markdownLink(link)}`;
      operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
    }
  }
  for (const tag of (copy.tags ?? []) as (TagObject & { 'x-gitlab-page'?: unknown })[]) {
    const page = tag['x-gitlab-page'];
    if (tag.externalDocs || typeof page !== 'string') continue;
    tag.externalDocs = { url: docsPageUrl(base, page), description: `GitLab docs: ${page}` };
  }
  return copy;
}
