// The openapi stage: DocsModel -> OpenAPI 3.1 document (+ the problems found on the way).
//
// Determinism: the output depends only on the model, never on time or on the order files were read.
// Pages are taken sorted by file name; paths and operations follow the docs' order within that
// (a path appears where its first endpoint is documented), so the spec reads like the docs.
// Object keys are always built in the same order.
import type { Diagnostic, DocsModel, Endpoint, Page, SourceRef } from '../model.js';
import type { OpenAPIDocument, OperationObject, PathItemObject, TagObject } from '../openapi-document.js';
import { createContext, type Context } from './context.js';
import { SECURITY, SERVERS, toComponents } from './components.js';
import { mergeEndpoints, toOpenAPIPath } from './merge-endpoints.js';
import { nameRoutes } from './naming.js';
import { toOperation, type OperationOptions } from './operation.js';
import { toTags } from './tag.js';
import { DOCS_URL, docsPageUrl } from '../docs-url.js';
import { pageLinkContext, resolveDescriptions, resolveLinks } from './docs-links.js';
import { buildEntities, operationKey } from './entities/index.js';

export interface ToOpenAPIOptions {
  /** info.version; else what the pages say; else `unversioned`. */
  version?: string;
  title?: string;
  /** Where the docs pages are published (operations' `externalDocs`, links in descriptions). */
  docsUrl?: string;
  /** Milliseconds of the response model's pass (`entities`), added to: what `npm run bench spec` weighs. */
  timings?: Record<string, number>;
}

export interface ToOpenAPIResult {
  document: OpenAPIDocument;
  diagnostics: Diagnostic[];
}

const byFile = (a: Page, b: Page) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * An endpoint's operation with its link to the docs. A function of its own, apart from toOpenAPI's
 * loop: V8 optimizes that once-per-run function late, and at a cost that grows with what its loop
 * holds (200 ms of compiler-thread CPU in a warm call over docs-versions/current, --trace-opt).
 */
function operationOf(endpoint: Endpoint, options: OperationOptions, docsUrl: string, ctx: Context): OperationObject {
  const operation = toOperation(endpoint, options, ctx);
  // The section on the published page: what a reader of the spec goes back to. The anchor is
  // percent-encoded: a heading's slug keeps non-ASCII letters, a URL may not (found by npm run fuzz).
  // No description: tools show the URL, and the docs site labels it with x-source's file and line.
  operation.externalDocs = { url: docsPageUrl(endpoint.file, docsUrl) + (endpoint.anchor ? `#${encodeURIComponent(endpoint.anchor)}` : '') };
  return operation;
}

export function toOpenAPI(model: DocsModel, options: ToOpenAPIOptions = {}): ToOpenAPIResult {
  const ctx = createContext();
  const pages = [...model.pages].sort(byFile);
  const endpoints: Endpoint[] = pages.flatMap((page) => page.endpoints);
  const merged = mergeEndpoints(endpoints, ctx);
  const tagsByFile = toTags(pages.filter((p) => p.endpoints.length > 0));
  // Names from method and path alone (naming.ts); only a collision no rule resolves is a problem.
  const { names, collisions } = nameRoutes(merged.map(({ endpoint }) => endpoint));
  for (const collision of collisions) {
    if (collision.rule !== 'C3') continue;
    ctx.report(merged[collision.index].endpoint.source, 'operation-name-collision', 'warning',
      `\`${collision.method} ${collision.path}\` would be named \`${collision.wanted}\` like another operation; named \`${collision.name}\``);
  }

  const docsUrl = options.docsUrl ?? DOCS_URL;
  const pageByFile = new Map(pages.map((page) => [page.file, page]));
  // Each page's link context at a place (its unresolved references are reported there); the texts
  // resolved so far are shared by the page's places.
  const resolvedByFile = new Map<string, Map<string, string>>();
  const links = (file: string, source: SourceRef) => {
    let resolved = resolvedByFile.get(file);
    if (!resolved) resolvedByFile.set(file, (resolved = new Map()));
    return pageLinkContext(file, pageByFile.get(file)?.linkDefinitions, source, ctx, docsUrl, resolved);
  };
  // The document-wide pass: entities from every response of every page, before any operation.
  const start = options.timings ? performance.now() : 0;
  const entities = buildEntities(merged.map(({ endpoint }) => endpoint), ctx, {
    taken: ['Error'],
    titles: new Map(pages.map((page) => [page.file, page.title])),
    describe: (markdown, source) => resolveLinks(markdown, links(source.file, source)),
  });
  if (options.timings) options.timings.entities = (options.timings.entities ?? 0) + performance.now() - start;
  Object.assign(ctx.schemas, entities.schemas);
  // A Map while it fills (hundreds of path keys would make the object a slow dictionary at each
  // lookup), the object built once at the end in the same order.
  const paths = new Map<string, PathItemObject>();
  for (let index = 0; index < merged.length; index++) {
    const { endpoint } = merged[index];
    const tag = tagsByFile.get(endpoint.file)?.name ?? endpoint.file;
    const { operationId, command } = names[index];
    const pageLinks = links(endpoint.file, endpoint.source);
    const describe = (markdown: string) => resolveLinks(markdown, pageLinks);
    const operation = operationOf(endpoint, { operationId, command, tag, bodies: entities.responses.get(operationKey(endpoint)), describe }, docsUrl, ctx);
    const path = toOpenAPIPath(endpoint.path);
    let item = paths.get(path);
    if (!item) paths.set(path, (item = {}));
    (item as Record<string, unknown>)[endpoint.method.toLowerCase()] = operation;
  }
  for (const [file, tag] of tagsByFile) {
    tag.externalDocs = { description: `GitLab docs: ${file}`, url: docsPageUrl(file, docsUrl) };
    resolveDescriptions(tag, links(file, pageByFile.get(file)!.source));
  }

  const version = options.version ?? model.api.version ?? 'unversioned';
  const document: OpenAPIDocument = {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'GitLab REST API v4',
      version,
      description:
        'Every endpoint documented in GitLab\'s REST API docs (`doc/api/`), generated from the markdown pages. ' +
        'Each operation and parameter carries `x-source`: the docs file and line it comes from.',
      // Derived from GitLab's docs, published under CC BY-SA 4.0 (see docs-source/PROVENANCE.txt).
      // OpenAPI 3.1 allows `identifier` or `url`, not both; openapi-typescript's type wants both.
      license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } as never,
      // The API's owner: problems with the API or its docs go to GitLab, not to this generator.
      contact: { name: 'GitLab', url: 'https://gitlab.com/gitlab-org/gitlab/-/issues' },
    },
    externalDocs: { description: 'GitLab REST API documentation', url: docsUrl },
    servers: SERVERS,
    security: SECURITY,
    tags: [...tagsByFile.values()] as TagObject[],
    paths: Object.fromEntries(paths),
    components: toComponents(model.api, ctx),
  };
  return { document, diagnostics: ctx.diagnostics };
}
