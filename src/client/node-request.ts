// The request openapi-fetch builds (its `Request` option) when the client sends through nodeFetch
// and no middleware of the caller's will see it: the fields nodeFetch and the client's own middleware
// read, nothing more. undici's Request costs about a tenth of a local call (it parses and copies
// everything, and follows the signal with an AbortController of its own), for a request nodeFetch
// turns into node:http options at once. A caller's middleware (`use`, or a call's `middleware`) or
// fetch gets fetch's own Request as before (create-client.ts chooses per call).
import type { Abortable } from './deadline.js';

/** Methods fetch writes in upper case whatever their case (the fetch standard's "normalize"). */
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
/** Methods fetch refuses to send. */
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

const encoder = new TextEncoder();

/** RequestInit, its signal an AbortSignal or a Deadline. */
export type NodeRequestInit = Omit<RequestInit, 'signal'> & { signal?: Abortable | null };

export class NodeRequest {
  readonly url: string;
  readonly method: string;
  /** Taken as given when it is a Headers (openapi-fetch builds a fresh one per call), else copied. */
  readonly headers: Headers;
  /** The body as given (not a stream): null when there is none, as for Request. */
  readonly body: BodyInit | null;
  readonly signal: Abortable | undefined;
  readonly redirect: RequestRedirect;

  /** As `new Request(input, init)`: a URL and an init, or a NodeRequest to copy with changes. */
  constructor(input: string | URL | NodeRequest, init: NodeRequestInit = {}) {
    const from = input instanceof NodeRequest ? input : undefined;
    // Parsed as Request does: an invalid URL is a TypeError, and the URL is normalised.
    this.url = from ? from.url : new URL(String(input)).href;
    const method = init.method ?? from?.method ?? 'GET';
    const upper = method.toUpperCase();
    if (FORBIDDEN.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
    this.method = NORMALIZED.has(upper) ? upper : method;
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? from?.headers);
    this.body = init.body ?? from?.body ?? null;
    if (this.body !== null && (this.method === 'GET' || this.method === 'HEAD')) throw new TypeError('Request with GET/HEAD method cannot have body.');
    this.signal = init.signal ?? from?.signal ?? undefined;
    this.redirect = init.redirect ?? from?.redirect ?? 'follow';
  }

  /** A copy to send again (the body is kept as given, so both can be sent). */
  clone(): NodeRequest {
    return new NodeRequest(this);
  }

  /**
   * The body's bytes and the Content-Type it implies when the headers give none (fetch's "extract a
   * body"): text as text/plain, and a Blob's, FormData's (with its boundary) or URLSearchParams' own.
   */
  async encoded(): Promise<{ bytes: Uint8Array; type: string | null } | undefined> {
    const { body } = this;
    if (body === null) return undefined;
    // The usual body, JSON text, without a detour through undici.
    if (typeof body === 'string') return { bytes: encoder.encode(body), type: 'text/plain;charset=UTF-8' };
    const wrapped = new Response(body);
    return { bytes: new Uint8Array(await wrapped.arrayBuffer()), type: wrapped.headers.get('content-type') };
  }
}
