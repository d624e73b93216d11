// The openapi stage: DocsModel -> OpenAPI 3.1 document (+ the problems found on the way).
//
// Determinism: the output depends only on the model, never on time or on the order files were read.
// Pages are taken sorted by file name; paths and operations follow the docs' order within that
// (a path appears where its first endpoint is documented), so the spec reads like the docs.
// Object keys are always built in the same order.
import type { Diagnostic, DocsModel, Endpoint, Page } from '../model.js';
import type { OpenAPIDocument, PathItemObject, TagObject } from '../openapi-document.js';
import { createContext } from './context.js';
import { SECURITY, SERVERS, toComponents } from './components.js';
import { mergeEndpoints, toOpenAPIPath } from './merge-endpoints.js';
import { assignOperationIds } from './operation-id.js';
import { toOperation } from './operation.js';
import { toTags } from './tag.js';

export interface ToOpenAPIOptions {
  /** info.version; else what the pages say; else `unversioned`. */
  version?: string;
  title?: string;
}

export interface ToOpenAPIResult {
  document: OpenAPIDocument;
  diagnostics: Diagnostic[];
}

const byFile = (a: Page, b: Page) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function toOpenAPI(model: DocsModel, options: ToOpenAPIOptions = {}): ToOpenAPIResult {
  const ctx = createContext();
  const pages = [...model.pages].sort(byFile);
  const endpoints: Endpoint[] = pages.flatMap((page) => page.endpoints);
  const merged = mergeEndpoints(endpoints, ctx);
  const tagsByFile = toTags(pages.filter((p) => p.endpoints.length > 0));
  const operationIds = assignOperationIds(merged.map(({ endpoint }) => endpoint));

  const paths: Record<string, PathItemObject> = {};
  for (const [index, { endpoint }] of merged.entries()) {
    const tag = tagsByFile.get(endpoint.file)?.name ?? endpoint.file;
    const operationId = operationIds[index];
    const path = toOpenAPIPath(endpoint.path);
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[endpoint.method.toLowerCase()] = toOperation(endpoint, { operationId, tag }, ctx);
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
    },
    servers: SERVERS,
    security: SECURITY,
    tags: [...tagsByFile.values()] as TagObject[],
    paths,
    components: toComponents(model.api, ctx),
  };
  return { document, diagnostics: ctx.diagnostics };
}
