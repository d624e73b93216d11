// The client's types. The generator writes the answers (generated/schema.d.ts: `Calls`, method ->
// path -> `{ init, data, error }`, and `TagCalls`, the same per docs page; scripts/emit/call-table.ts);
// these types only index them, so a call costs TypeScript a handful of instantiations whatever the
// size of the API, and completion of a path is the keys of one interface.
//
// `init` is the call's own parameter type, not a type parameter inferred from the argument as in
// openapi-fetch (whose `InitParam` also adds `[key: string]: unknown`): so an object literal gets
// TypeScript's excess property check, and a misspelled or extra key, in `params` or in `body`, is a
// compile error (openapi-typescript issues #1769 and #2329). Only `throwOnError` and `parseAs` are
// inferred, because they change the result's type.
import type { Middleware } from 'openapi-fetch';
import type { Calls, TagCalls } from '../../generated/schema.js';
import type { PageIterator, PaginateOptions } from './paginate.js';

export type DefaultCalls = Calls;
export type DefaultTags = TagCalls;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/**
 * Method -> path -> call, as generated (`Calls`, or one entry of `TagCalls`): each call is
 * `{ init, data, error }`, `init` optional when nothing in it is required. The constraint says no
 * more than "an object per method": TypeScript checks a table against it when a client is created,
 * on every edit in an editor, and checking each operation there cost more than the rest of a call.
 */
export type CallTable = { [M in HttpMethod]: object };

/** How to read a 2xx body instead of the spec's media type. */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/** What every call takes besides the operation's `params` and `body`. */
export interface CallOptions<Throw extends boolean = boolean, As extends ParseAs | undefined = ParseAs | undefined> {
  /** Extra headers for this call (a credential header here replaces the client's). */
  headers?: Record<string, string | number | boolean | null | undefined> | Headers | [string, string][];
  signal?: AbortSignal | null;
  /** This call only: throw GitLabApiError on a non-2xx (`data` is then never undefined). Default: the client's. */
  throwOnError?: Throw;
  /** Read the body as this instead of by the spec's media type (`text`, `blob`, `arrayBuffer`, `stream`). */
  parseAs?: As;
}

/** A call's `init` (with `undefined` when it may be left out). */
type InitOf<Table, P extends keyof Table> = (Table[P] & { init?: unknown })['init'];

/**
 * The arguments after the path: `init`, required when the operation has required parameters or body.
 *
 * Written with indexed access only, no conditional type over `Table[P]`: while the editor completes
 * the path, TypeScript types the rest of the call with `P` not yet known, through the constraint of
 * this type over every path of the table, and a conditional type there is worked out once per path
 * (seconds per keystroke at GitLab's size), where an indexed access is one union.
 */
export type CallArgs<Table, P extends keyof Table, Extra> = undefined extends InitOf<Table, P> ? [init?: InitOf<Table, P> & Extra] : [init: InitOf<Table, P> & Extra];

/** `data` as read: by the spec's media type, or as `parseAs` says. */
export type DataAs<Data, As> = [As] extends [undefined]
  ? Data
  : As extends 'text'
    ? string
    : As extends 'blob'
      ? Blob
      : As extends 'arrayBuffer'
        ? ArrayBuffer
        : As extends 'stream'
          ? ReadableStream<Uint8Array> | null
          : unknown;

export interface Success<Data> {
  data: Data;
  error?: never;
  response: Response;
}
export interface Failure<Error> {
  data?: never;
  error: Error;
  response: Response;
}

/** The success body of a call, e.g. `DataOf<Calls['get']['/projects/{id}/issues']>`. */
export type DataOf<Call> = Call extends { data: infer Data } ? Data : unknown;
type ErrorOf<Call> = Call extends { error: infer Error } ? Error : unknown;

/**
 * A call's result: with `throwOnError` (the default) always a success; else success or failure.
 * For a wrong path (`P` is then every path) `unknown` data, rather than the union of every result.
 */
export type CallResult<Table, P extends keyof Table, Throw extends boolean, As> = Throw extends true
  ? Success<DataAs<DataOf<Table[P]>, As>>
  : Success<DataAs<DataOf<Table[P]>, As>> | Failure<ErrorOf<Table[P]>>;

/** The element type of a paginated GET's JSON array. */
export type ItemOf<Call> = DataOf<Call> extends readonly (infer Item)[] ? Item : unknown;

/**
 * The typed methods over one call table: all paths (`gitlab.core`) or one docs page (`gitlab.issues`).
 * `P = never`: while the editor completes the path it resolves the call without that argument, and
 * the default spares it working out the rest of the call for every path (completions come from the
 * constraint either way).
 */
export interface TypedClient<C extends CallTable, Throw extends boolean = true> {
  GET<P extends keyof C['get'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['get'], P, CallOptions<X, As>>): Promise<CallResult<C['get'], P, X, As>>;
  POST<P extends keyof C['post'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['post'], P, CallOptions<X, As>>): Promise<CallResult<C['post'], P, X, As>>;
  PUT<P extends keyof C['put'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['put'], P, CallOptions<X, As>>): Promise<CallResult<C['put'], P, X, As>>;
  PATCH<P extends keyof C['patch'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['patch'], P, CallOptions<X, As>>): Promise<CallResult<C['patch'], P, X, As>>;
  DELETE<P extends keyof C['delete'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['delete'], P, CallOptions<X, As>>): Promise<CallResult<C['delete'], P, X, As>>;
  HEAD<P extends keyof C['head'] = never, X extends boolean = Throw>(path: P, ...init: CallArgs<C['head'], P, CallOptions<X, undefined>>): Promise<CallResult<C['head'], P, X, undefined>>;
  OPTIONS<P extends keyof C['options'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['options'], P, CallOptions<X, As>>): Promise<CallResult<C['options'], P, X, As>>;
  TRACE<P extends keyof C['trace'] = never, X extends boolean = Throw, As extends ParseAs | undefined = undefined>(path: P, ...init: CallArgs<C['trace'], P, CallOptions<X, As>>): Promise<CallResult<C['trace'], P, X, As>>;
  /** Adds openapi-fetch middleware to the client (all views share it). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/** Parameters of an untyped call: path parameters by name, query, body, headers. */
export interface RawRequestInit {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** JSON-serialised; an object holding a Blob or `{ content, filename }` goes as multipart; a Blob, bytes or a string as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How to read a 2xx body; default: by the spec's media type (JSON, validated, for most operations). */
  parseAs?: ParseAs;
  signal?: AbortSignal;
}

export interface RawResult {
  /** The parsed body (or undefined for 204/HEAD); with `throwOnError: false`, the error body on non-2xx. */
  data: unknown;
  response: Response;
}

/** What the client answers itself (the rest are the per-page views). */
export interface GitLabRuntime<C extends CallTable, Throw extends boolean> {
  readonly options: { readonly baseUrl: string };
  /** Every operation in one typed client (`gitlab.core.GET('/projects/{id}/issues', ...)`). */
  readonly core: TypedClient<C, Throw>;
  /** Call any operation by method and path template, untyped (for generic callers such as the CLI). */
  request(method: string, pathTemplate: string, init?: RawRequestInit): Promise<RawResult>;
  /** Untyped pagination over any GET path template. */
  paginate(pathTemplate: string, init?: RawRequestInit, options?: PaginateOptions): PageIterator<unknown>;
}

/** The client: a typed view per docs page (`T`: tag key -> call table, `TagCalls`), `core` over all of `C` (`Calls`), and the untyped runtime. */
export type GitLabClient<C extends CallTable = DefaultCalls, T = DefaultTags, Throw extends boolean = true> = {
  readonly [K in keyof T]: T[K] extends CallTable ? TypedClient<T[K], Throw> : never;
} & GitLabRuntime<C, Throw>;
