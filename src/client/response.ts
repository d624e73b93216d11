// Turns what comes back into either a body openapi-fetch can parse or a GitLabApiError:
// HTTP errors (with GitLab's message), transport failures, 2xx bodies that are not the promised
// JSON (an HTML login page from a proxy, a truncated body, nothing at all), and bodies over
// maxResponseBytes, counted as decoded bytes whatever the Content-Encoding and framing (a 529 KB
// gzip body with a Content-Length can decode to 9 MB).
import type { Middleware } from 'openapi-fetch';
import { GitLabApiError, displayPath, redact, toTransportError } from './errors.js';
import { bodyKind } from './media.js';
import { NodeResponse } from './node-response.js';
import { callStateOf, retriesMade, serverDelay } from './retry.js';

export interface ResponseContext {
  baseUrl: string;
  secrets: readonly string[];
  timeoutMs: number | undefined;
  /** Largest body read into memory, in bytes. */
  maxResponseBytes: number;
  /** Throw GitLabApiError on non-2xx (default); false keeps openapi-fetch's `{error}` result. */
  throwOnError: boolean;
}

/** The default of `maxResponseBytes`: larger bodies are refused rather than read into memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 2 ** 20;

/**
 * The body's size when the headers tell it: a Content-Length of an unencoded body. A compressed
 * body's Content-Length counts the compressed bytes, not what is read.
 */
function knownSize(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return undefined;
  const declared = Number(response.headers.get('content-length') ?? NaN);
  return Number.isFinite(declared) && declared >= 0 ? declared : undefined;
}

/** The body as text, stopping at `limit` decoded bytes (also used by the CLI for bodies it reads as a stream). */
export async function readText(response: Response, limit: number): Promise<{ text: string; tooLarge: boolean }> {
  if (!response.body) return { text: '', tooLarge: false };
  // Fast path: a known size under the limit (the usual case) reads in one go.
  const known = knownSize(response);
  if (known !== undefined && known <= limit) return { text: await response.text(), tooLarge: false };
  if (response instanceof NodeResponse) return response.textUpTo(limit);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { text, tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), tooLarge: false };
}

/** A rebuilt Response keeps the URL it came from (pagination and error paths read it). */
function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

const encoder = new TextEncoder();

/** The response again over the text read from it (a NodeResponse stays one: no web stream). */
function withText(response: Response, text: string): Response {
  if (response instanceof NodeResponse) return new NodeResponse(response, encoder.encode(text));
  return withUrl(new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers }), response.url);
}

/**
 * The response with its body cut off at `limit` decoded bytes: whoever reads it past that (openapi-
 * fetch's `text()` or `blob()`, or the caller's reader of a stream) gets `tooLarge()` instead.
 */
function limited(response: Response, limit: number, tooLarge: () => Error): Response {
  if (!response.body) return response;
  let size = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > limit) controller.error(tooLarge());
      else controller.enqueue(chunk);
    },
  });
  const body = response.body.pipeThrough(counter);
  return withUrl(new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }), response.url);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export function responseMiddleware(ctx: ResponseContext): Middleware {
  const transportError = (error: unknown, request: Request) =>
    toTransportError(error, request.method, displayPath(request.url, ctx.baseUrl), ctx.secrets, { timeoutMs: ctx.timeoutMs });

  return {
    onError({ request, error }) {
      return transportError(error, request);
    },

    // Not async: the usual response (JSON of a declared size) costs no promise.
    onResponse({ request, response, options }) {
      const method = request.method;
      const state = callStateOf(request);
      if (state) {
        state.status = response.status;
        state.url = response.url || request.url;
      }
      if (response.ok && (method === 'HEAD' || response.status === 204)) return undefined;
      const size = knownSize(response);
      const fits = size !== undefined && size <= ctx.maxResponseBytes;
      // Bodies openapi-fetch reads as they are (raw downloads, and error bodies when the caller
      // takes `{ error }` rather than an exception): only the size is ours to check, as they stream.
      if ((response.ok && options.parseAs !== 'json') || (!response.ok && !(state?.throwOnError ?? ctx.throwOnError))) {
        return fits ? undefined : limited(response, ctx.maxResponseBytes, () => tooLargeError(request, response));
      }
      // The usual case: a JSON body of known, acceptable size. openapi-fetch parses it once; if it
      // is not JSON after all, the call wrapper turns the SyntaxError into an invalid-response error.
      if (response.ok && fits && size! > 0 && /json/i.test(response.headers.get('content-type') ?? '')) return undefined;
      return checkBody(request, response);
    },
  };

  function tooLargeError(request: Request, response: Response): GitLabApiError {
    return new GitLabApiError({
      code: 'invalid-response',
      method: request.method,
      path: displayPath(request.url, ctx.baseUrl),
      status: response.status,
      statusText: response.statusText,
      detail: `body larger than maxResponseBytes (${ctx.maxResponseBytes} bytes)`,
    });
  }

  /** Reads the body and returns it rebuilt (2xx) or throws GitLabApiError. */
  async function checkBody(request: Request, response: Response): Promise<Response> {
    const method = request.method;
    const path = displayPath(request.url, ctx.baseUrl);

    let read: { text: string; tooLarge: boolean };
    try {
      read = await readText(response, ctx.maxResponseBytes);
    } catch (error) {
      throw transportError(error, request);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const base = { method, path, status: response.status, statusText: response.statusText, requestId: response.headers.get('x-request-id') ?? undefined };

    if (!response.ok) {
      const parsed = read.text && !read.tooLarge ? parseJson(read.text) : undefined;
      const body = parsed?.ok ? parsed.value : read.text.trim() || undefined;
      const isHtml = /html/i.test(contentType) || (typeof body === 'string' && /^\s*</.test(body));
      throw new GitLabApiError({
        ...base,
        code: 'http',
        // An HTML error page says nothing useful in a terminal; its size and type are enough.
        body: redact(isHtml ? undefined : body, ctx.secrets),
        detail: isHtml ? `the server sent an HTML page (${contentType || 'no content type'}), not GitLab's JSON` : undefined,
        retryAfterMs: serverDelay(response.headers)?.ms,
        retries: retriesMade.get(response),
      });
    }

    const invalid = (detail: string) => new GitLabApiError({ ...base, code: 'invalid-response', detail: redact(detail, ctx.secrets) });
    if (read.tooLarge) throw tooLargeError(request, response);
    if (read.text.trim() === '') {
      // A GET promises a representation; other methods may legitimately answer with nothing.
      if (method === 'GET') throw invalid('empty body where JSON was expected');
      const headers = new Headers(response.headers);
      // openapi-fetch reads "no body" from these two headers.
      headers.set('content-length', '0');
      headers.delete('transfer-encoding');
      return withUrl(new Response(null, { status: response.status, statusText: response.statusText, headers }), response.url);
    }
    if (/text\/html/i.test(contentType)) throw invalid(`expected JSON, got ${contentType} (a login page or proxy error?)`);
    const parsed = parseJson(read.text);
    if (!parsed.ok) {
      const hint = /json/i.test(contentType) ? '' : `; content type ${contentType || 'missing'}: pass parseAs 'text' or 'blob' for raw content`;
      throw invalid(`body is not valid JSON (${parsed.reason})${hint}`);
    }
    return withText(response, read.text);
  }
}

/**
 * Whatever a call threw, as a GitLabApiError: middleware errors pass through; openapi-fetch's own
 * JSON parse failure and body-read failures (timeout, reset) are described here.
 */
export function toCallError(error: unknown, method: string, fallbackPath: string, state: { status?: number; url?: string }, ctx: ResponseContext): GitLabApiError {
  if (error instanceof GitLabApiError) {
    // Refusals raised while openapi-fetch builds the URL (path encoding) know no method: add the call's.
    if (error.code !== 'invalid-request' || error.method) return error;
    const detail = /\(([^]*)\)$/.exec(error.message)?.[1];
    return new GitLabApiError({ code: 'invalid-request', method, path: fallbackPath, detail });
  }
  const path = state.url ? displayPath(state.url, ctx.baseUrl) : fallbackPath;
  if (error instanceof SyntaxError) {
    return new GitLabApiError({ code: 'invalid-response', method, path, status: state.status, detail: redact(`body is not valid JSON (${error.message})`, ctx.secrets) });
  }
  return toTransportError(error, method, path, ctx.secrets, { timeoutMs: ctx.timeoutMs });
}

/**
 * Reads a 2xx body the spec leaves undeclared, by its Content-Type (the same rule the types use for
 * declared media types, media.ts): JSON parsed, text as a string, anything else as a Blob. An HTML
 * page is refused, as for JSON: GitLab's API sends none, a login page or a proxy does.
 */
export async function readByContentType(response: Response, invalid: (detail: string) => GitLabApiError): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (/^\s*text\/html/i.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    throw invalid(`expected an API response, got ${type} (a login page or proxy error?)`);
  }
  const kind = type ? bodyKind(type) : 'text';
  if (kind === 'blob') return response.blob();
  const text = await response.text();
  if (kind === 'text') return text;
  if (text.trim() === '') return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) throw invalid(`body is not valid JSON (${parsed.reason})`);
  return parsed.value;
}
