// createGitLabClient: one openapi-fetch client with GitLab's behaviour added as middleware and
// serializers, seen through per-tag typed views (see types.ts for why). All views are one object.
import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import { assertHeaderValue, authHeaders, secretsOf } from './auth.js';
import type { AuthOptions } from './auth.js';
import defaultResponseMedia from '../../generated/response-media.js';
import { rawContentType, serializeBody } from './body.js';
import { GitLabApiError, displayPath, redact } from './errors.js';
import { CLIENT_OWN_KEYS } from './own-keys.js';
import { defaultFetch, nodeFetch } from './node-fetch.js';
import { NodeRequest } from './node-request.js';
import { PageIterator, clientBaseUrls } from './paginate.js';
import type { PaginateOptions } from './paginate.js';
import { serializePath } from './path-encoding.js';
import { serializeQuery } from './query.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readByContentType, responseMiddleware, toCallError } from './response.js';
import type { ResponseContext } from './response.js';
import { DEFAULT_RETRY, attemptDeadline, attemptSignal, clearTimers, transportMiddleware } from './retry.js';
import type { CallState, RetryOptions } from './retry.js';
import type { CallTable, DefaultCalls, DefaultTags, GitLabClient, ParseAs, RawRequestInit, RawResult } from './types.js';

/** What openapi-fetch's methods resolve to. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface GitLabClientOptions extends AuthOptions {
  /** `gitlab.com` or `gitlab.example.com:8443`: the API root is `https://HOST/api/v4`. */
  host?: string;
  /** The API root itself, e.g. `http://127.0.0.1:8080/api/v4` (instead of `host`). */
  baseUrl?: string;
  /** Per attempt, in ms, from sending to the end of the body. Default 30 000; 0 = none. */
  timeoutMs?: number;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /**
   * The transport. Default: in Node, a fetch over node:http(s) (client/node-fetch.ts: faster than
   * Node's fetch, and it loads no undici package); elsewhere globalThis.fetch. Pass `globalThis.fetch`
   * to go through Node's fetch (an undici dispatcher you set up, for a proxy say), or your own; it
   * gets fetch's own Request.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers on every request (User-Agent, ...). Not for credentials: use the token options. */
  headers?: Record<string, string>;
  /** Bodies larger than this (bytes) are refused instead of read into memory. Default 256 MiB. */
  maxResponseBytes?: number;
  /**
   * Throw GitLabApiError on non-2xx responses (default true; `data` is then never undefined in the
   * types). false: openapi-fetch's `{ data, error }` result. Each call can say otherwise.
   */
  throwOnError?: boolean;
  /**
   * For a spec other than the package's: how to read the 2xx bodies that are not JSON, the
   * `response-media.js` the types emitter wrote beside its schema.d.ts. Default: the package's.
   */
  responseMedia?: Readonly<Record<string, 'text' | 'blob' | 'auto'>>;
}

/** What a call's `init` may hold, at run time. */
interface CallInit {
  params?: unknown;
  body?: unknown;
  headers?: Record<string, unknown> | Headers | [string, string][];
  signal?: AbortSignal | null;
  parseAs?: ParseAs;
  throwOnError?: boolean;
  [key: string]: unknown;
}

/** `headers` with `name` set unless the caller set it (any case), in whichever form they were given. */
function withDefaultHeader(headers: CallInit['headers'], name: string, value: string): CallInit['headers'] {
  if (headers instanceof Headers) {
    if (headers.has(name)) return headers;
    const copy = new Headers(headers);
    copy.set(name, value);
    return copy;
  }
  const lower = name.toLowerCase();
  if (Array.isArray(headers)) return headers.some(([n]) => n.toLowerCase() === lower) ? headers : [...headers, [name, value]];
  return Object.keys(headers ?? {}).some((n) => n.toLowerCase() === lower) ? headers : { [name]: value, ...headers };
}

function invalidOption(detail: string): GitLabApiError {
  return new GitLabApiError({ code: 'invalid-request', method: '', path: '', detail });
}

/** The API root from `host` or `baseUrl`, validated, without trailing slash. */
export function resolveBaseUrl(options: Pick<GitLabClientOptions, 'host' | 'baseUrl'>): string {
  if (options.host !== undefined && options.baseUrl !== undefined) throw invalidOption('give host or baseUrl, not both');
  if (options.host !== undefined) {
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(options.host)) throw invalidOption('host must be a host name with an optional port, such as gitlab.example.com (use baseUrl for a full URL)');
    return `https://${options.host}/api/v4`;
  }
  if (options.baseUrl === undefined) throw invalidOption('give host (gitlab.example.com) or baseUrl (https://gitlab.example.com/api/v4)');
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw invalidOption('baseUrl is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidOption('baseUrl must be http: or https:');
  if (url.username || url.password) throw invalidOption('baseUrl must not contain credentials; use the token options');
  if (url.search || url.hash) throw invalidOption('baseUrl must not have a query or fragment');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const OWN = new Set(CLIENT_OWN_KEYS);

/**
 * The GitLab client. Typed per tag: `gitlab.issues.GET('/projects/{id}/issues', ...)`; untyped for
 * generic callers (the CLI): `gitlab.request('GET', '/projects/{id}', { path: { id } })`.
 */
export function createGitLabClient<C extends CallTable = DefaultCalls, T = DefaultTags, Throw extends boolean = true>(
  options: GitLabClientOptions & { throwOnError?: Throw },
): GitLabClient<C, T, Throw> {
  const baseUrl = resolveBaseUrl(options);
  const headers = authHeaders(options);
  const secrets = [...secretsOf(options)];
  for (const [name, value] of Object.entries(options.headers ?? {})) assertHeaderValue(`header ${name}`, value, { allowBlank: true });
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw invalidOption('timeoutMs must be a number of milliseconds >= 0');
  const retry = options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry };

  // Credentials are default headers: openapi-fetch sets them when it builds the Request (no
  // per-call work); a per-call header of the same name replaces them.
  const transport = options.fetch ?? defaultFetch();
  const core = createClient<any>({
    baseUrl,
    fetch: transport,
    headers: { ...options.headers, ...headers },
    querySerializer: serializeQuery as never,
    bodySerializer: serializeBody,
    pathSerializer: serializePath,
  });
  const responseContext: ResponseContext = {
    baseUrl,
    secrets,
    timeoutMs: timeoutMs || undefined,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    throwOnError: options.throwOnError ?? true,
  };
  // Order matters: onResponse/onError run in reverse, so retries see a response before it is turned
  // into an error.
  core.use(responseMiddleware(responseContext), transportMiddleware({ baseUrl, timeoutMs: timeoutMs || undefined, retry, secrets }));

  // openapi-fetch merges per-call headers into a Headers object before any middleware runs, and the
  // platform's error for a CR/LF value quotes the value (which may be a token): refuse those first,
  // naming the header only.
  const checkHeaders = (init: unknown): void => {
    const { headers: own, params } = (init ?? {}) as { headers?: unknown; params?: { header?: Record<string, unknown> } };
    const entries = own instanceof Headers ? [...own.entries()] : Object.entries((own as Record<string, unknown> | undefined) ?? {});
    for (const [name, value] of [...entries, ...Object.entries(params?.header ?? {})]) {
      if (value !== undefined && value !== null) assertHeaderValue(`header ${name}`, String(value), { allowBlank: true });
    }
  };

  const media = options.responseMedia ?? defaultResponseMedia;

  // The caller's middleware, in openapi-fetch's order (use/eject below). While there is none, and
  // the transport is nodeFetch, openapi-fetch builds a NodeRequest rather than undici's Request: only
  // the client's own code sees it (node-request.ts).
  const added: Middleware[] = [];
  const lightRequests = transport === nodeFetch;

  /**
   * Every call: header check, the first attempt's timeout signal, how to read the body (the spec's
   * media type, unless `parseAs` says), the body's Content-Type when it goes as it is, and one error
   * type for whatever fails. The rest is openapi-fetch and its middleware.
   */
  const anyCore = core as unknown as Record<string, (...args: unknown[]) => Promise<FetchResult>>;
  async function call(method: string, args: unknown[]): Promise<FetchResult> {
    const [first, second, third] = args;
    const [url, init] = method === 'request' ? [second, third] : [first, second];
    const verb = method === 'request' ? String(first).toUpperCase() : method;
    const { throwOnError, parseAs, ...rest } = (init ?? {}) as CallInit;
    const read = parseAs ?? media[`${verb} ${String(url)}`] ?? 'json';
    const state: CallState = { timers: [], throwOnError };
    try {
      checkHeaders(rest);
      state.caller = rest.signal ?? undefined;
      const light = lightRequests && added.length === 0 && !rest.middleware;
      const signal = (light ? attemptDeadline : attemptSignal)(state.caller, timeoutMs || undefined, state.timers);
      const type = rest.body === undefined ? undefined : rawContentType(rest.body);
      const headers = type ? withDefaultHeader(rest.headers, 'Content-Type', type) : rest.headers;
      // An undeclared body is read here, by its Content-Type: openapi-fetch hands it over unread.
      const fetchOptions = { ...rest, headers, signal, gitlabCall: state, parseAs: read === 'auto' ? 'stream' : read };
      if (light) (fetchOptions as CallInit).Request = NodeRequest;
      const result = await (method === 'request' ? anyCore.request(first, url, fetchOptions) : anyCore[method](url, fetchOptions));
      if (read === 'auto' && result.response.ok && result.data != null) {
        const { response } = result;
        const path = displayPath(response.url || baseUrl, baseUrl);
        result.data = await readByContentType(response, (detail) => new GitLabApiError({ code: 'invalid-response', method: verb, path, status: response.status, detail: redact(detail, secrets) }));
      }
      return result;
    } catch (error) {
      throw toCallError(error, verb, String(url), state, responseContext);
    } finally {
      // openapi-fetch has read the body by now, except a stream, which its reader consumes later
      // under the same timeout.
      if (read !== 'stream') clearTimers(state.timers);
    }
  }

  const view: Record<string, unknown> = {
    use(...middleware: Middleware[]) {
      core.use(...middleware);
      added.push(...middleware.filter(Boolean));
    },
    eject(...middleware: Middleware[]) {
      core.eject(...middleware);
      for (const m of middleware) {
        const at = added.indexOf(m);
        if (at >= 0) added.splice(at, 1);
      }
    },
  };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request']) {
    view[method] = (...args: unknown[]) => call(method, args);
  }
  clientBaseUrls.set(view, baseUrl);

  async function request(method: string, pathTemplate: string, init: RawRequestInit = {}): Promise<RawResult> {
    const result = await call('request', [method.toLowerCase(), pathTemplate, {
      params: { path: init.path ?? {}, query: init.query },
      body: init.body,
      headers: init.headers,
      parseAs: init.parseAs,
      signal: init.signal,
    }]);
    return { data: result.response.ok ? result.data : result.error, response: result.response };
  }

  const runtime = {
    options: Object.freeze({ baseUrl }),
    core: view,
    request,
    paginate: (pathTemplate: string, init: RawRequestInit = {}, paging?: PaginateOptions) =>
      new PageIterator<unknown>(view as never, pathTemplate, { params: { path: init.path ?? {}, query: init.query, header: init.headers }, signal: init.signal }, paging),
  };
  // Every tag view is the same object over the same openapi-fetch client: tags only narrow the types.
  return new Proxy(runtime, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !OWN.has(prop) && !(prop in Object.prototype) && prop !== 'then' && /^[a-z][A-Za-z0-9]*$/.test(prop)) return view;
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as GitLabClient<C, T, Throw>;
}
