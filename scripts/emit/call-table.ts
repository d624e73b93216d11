// The client's index of the spec, written into schema.d.ts after openapi-typescript's output:
// `Calls` (method -> path -> what a call takes and gives) and `TagCalls` (the same, per docs page).
//
// Why emitted rather than computed by the client's types: openapi-fetch derives each call's types
// from `paths` with conditional types (PathsWithMethod over every path, then the request and
// response shapes), which TypeScript recomputes after every edit in the editor; at GitLab's size
// that made path completion take seconds. Here the generator, which sees the whole spec once,
// writes the answers down: the paths of a method are `keyof Calls["get"]`, and a call's `init`,
// `data` and `error` are plain types. The client's own types (src/client/types.ts) only index them.
import type { OpenAPIDocument, OperationObject, ParameterObject, PathItemObject, RequestBodyObject, ResponseObject, SchemaObject } from '../openapi-document.js';
import { HTTP_METHODS, resolveRef } from '../openapi-document.js';
import { bodyKind } from '../../src/client/media.js';
import type { BodyKind } from '../../src/client/media.js';

type Method = (typeof HTTP_METHODS)[number];

/** What the client reads a 2xx body as: a media kind, `auto` (undeclared: by Content-Type), or nothing. */
export type ResponseRead = BodyKind | 'auto' | 'none';

export interface CallFacts {
  method: Method;
  path: string;
  /** The operation's type in the openapi-typescript output. */
  op: string;
  /** The `init` members: `params`, `body`, each with its optionality. */
  init: string[];
  /** `init` may be left out (nothing in it is required). */
  initOptional: boolean;
  /** Type of `data` on success, and of `error` (the non-2xx JSON bodies). */
  data: string;
  error: string;
  read: ResponseRead;
}

const json = JSON.stringify;
const ref = (text: string, ...keys: (string | number)[]) => text + keys.map((k) => `[${json(k)}]`).join('');

/**
 * A schema's type as a short name when it is a reference to a named schema (or an array of one):
 * `components["schemas"]["Issue"][]` reads better in hovers and errors than the path to the media type.
 */
function namedType(schema: SchemaObject | { $ref: string } | undefined): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const target = (schema as { $ref?: unknown }).$ref;
  if (typeof target === 'string') {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(target);
    return match ? ref('components', 'schemas', decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
  }
  const items = (schema as { type?: unknown; items?: SchemaObject | { $ref: string } }).items;
  if ((schema as { type?: unknown }).type === 'array' && items) {
    const item = namedType(items);
    return item ? `${item}[]` : undefined;
  }
  return undefined;
}

/** The media type a request body is sent as: multipart (uploads) first, then JSON, then the first listed. */
function requestMedia(content: Record<string, unknown>): string | undefined {
  const types = Object.keys(content);
  return types.find((t) => /^multipart\/form-data/i.test(t)) ?? types.find((t) => bodyKind(t) === 'json') ?? types.find((t) => /^application\/x-www-form-urlencoded/i.test(t)) ?? types[0];
}

const union = (types: string[]) => [...new Set(types)].join(' | ') || 'unknown';

/** The facts of one operation. */
export function callFacts(doc: OpenAPIDocument, path: string, method: Method, item: PathItemObject, op: OperationObject): CallFacts {
  const opType = typeof op.operationId === 'string' && op.operationId ? ref('operations', op.operationId) : ref('paths', path, method);
  const init: string[] = [];

  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef<ParameterObject>(doc, p)).filter((p): p is ParameterObject => !!p);
  const paramsRequired = parameters.some((p) => p.required === true || p.in === 'path');
  init.push(`params${paramsRequired ? '' : '?'}: ${opType}["parameters"]`);

  const body = resolveRef<RequestBodyObject>(doc, op.requestBody);
  let bodyRequired = false;
  if (body?.content) {
    const media = requestMedia(body.content);
    if (media) {
      bodyRequired = body.required === true;
      const kind = /^multipart\/|^application\/x-www-form-urlencoded/i.test(media) ? 'json' : bodyKind(media);
      // An optional requestBody is `requestBody?:` in openapi-typescript's output: index past undefined.
      const content = `${bodyRequired ? `${opType}["requestBody"]` : `NonNullable<${opType}["requestBody"]>`}["content"]`;
      const type = kind === 'json' ? ref(content, media) : kind === 'text' ? 'string' : 'BinaryBody';
      init.push(`body${bodyRequired ? '' : '?'}: ${type}`);
    }
  }

  const data: string[] = [];
  const error: string[] = [];
  const reads = new Set<ResponseRead>();
  for (const [status, value] of Object.entries(op.responses ?? {})) {
    const response = resolveRef<ResponseObject>(doc, value as ResponseObject);
    const success = /^2(\d\d|XX)$/i.test(status);
    if (!response || (!success && status !== 'default' && !/^[45]/.test(status))) continue;
    // openapi-typescript writes numeric statuses as number keys and `2XX`/`default` as strings.
    const key = /^\d+$/.test(status) ? Number(status) : status;
    const content = response.content ?? {};
    const jsonMedia = Object.keys(content).find((t) => bodyKind(t) === 'json');
    const at = (media: string) => namedType((content[media] as { schema?: SchemaObject } | undefined)?.schema) ?? ref(`${opType}["responses"]`, key, 'content', media);
    if (!success) {
      if (jsonMedia) error.push(at(jsonMedia));
      continue;
    }
    const media = jsonMedia ?? Object.keys(content)[0];
    if (media === undefined) {
      const empty = status === '204' || status === '205';
      data.push(empty ? 'undefined' : 'unknown');
      reads.add(empty ? 'none' : 'auto');
      continue;
    }
    const kind = bodyKind(media);
    data.push(kind === 'json' ? at(media) : kind === 'text' ? 'string' : 'Blob');
    reads.add(kind);
  }
  // One way to read the body per operation: JSON wins (GitLab's usual answer), then text, bytes,
  // undeclared; only 204s means no body.
  const read: ResponseRead = (['json', 'text', 'blob', 'auto', 'none'] as const).find((r) => reads.has(r)) ?? 'auto';
  return {
    method,
    path,
    op: opType,
    init,
    initOptional: !paramsRequired && !bodyRequired,
    data: union(data),
    error: union(error),
    read,
  };
}

/** allCalls of each frozen spec: the call table and response-media.ts both read them. */
const callsOf = new WeakMap<OpenAPIDocument, readonly CallFacts[]>();

/** Every operation's facts, in spec order; made once for a frozen spec (as the emitters get it). */
export function allCalls(doc: OpenAPIDocument): readonly CallFacts[] {
  const kept = callsOf.get(doc);
  if (kept) return kept;
  const calls: CallFacts[] = [];
  for (const [path, value] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef<PathItemObject>(doc, value as PathItemObject);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op && typeof op === 'object') calls.push(callFacts(doc, path, method, item, op));
    }
  }
  if (Object.isFrozen(doc)) callsOf.set(doc, calls);
  return calls;
}

function renderCall(call: CallFacts, indent: string): string {
  return [
    `${indent}${json(call.path)}: {`,
    `${indent}    init${call.initOptional ? '?' : ''}: { ${call.init.join('; ')} };`,
    `${indent}    data: ${call.data};`,
    `${indent}    error: ${call.error};`,
    `${indent}};`,
  ].join('\n');
}

/** Helper types the call table refers to (self-contained: schema.d.ts imports nothing). */
const HELPERS = `/** A file in a multipart body: a Blob or File, or (in Node) its bytes or text with a file name. */
export type Upload = Blob | { content: Blob | ArrayBuffer | ArrayBufferView | string; filename: string; type?: string };
/** A raw request body (a media type other than JSON or a form). */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | string;
`;

/**
 * `Calls` and `TagCalls` as TypeScript. `tags` maps a tag key (see tagKey) to its paths, in spec
 * order; a method a tag does not use is `{}`, so the client's method types always have a table.
 */
export function renderCallTable(doc: OpenAPIDocument, tags: Map<string, { paths: string[]; title: string }>): string {
  const calls = allCalls(doc);
  const out = [HELPERS, '/** For each HTTP method, path -> the call: what `init` takes, `data` on success, `error` otherwise. Used by the client\'s methods. */', 'export interface Calls {'];
  const byMethod = new Map<Method, CallFacts[]>(HTTP_METHODS.map((m) => [m, []]));
  for (const call of calls) byMethod.get(call.method)!.push(call);
  for (const [method, list] of byMethod) {
    if (!list.length) {
      out.push(`    ${method}: {};`);
      continue;
    }
    out.push(`    ${method}: {`);
    for (const call of list) out.push(renderCall(call, '        '));
    out.push('    };');
  }
  out.push('}');
  out.push('/** For each tag (docs page, keyed as in the conventions), its part of `Calls`. Used by the client\'s per-page views. */');
  out.push('export interface TagCalls {');
  const called = new Map([...byMethod].map(([method, list]) => [method, new Set(list.map((c) => c.path))]));
  for (const [key, { paths, title }] of tags) {
    out.push(`    /** ${title} */`);
    out.push(`    ${json(key)}: {`);
    for (const [method, hasPath] of called) {
      const mine = paths.filter((p) => hasPath.has(p));
      out.push(`        ${method}: ${mine.length ? `Pick<Calls[${json(method)}], ${mine.map((p) => json(p)).join(' | ')}>` : '{}'};`);
    }
    out.push('    };');
  }
  out.push('}');
  return out.join('\n') + '\n';
}
