// The OpenAPI document that the openapi stage produces and the emitters and the changelog consume.
// The object types are openapi-typescript's (one definition of OpenAPI 3.x for the whole project);
// this file adds the project's extensions and the shape of an emitter.
import type { OpenAPI3 } from 'openapi-typescript';

export type {
  OpenAPI3,
  OperationObject,
  ParameterObject,
  PathItemObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
  TagObject,
  ReferenceObject,
} from 'openapi-typescript';

/** `x-source` on operations, parameters, body properties and tags: where the docs say it. */
export interface XSource {
  file: string;
  line: number;
}

/** An entry of `x-codeSamples` (Redoc's extension): one tab of an operation's samples. */
export interface CodeSample {
  /** The language, as Redoc names it for highlighting (`Shell`, `TypeScript`). */
  lang: string;
  label: string;
  source: string;
}

/**
 * The label of the docs' own curl calls among an operation's `x-codeSamples` (the openapi stage
 * writes them; the docs site lists its tabs by label).
 */
export const DOCS_CURL_LABEL = 'curl (GitLab docs)';

/** The keys of a Path Item Object that hold an operation (OpenAPI 3.1, Path Item Object). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The document, as produced by the openapi stage. */
export type OpenAPIDocument = OpenAPI3;

/** One file an emitter produces, relative to the output folder (`generated/` or `spec/`). */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * The object a value stands for: itself, or where its local `$ref` chain (`#/components/...`) ends;
 * undefined when a reference dangles or loops.
 */
export function resolveRef<T extends object>(doc: OpenAPIDocument, value: T | { $ref: string } | undefined): T | undefined {
  let node: unknown = value;
  for (let hops = 0; hops < 32; hops++) {
    if (!node || typeof node !== 'object') return undefined;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return node as T;
    if (!ref.startsWith('#/')) return undefined;
    node = ref
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), doc);
  }
  return undefined;
}
