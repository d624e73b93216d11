// createGitLabClient: one openapi-fetch client with GitLab's behaviour added as middleware and
// serializers, seen through per-tag typed views (see types.ts for why). All views are one object.
import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { assertHeaderValue, authHeaders, secretsOf } from './auth.js';
import type { AuthOptions } from './auth.js';
import { GitLabApiError } from './errors.js';
import { defaultFetch } from './node-fetch.js';
import { PageIterator, clientBaseUrls } from './paginate.js';
import type { PaginateOptions } from './paginate.js';
import { serializePath } from './path-encoding.js';
import { serializeQuery } from './query.js';
import { DEFAULT_MAX_RESPONSE_BYTES, responseMiddleware, toCallError } from './response.js';
import type { ResponseContext } from './response.js';
import { DEFAULT_RETRY, attemptSignal, clearTimers, transportMiddleware } from './retry.js';
import type { CallState, RetryOptions } from './retry.js';
import type { GitLabClient, RawRequestInit, RawResult } from './types.js';

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
   * Node's fetch, and it loads no undici); elsewhere globalThis.fetch. Pass `globalThis.fetch` to go
   * through Node's fetch (an undici dispatcher you set up, for a proxy say), or your own.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers on every request (User-Agent, ...). Not for credentials: use the token options. */
  headers?: Record<string, string>;
  /** Bodies larger than this (bytes) are refused instead of read into memory. Default 256 MiB. */
  maxResponseBytes?: number;
  /** Throw GitLabApiError on non-2xx responses (default true). false: openapi-fetch's `{ error }` result. */
  throwOnError?: boolean;
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

/**
 * Property names the client answers itself; every other name is a tag (docs page) view. The types
 * emitter (scripts/emit/types.ts) renames a tag key equal to one of them.
 */
export const CLIENT_OWN_KEYS: readonly string[] = ['request', 'paginate', 'core', 'options'];
const OWN = new Set(CLIENT_OWN_KEYS);

/**
 * The GitLab client. Typed per tag: `gitlab.issues.GET('/projects/{id}/issues', ...)`; untyped for
 * generic callers (the CLI): `gitlab.request('GET', '/projects/{id}', { path: { id } })`.
 */
export function createGitLabClient<Paths extends {} = import('./types.js').DefaultPaths, Tags = import('./types.js').DefaultTags>(
  options: GitLabClientOptions,
): GitLabClient<Paths, Tags> {
  const baseUrl = resolveBaseUrl(options);
  const headers = authHeaders(options);
  const secrets = [...secretsOf(options)];
  for (const [name, value] of Object.entries(options.headers ?? {})) assertHeaderValue(`header ${name}`, value, { allowBlank: true });
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw invalidOption('timeoutMs must be a number of milliseconds >= 0');
  const retry = options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry };

  // Credentials are default headers: openapi-fetch sets them when it builds the Request (no
  // per-call work); a per-call header of the same name replaces them.
  const core = createClient<any>({
    baseUrl,
    fetch: options.fetch ?? defaultFetch(),
    headers: { ...options.headers, ...headers },
    querySerializer: serializeQuery as never,
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

  /**
   * Every call: header check, the first attempt's timeout signal, and one error type for whatever
   * fails. The rest is openapi-fetch and its middleware.
   */
  const anyCore = core as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  async function call(method: string, args: unknown[]): Promise<unknown> {
    const [first, second, third] = args;
    const [url, init] = method === 'request' ? [second, third] : [first, second];
    const verb = method === 'request' ? String(first).toUpperCase() : method;
    const state: CallState = { timers: [] };
    const given = init as { signal?: AbortSignal | null; parseAs?: string } | undefined;
    try {
      checkHeaders(init);
      state.caller = given?.signal ?? undefined;
      const signal = attemptSignal(state.caller, timeoutMs || undefined, state.timers);
      const withSignal = { ...(init as object), signal, gitlabCall: state };
      return await (method === 'request' ? anyCore.request(first, url, withSignal) : anyCore[method](url, withSignal));
    } catch (error) {
      throw toCallError(error, verb, String(url), state, responseContext);
    } finally {
      // openapi-fetch has read the body by now, except a stream, which its reader consumes later
      // under the same timeout.
      if (given?.parseAs !== 'stream') clearTimers(state.timers);
    }
  }

  const view: Record<string, unknown> = { use: core.use, eject: core.eject };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request']) {
    view[method] = (...args: unknown[]) => call(method, args);
  }
  clientBaseUrls.set(view, baseUrl);

  async function request(method: string, pathTemplate: string, init: RawRequestInit = {}): Promise<RawResult> {
    const result = (await call('request', [method.toLowerCase(), pathTemplate, {
      params: { path: init.path ?? {}, query: init.query },
      body: init.body,
      headers: init.headers,
      parseAs: init.parseAs ?? 'json',
      signal: init.signal,
    }])) as { data?: unknown; error?: unknown; response: Response };
    return { data: result.response.ok ? result.data : result.error, response: result.response };
  }

  const runtime = {
    options: Object.freeze({ baseUrl }),
    core: view as unknown as Client<Paths>,
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
  }) as unknown as GitLabClient<Paths, Tags>;
}
