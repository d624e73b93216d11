// Turns what comes back into either a body openapi-fetch can parse or a GitLabApiError:
// HTTP errors (with GitLab's message), transport failures, and 2xx bodies that are not the
// promised JSON (an HTML login page from a proxy, a truncated body, nothing at all).
import type { Middleware } from 'openapi-fetch';
import { GitLabApiError, displayPath, redact, toTransportError } from './errors.js';
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

/** The body as text, stopping at `limit` bytes (also used by the CLI for bodies it reads as a stream). */
export async function readText(response: Response, limit: number): Promise<{ text: string; tooLarge: boolean }> {
  const declared = Number(response.headers.get('content-length'));
  if (!response.body) return { text: '', tooLarge: false };
  // Fast path: a declared length under the limit (the usual case) reads in one go.
  if (declared > 0 && declared <= limit) return { text: await response.text(), tooLarge: false };
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
      const wantsJson = options.parseAs === 'json';
      if (response.ok && (!wantsJson || method === 'HEAD' || response.status === 204)) return undefined;
      if (!response.ok && !ctx.throwOnError) return undefined;
      // The usual case: a JSON body of declared, acceptable size. openapi-fetch parses it once; if it
      // is not JSON after all, the call wrapper turns the SyntaxError into an invalid-response error.
      const declared = Number(response.headers.get('content-length'));
      if (response.ok && declared > 0 && declared <= ctx.maxResponseBytes && /json/i.test(response.headers.get('content-type') ?? '')) return undefined;
      return checkBody(request, response);
    },
  };

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
    if (read.tooLarge) throw invalid(`body larger than maxResponseBytes (${ctx.maxResponseBytes} bytes)`);
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
    return withUrl(new Response(read.text, { status: response.status, statusText: response.statusText, headers: response.headers }), response.url);
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
