// Retries (429, 502, 503, 504) and per-attempt timeouts, as one openapi-fetch middleware:
// a retry is a new attempt, and each attempt needs its own timeout signal.
import type { Middleware } from 'openapi-fetch';
import { displayPath, toTransportError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** First backoff step in ms; doubles each retry. Default 500. */
  baseDelayMs?: number;
  /** Cap of one computed backoff step. Default 30 000. */
  maxDelayMs?: number;
  /** Give up rather than wait past this many ms since the first attempt. Default 60 000. */
  maxElapsedMs?: number;
  /** Also retry POST and PATCH (which may have taken effect before the error). Default false. */
  nonIdempotent?: boolean;
  /** Statuses to retry. Default [429, 502, 503, 504]. */
  statuses?: number[];
  /** Called before each wait: for logging. Gets no headers and no secrets. */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  attempt: number;
  status: number;
  delayMs: number;
  method: string;
  path: string;
  /** Where the delay came from. */
  reason: 'retry-after' | 'ratelimit-reset' | 'backoff';
}

export type ResolvedRetry = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

export const DEFAULT_RETRY: ResolvedRetry = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxElapsedMs: 60_000,
  nonIdempotent: false,
  statuses: [429, 502, 503, 504],
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** The wait the server asked for, in ms: `Retry-After` (seconds or HTTP date), else `RateLimit-Reset` (epoch seconds). */
export function serverDelay(headers: Headers, now = Date.now()): { ms: number; reason: RetryInfo['reason'] } | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return { ms: Math.ceil(Number(retryAfter) * 1000), reason: 'retry-after' };
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return { ms: Math.max(0, date - now), reason: 'retry-after' };
  }
  const reset = headers.get('ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    // GitLab sends an epoch timestamp; small values are "seconds from now" (the IETF draft's meaning).
    const ms = value > 1e9 ? value * 1000 - now : value * 1000;
    return { ms: Math.max(0, ms), reason: 'ratelimit-reset' };
  }
  return undefined;
}

/** Exponential backoff with full jitter: uniform in [step/2, step], step = base * 2^attempt, capped. */
export function backoffDelay(attempt: number, policy: ResolvedRetry, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** The caller's signal plus a timeout, so either can stop one attempt. */
function attemptSignal(caller: AbortSignal, timeoutMs: number | undefined): AbortSignal {
  return timeoutMs ? AbortSignal.any([caller, AbortSignal.timeout(timeoutMs)]) : caller;
}

export interface TransportContext {
  baseUrl: string;
  timeoutMs: number | undefined;
  retry: ResolvedRetry | false;
  secrets: readonly string[];
}

/** Per-call state, keyed by openapi-fetch's request id (the Request object changes on the way). */
interface Pending {
  /** An unsent copy to re-send (bodies are streams: a sent Request cannot be sent again). */
  template: Request | undefined;
  caller: AbortSignal;
}

export function transportMiddleware(ctx: TransportContext): Middleware {
  const pending = new Map<string, Pending>();
  const retryable = (method: string) => ctx.retry && (IDEMPOTENT.has(method) || ctx.retry.nonIdempotent);

  return {
    onRequest({ request, id }) {
      // A Request without a body can be sent again as is; only a body needs an unsent copy.
      const template = retryable(request.method) ? (request.body === null ? request : request.clone()) : undefined;
      pending.set(id, { template, caller: request.signal });
      return ctx.timeoutMs ? new Request(request, { signal: attemptSignal(request.signal, ctx.timeoutMs) }) : undefined;
    },

    onError({ id }) {
      pending.delete(id);
      return undefined;
    },

    async onResponse({ request, response, id, options }) {
      const state = pending.get(id);
      pending.delete(id);
      const policy = ctx.retry;
      if (!policy || !state?.template || !policy.statuses.includes(response.status)) return undefined;

      const started = Date.now();
      const path = displayPath(request.url, ctx.baseUrl);
      let current = response;
      let attempt = 0;
      while (policy.statuses.includes(current.status) && attempt < policy.maxRetries) {
        const asked = serverDelay(current.headers);
        const delayMs = asked ? asked.ms : backoffDelay(attempt, policy);
        if (Date.now() - started + delayMs > policy.maxElapsedMs) break;
        policy.onRetry?.({ attempt: attempt + 1, status: current.status, delayMs, method: request.method, path, reason: asked?.reason ?? 'backoff' });
        await current.body?.cancel().catch(() => undefined);
        try {
          await sleep(delayMs, state.caller);
          attempt++;
          const copy = state.template.body === null ? state.template : state.template.clone();
          const next = new Request(copy, { signal: attemptSignal(state.caller, ctx.timeoutMs) });
          current = await options.fetch(next);
        } catch (error) {
          throw toTransportError(error, request.method, path, ctx.secrets, { retries: attempt, timeoutMs: ctx.timeoutMs });
        }
      }
      if (attempt > 0) retriesMade.set(current, attempt);
      return current === response ? undefined : current;
    },
  };
}

/** How many retries produced a response, for the error message (read by the response middleware). */
export const retriesMade = new WeakMap<Response, number>();
