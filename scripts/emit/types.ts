// Emits `schema.d.ts`: openapi-typescript's types for the whole spec, then the client's index of
// them (call-table.ts: `Calls`, per method and path, and `TagCalls`, per docs page), and
// `response-media.js`, the one fact about responses the client needs at run time.
import type { OpenAPITSOptions } from 'openapi-typescript';
import type { TypeNode } from 'typescript';
import { astToString, ts, typeNodes } from './types-nodes.js';
import { HTTP_METHODS, type OpenAPIDocument, type OperationObject, type OutputFile, type SchemaObject, type TagObject } from '../openapi-document.js';
import { CLIENT_OWN_KEYS } from '../../src/client/own-keys.js';
import { renderCallTable } from './call-table.js';
import { renderResponseMedia } from './response-media.js';

/**
 * The openapi-typescript options, chosen for a spec read from docs and for editor speed:
 * - `exportType: false`: interfaces, which TypeScript caches better than type aliases.
 * - `enum: false`: enums stay string-literal unions (no runtime code in a .d.ts, and `'opened'`
 *   is accepted as is; a TS enum would force users to import it).
 * - `rootTypes: true`: `SchemaIssue` etc. alongside `components['schemas']['Issue']`.
 * - `emptyObjectsUnknown: true`: an object schema without properties (an example of `{}` in the docs)
 *   means "we do not know", not "must be empty".
 * - `alphabetize: false`: keeps the spec's order (docs order), so diffs of schema.d.ts stay readable.
 * - `pathParamsAsTypes: false`: template-literal path keys would make completion worse, not better.
 * - `additionalProperties: false`, `defaultNonNullable: true`, `propertiesRequiredByDefault: false`:
 *   openapi-typescript's defaults, written out so that a new default cannot change our output.
 */
export const typesOptions: OpenAPITSOptions = {
  exportType: false,
  enum: false,
  rootTypes: true,
  emptyObjectsUnknown: true,
  alphabetize: false,
  pathParamsAsTypes: false,
  additionalProperties: false,
  defaultNonNullable: true,
  propertiesRequiredByDefault: false,
  silent: true,
  transform: uploadType,
};

/**
 * A file in a request body (`format: binary`, or OpenAPI 3.1's `contentMediaType`) is what the
 * client sends as a multipart part, `Upload` (call-table.ts), not the string openapi-typescript
 * writes by default. Response schemas keep theirs: a download's `data` comes from its media type.
 */
function uploadType(schema: SchemaObject, { path }: { path?: string }): TypeNode | undefined {
  const s = schema as { type?: unknown; format?: unknown; contentMediaType?: unknown; contentEncoding?: unknown };
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (!types.includes('string') || (s.format !== 'binary' && (typeof s.contentMediaType !== 'string' || s.contentEncoding !== undefined))) return undefined;
  if (path && /\/responses\//.test(path)) return undefined;
  const upload = ts.factory.createTypeReferenceNode('Upload');
  return types.includes('null') ? ts.factory.createUnionTypeNode([upload, ts.factory.createLiteralTypeNode(ts.factory.createNull())]) : upload;
}

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

/** A JSDoc-safe single line: no comment terminators, no newlines. */
function docLine(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
}

/** Tag key -> its paths and a one-line title for the docs comment. */
function tagTitles(doc: OpenAPIDocument): Map<string, { paths: string[]; title: string }> {
  const out = new Map<string, { paths: string[]; title: string }>();
  for (const [key, { tag, paths }] of pathsByTag(doc)) {
    const page = (tag as { 'x-gitlab-page'?: unknown } | undefined)?.['x-gitlab-page'];
    out.set(key, { paths, title: docLine(`${tag?.name ?? key}${typeof page === 'string' ? ` (${page})` : ''}`) });
  }
  return out;
}

const HEADER = `/**
 * Generated by scripts/emit/types.ts from spec/openapi.json (openapi-typescript). Do not edit.
 */

`;

/**
 * The document the types are made from: a copy (openapi-typescript resolves $refs in place in some
 * versions) without examples and response headers. Both stay in the spec and on the docs site; in
 * the types they were JSDoc and header types nobody's code reads, and they cost each consumer about
 * 9 MB of compiler memory (bench/client.ts). A property *named* `example` is kept.
 */
export function typesInput(doc: OpenAPIDocument): OpenAPIDocument {
  const trim = (value: unknown, under?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => trim(v));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // Keys of a `properties` map are names, not keywords.
      if (under !== 'properties' && (key === 'example' || key === 'examples')) continue;
      if (key === 'headers' && under === 'response') continue;
      out[key] = trim(child, key === 'properties' ? 'properties' : /^([1-5](\d\d|XX)|default)$/.test(key) && under === 'responses' ? 'response' : key);
    }
    return out;
  };
  const copy = trim(doc) as Record<string, unknown>;
  // Shared responses (components.responses.X) are responses too.
  const responses = (copy.components as { responses?: Record<string, Record<string, unknown>> } | undefined)?.responses;
  for (const response of Object.values(responses ?? {})) delete response.headers;
  return copy as unknown as OpenAPIDocument;
}

/** The types emitter: `schema.d.ts` (openapi-typescript output + the call table) and `response-media.js`. */
export async function emitTypes(doc: OpenAPIDocument): Promise<OutputFile[]> {
  // openapiTS() without its Redocly pass (types-nodes.ts says why).
  const nodes = typeNodes(typesInput(doc), typesOptions);
  const content = HEADER + astToString(nodes) + '\n' + renderCallTable(doc, tagTitles(doc));
  return [{ path: 'schema.d.ts', content }, ...renderResponseMedia(doc)];
}
