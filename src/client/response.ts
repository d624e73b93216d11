// Turns what comes back into either a body openapi-fetch can parse or a GitLabApiError:
// HTTP errors (with GitLab's message), transport failures, and 2xx bodies that are not the
// promised JSON (an HTML login page from a proxy, a truncated body, nothing at all).
import type { Middleware } from 'openapi-fetch';
import { GitLabApiError, displayPath, redact, toTransportError } from './errors.js';
import { retriesMade, serverDelay } from './retry.js';

export interface ResponseContext {
  baseUrl: string;
  secrets: readonly string[];
  timeoutMs: number | undefined;
  /** Largest body read into memory, in bytes. */
  maxResponseBytes: number;
  /** Throw GitLabApiError on non-2xx (default); false keeps openapi-fetch's `{error}` result. */
  throwOnError: boolean;
}

/** The body as text, stopping at `limit` bytes. */
async function readText(response: Response, limit: number): Promise<{ text: string; tooLarge: boolean }> {
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

    async onResponse({ request, response, options }) {
      const method = request.method;
      const path = displayPath(request.url, ctx.baseUrl);
      const wantsJson = options.parseAs === 'json';
      if (response.ok && (!wantsJson || method === 'HEAD' || response.status === 204)) return undefined;
      if (!response.ok && !ctx.throwOnError) return undefined;

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
    },
  };
}
