// The CLI's only contact with HTTP, through the project's client (src/client/): path and query
// encoding, retries, timeouts, pagination and error messages all come from there. The credential is
// added by an onRequest middleware from the request's own host (connection.ts), as cli/cli's
// factory/http.go does: a request can only carry the token of the host it goes to.
// Requests go through the client's default transport (node:http, see client/node-fetch.ts), not
// Node's fetch: loading undici was most of a one-request run's startup. GITLAB_API_FETCH=global
// takes globalThis.fetch instead (escape hatch). --dry-run and --help never import this module.
import type { Middleware } from 'openapi-fetch';
import { createGitLabClient } from '../client/index.js';
import { authHeaders } from '../client/auth.js';
import { platformFetch } from '../client/node-fetch.js';
import type { RetryInfo } from '../client/retry.js';
import { authFor, type Connection } from './connection.js';
import { translate, type RequestSpec } from './request.js';

export interface Reply {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The response, its body not read yet (read it as JSON or stream it). */
  response: Response;
}

export interface SendOptions {
  /** GITLAB_API_FETCH=global: Node's own fetch instead of the client's node:http transport. */
  globalFetch?: boolean;
  /** Before each retry's wait (--verbose). */
  onRetry?: (info: RetryInfo) => void;
}

/** The credential and Sudo for the host each request goes to. */
function authByHost(conn: Connection): Middleware {
  return {
    onRequest({ request }) {
      for (const [name, value] of Object.entries(authHeaders(authFor(conn, request.url)))) request.headers.set(name, value);
      return request;
    },
  };
}

function client(conn: Connection, options: SendOptions) {
  try {
    const gitlab = createGitLabClient({
      baseUrl: conn.baseUrl,
      ...(options.globalFetch ? { fetch: platformFetch } : {}),
      headers: { 'User-Agent': 'gitlab-api-cli' },
      ...(conn.timeoutMs !== undefined ? { timeoutMs: conn.timeoutMs } : {}),
      ...(conn.maxResponseBytes !== undefined ? { maxResponseBytes: conn.maxResponseBytes } : {}),
      ...(options.onRetry ? { retry: { onRetry: options.onRetry } } : {}),
    });
    gitlab.core.use(authByHost(conn));
    return gitlab;
  } catch (e) {
    return translate(e);
  }
}

/** A file of a multipart body, read (exchange.ts reads it, so a missing file is a usage error). */
export interface Upload {
  field: string;
  name: string;
  bytes: Uint8Array;
}

/** The body as the client sends it: bytes and FormData as they are, anything else as JSON. */
function body(req: RequestSpec, uploads: readonly Upload[]): unknown {
  if (req.raw) return req.raw.bytes;
  if (req.form) {
    const form = new FormData();
    for (const [k, v] of req.form.fields) form.append(k, v);
    for (const u of uploads) form.append(u.field, new Blob([new Uint8Array(u.bytes)]), u.name);
    return form;
  }
  return req.json;
}

/** One request; the body is left unread (a stream), for the caller to read as JSON or copy as is. */
export async function send(conn: Connection, req: RequestSpec, uploads: readonly Upload[], options: SendOptions = {}): Promise<Reply> {
  const gitlab = client(conn, options);
  try {
    const { response } = await gitlab.request(req.method, req.pathTemplate, {
      path: req.path, query: req.query, headers: req.headers, parseAs: 'stream', body: body(req, uploads),
    });
    return { status: response.status, statusText: response.statusText, headers: [...response.headers], response };
  } catch (e) {
    return translate(e);
  }
}

/** Every page of a GET, through the client's pagination (Link / X-Next-Page). */
export async function* sendPages(conn: Connection, req: RequestSpec, maxPages: number, options: SendOptions = {}): AsyncGenerator<Reply & { items: unknown[] }> {
  const gitlab = client(conn, options);
  try {
    const pages = gitlab.paginate(req.pathTemplate, { path: req.path, query: req.query, headers: req.headers }, { maxPages }).pages();
    for await (const page of pages) {
      yield { status: page.response.status, statusText: page.response.statusText, headers: [...page.response.headers], response: page.response, items: page.items };
    }
  } catch (e) {
    translate(e);
  }
}
