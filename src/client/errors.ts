// The one error type the client throws, and the redaction that keeps secrets out of it.
// Deliberately holds no Request, Headers or options: those carry the token.

/** What went wrong: an HTTP error status, or no usable response at all. */
export type GitLabErrorCode =
  /** The server answered with a non-2xx status (after retries, if any). */
  | 'http'
  /** `timeoutMs` elapsed (connecting, waiting or reading the body). */
  | 'timeout'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** No response: connection refused or reset, DNS failure, TLS error. */
  | 'network'
  /** A 2xx response whose body is not what the API promises (HTML, invalid JSON, empty, too large). */
  | 'invalid-response'
  /** Refused before sending: a header value with CR/LF, a path parameter that would escape its segment. */
  | 'invalid-request';

export interface GitLabApiErrorInit {
  code: GitLabErrorCode;
  method: string;
  /** URL path and query (from the API root on), secrets redacted. */
  path: string;
  status?: number;
  statusText?: string;
  /** The response body: parsed JSON when it was JSON, else text (truncated). */
  body?: unknown;
  requestId?: string;
  /** Milliseconds the server asked us to wait (Retry-After / RateLimit-Reset), when it did. */
  retryAfterMs?: number;
  /** Retries made before giving up. */
  retries?: number;
  detail?: string;
  cause?: unknown;
}

const MAX_BODY_TEXT = 2000;

/** GitLab's own words from an error body: `message` (string, list or field map), `error`, `error_description`. */
export function gitlabMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const parts: string[] = [];
  const message = b.message;
  if (typeof message === 'string') parts.push(message);
  else if (Array.isArray(message)) parts.push(message.map(String).join('; '));
  else if (message && typeof message === 'object') {
    // Validation errors: {"message": {"title": ["can't be blank"], "base": ["..."]}}
    for (const [field, value] of Object.entries(message as Record<string, unknown>)) {
      const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
      parts.push(field === 'base' ? text : `${field} ${text}`);
    }
  }
  if (typeof b.error === 'string') parts.push(b.error);
  if (typeof b.error_description === 'string') parts.push(b.error_description);
  return parts.length ? parts.join('; ') : undefined;
}

export class GitLabApiError extends Error {
  override readonly name = 'GitLabApiError';
  readonly code: GitLabErrorCode;
  /** HTTP status, or 0 when there was no response. */
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  /** GitLab's `message` / `error` / `error_description`, joined, when the body had them. */
  readonly gitlabMessage: string | undefined;
  /** `X-Request-Id` of the response, to quote to GitLab support. */
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retries: number;

  constructor(init: GitLabApiErrorInit) {
    const status = init.status ?? 0;
    const message = gitlabMessage(init.body);
    // Errors raised before a request exists (bad options) have no method or path to show.
    const head = [init.method, init.path].filter(Boolean).join(' ');
    const what =
      init.code === 'http'
        ? `${status}${init.statusText ? ` ${init.statusText}` : ''}${message ? `: ${message}` : ''}`
        : init.code === 'timeout'
          ? 'timed out'
          : init.code === 'aborted'
            ? 'aborted'
            : init.code === 'network'
              ? 'network error'
              : init.code === 'invalid-response'
                ? `invalid response (status ${status})`
                : 'refused';
    const extra = [
      init.detail,
      init.retries ? `after ${init.retries} ${init.retries === 1 ? 'retry' : 'retries'}` : undefined,
      init.requestId ? `request id ${init.requestId}` : undefined,
    ].filter(Boolean);
    super(`${head ? `${head}: ` : ''}${what}${extra.length ? ` (${extra.join('; ')})` : ''}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = status;
    this.statusText = init.statusText ?? '';
    this.method = init.method;
    this.path = init.path;
    this.body = typeof init.body === 'string' && init.body.length > MAX_BODY_TEXT ? `${init.body.slice(0, MAX_BODY_TEXT)}…` : init.body;
    this.gitlabMessage = message;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.retries = init.retries ?? 0;
  }
}

/** Query parameters that carry credentials in GitLab URLs. */
const SECRET_QUERY = /([?&](?:private_token|access_token|job_token|token)=)[^&#]*/gi;

/** The part of a URL an error may show: path and query from the API root, secrets redacted. */
export function displayPath(url: string, baseUrl: string): string {
  const rest = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : safePathOf(url);
  return rest.replace(SECRET_QUERY, '$1[REDACTED]');
}

function safePathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Replaces every secret (token, Sudo value) in a string or a parsed JSON value. A server that
 * echoes the token back (a misconfigured proxy, a hostile fork) must not make it reach a log.
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  // Longest first, so a secret that contains another is replaced whole. Shorter than 4 characters
  // would scrub ordinary text; no GitLab token is that short.
  const live = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  if (!live.length) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === 'string') return live.reduce((s, secret) => s.split(secret).join('[REDACTED]'), v);
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
    return v;
  };
  return scrub(value) as T;
}

/** Turns a fetch rejection into a GitLabApiError (timeout, abort or network), keeping no secrets. */
export function toTransportError(
  error: unknown,
  method: string,
  path: string,
  secrets: readonly string[],
  { retries = 0, timeoutMs }: { retries?: number; timeoutMs?: number } = {},
): GitLabApiError {
  if (error instanceof GitLabApiError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const code: GitLabErrorCode = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'network';
  // undici hides the socket error in `cause` (ECONNREFUSED, UND_ERR_SOCKET "other side closed").
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const reason = [cause?.code, cause?.message ?? (error as { message?: unknown } | null)?.message]
    .filter((x): x is string => typeof x === 'string' && x.length > 0)
    .join(' ');
  return new GitLabApiError({
    code,
    method,
    path,
    detail: code === 'network' && reason ? redact(reason, secrets) : code === 'timeout' && timeoutMs ? `after ${timeoutMs} ms` : undefined,
    retries,
  });
}
