// The client's transport in Node: a fetch over node:http / node:https. Only what the client needs
// from fetch: method, URL, headers, a buffered request body, the request's AbortSignal (before and
// during the body), redirects (dropping GitLab's token headers across origins), compression, and a
// streamed Response with fetch's errors (TypeError 'fetch failed' with the socket error as `cause`;
// 'terminated' when the body breaks off). The client's own calls hand it a NodeRequest and get a
// NodeResponse (node-request.ts, node-response.ts), which skip undici's Request, Response and web
// streams: 1000 local calls cost 0.70x the CPU of bare fetch calls, against 1.29x over Node's own fetch
// and 1.11x over undici's own request() (wrapping its Node stream into a Response); it loads in 9 ms
// where the undici package takes 223 (npm run bench client; docs/client.md, "The transport").
//
// The modules come from process.getBuiltinModule (node-builtins.ts), not import statements, so the
// client still loads in a browser (where defaultFetch() gives globalThis.fetch) and bundlers see no
// node: import.
import { hasBuiltins, node } from './node-builtins.js';
import type { ClientRequest, IncomingMessage, Readable } from './node-builtins.js';
import type { Abortable } from './deadline.js';
import { NodeRequest } from './node-request.js';
import { Inflow, NodeResponse, fetchResponse } from './node-response.js';

/**
 * The client's default fetch: nodeFetch where node:http exists (Node 20.16+, Deno, Bun), else the
 * platform's fetch. A fetch you configured yourself (an undici dispatcher for a proxy, say) is used
 * only when passed as the `fetch` option.
 */
export function defaultFetch(): (input: Request) => Promise<Response> {
  return hasBuiltins() ? nodeFetch : platformFetch;
}

/** The platform's own fetch, looked up at each call (so a fetch installed later is the one used). */
export const platformFetch = (input: Request): Promise<Response> => globalThis.fetch(input);

/** Statuses whose response has no body, whatever the server sends (fetch's "null body status"). */
const NULL_BODY = new Set([101, 204, 205, 304]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Headers that must not follow a redirect to another origin: fetch's list plus GitLab's token headers. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'private-token', 'job-token'];

/** Drops a body nobody will read; a reset while draining must not become an unhandled 'error'. */
function discard(res: IncomingMessage): void {
  res.on('error', () => undefined);
  res.resume();
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/**
 * fetch over node:http. Given a NodeRequest (the client's own calls), it answers with a NodeResponse;
 * given anything else, with fetch's own Response.
 */
export async function nodeFetch(input: Request | NodeRequest | string | URL, init?: RequestInit): Promise<Response> {
  // openapi-fetch passes a ready request (and an empty or absent init): use it as is.
  const ready = (input instanceof NodeRequest || input instanceof Request) && (init === undefined || Object.keys(init).length === 0);
  const request = ready ? input : new Request(input as Request | string | URL, init);
  const signal = request.signal ?? undefined;
  signal?.throwIfAborted();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => void (headers[name] = value));
  let body: Uint8Array | undefined;
  if (request instanceof NodeRequest) {
    const encoded = await request.encoded();
    body = encoded?.bytes;
    if (encoded?.type && headers['content-type'] === undefined) headers['content-type'] = encoded.type;
  } else if (request.body !== null) body = new Uint8Array(await request.arrayBuffer());
  let url = new URL(request.url);
  let method = request.method;
  for (let redirects = 0; ; redirects++) {
    const res = await exchange(url, method, headers, body, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (!REDIRECT.has(status) || location === undefined || request.redirect === 'manual') return toResponse(res, url, method, signal, redirects > 0, request instanceof NodeRequest);
    discard(res);
    if (request.redirect === 'error') throw fetchFailed(new Error(`unexpected redirect to ${location}`));
    if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'));
    let next: URL;
    try {
      next = new URL(location, url);
    } catch (error) {
      throw fetchFailed(error);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fetchFailed(new Error(`redirect to unsupported scheme ${next.protocol}`));
    // The fetch standard's method change: 303 (any method but HEAD) and 301/302 after POST become a GET without body.
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) delete headers[name];
    }
    if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
    url = next;
  }
}

/** Sends one request; resolves with the response head, rejects as fetch does. */
function exchange(url: URL, method: string, headers: Record<string, string>, body: Uint8Array | undefined, signal: Abortable | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(fetchFailed(new Error(`unsupported scheme ${url.protocol}`)));
    const out: Record<string, string> = { accept: '*/*', ...headers };
    // As fetch does: ask for compression unless the caller chose (toResponse decodes it).
    out['accept-encoding'] ??= 'gzip, deflate, br';
    if (body !== undefined) out['content-length'] = String(body.byteLength);
    else if (method === 'POST' || method === 'PUT' || method === 'PATCH') out['content-length'] = '0';
    let req: ClientRequest;
    try {
      const { http, https } = node();
      req = (url.protocol === 'https:' ? https.request : http.request)(url, { method, headers: out });
    } catch (error) {
      return reject(fetchFailed(error)); // invalid method or header, refused by node:http before sending
    }
    const onAbort = () => {
      req.destroy();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : fetchFailed(error));
    });
    req.end(body);
  });
}

function toResponse(res: IncomingMessage, url: URL, method: string, signal: Abortable | undefined, redirected: boolean, light: boolean): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) {
    discard(res);
    res.destroy();
    throw fetchFailed(new RangeError(`status ${status} is outside 200-599`)); // as fetch's Response refuses it
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  let inflow: Inflow | null = null;
  if (method === 'HEAD' || NULL_BODY.has(status)) discard(res);
  else inflow = new Inflow(res, decoded(res), signal);
  const head = { status, statusText: res.statusMessage ?? '', headers, url: url.href, redirected };
  return light ? new NodeResponse(head, inflow) : fetchResponse(head, inflow);
}

/** The body, uncompressed as fetch would (only when a server compresses unasked). */
function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!['gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) return res;
  const { stream, zlib } = node();
  // Sync flush, like undici: a body cut short still yields what arrived before the error.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate(flush) : zlib.createGunzip(flush);
  return stream.pipeline(res, decoder, () => undefined);
}
