// The client's types. One openapi-fetch `Client<paths>` over GitLab's ~450 paths makes the editor's
// path completion come back empty and turns a wrong path into TS2589 (openapi-typescript #1882),
// because every call instantiates `PathsWithMethod` over the whole `paths` interface. A per-tag
// view, `Client<Pick<paths, TagPaths['issues']>>`, is the same runtime client narrowed to one docs
// page's paths (a dozen or two), which TypeScript handles instantly.
import type { Client } from 'openapi-fetch';
import type { paths, TagPaths } from '../../generated/schema.js';
import type { PageIterator, PaginateOptions } from './paginate.js';

export type DefaultPaths = paths;
export type DefaultTags = TagPaths;

type Media = `${string}/${string}`;

/** The typed openapi-fetch client of one tag (docs page). */
export type TagClient<Paths extends {}, TagUnion> = Client<Pick<Paths, Extract<TagUnion, keyof Paths>>, Media>;

/** Parameters of an untyped call: path parameters by name, query, body, headers. */
export interface RawRequestInit {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** JSON-serialised, unless a FormData (multipart uploads). */
  body?: unknown;
  headers?: Record<string, string>;
  /** How to read a 2xx body: `json` (default; validated) or raw `text`, `blob`, `arrayBuffer`, `stream`. */
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
  signal?: AbortSignal;
}

export interface RawResult {
  /** The parsed body (or undefined for 204/HEAD); with `throwOnError: false`, the error body on non-2xx. */
  data: unknown;
  response: Response;
}

/** What the client answers itself (the rest are tag views). */
export interface GitLabRuntime<Paths extends {}> {
  readonly options: { readonly baseUrl: string };
  /** openapi-fetch over all paths. Works, but slow in editors at GitLab's size: prefer the tag views. */
  readonly core: Client<Paths, Media>;
  /** Call any operation by method and path template, untyped (for generic callers such as the CLI). */
  request(method: string, pathTemplate: string, init?: RawRequestInit): Promise<RawResult>;
  /** Untyped pagination over any GET path template. */
  paginate(pathTemplate: string, init?: RawRequestInit, options?: PaginateOptions): PageIterator<unknown>;
}

export type GitLabClient<Paths extends {} = DefaultPaths, Tags = DefaultTags> = {
  readonly [K in keyof Tags]: TagClient<Paths, Tags[K]>;
} & GitLabRuntime<Paths>;
