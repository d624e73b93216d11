// Retries (429, 502, 503, 504) as an openapi-fetch middleware; each retry is a new attempt with its
// own timeout signal (the first attempt's signal is set by the call wrapper in create-client.ts).
import type { Middleware } from 'openapi-fetch';
import { displayPath, toTransportError } from './errors.js';
import { Deadline, timeoutReason } from './deadline.js';
import type { Abortable } from './deadline.js';
import { NodeRequest } from './node-request.js';

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

/**
 * The caller's signal plus a timeout, so either can stop one attempt. The timer goes into `timers`,
 * which the call clears when it ends: AbortSignal.timeout would keep every signal (and the request it
 * follows) alive for the whole timeoutMs after the call, and at hundreds of calls a second that garbage
 * outlives the young generation (the bench measured its cost at about a sixth of a local call).
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number | undefined, timers?: unknown[]): AbortSignal | undefined {
  if (!timeoutMs) return caller;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutReason(timeoutMs)), timeoutMs);
  // Node: a pending timeout must not keep the process alive (browsers' timers are numbers).
  (timer as { unref?: () => void }).unref?.();
  timers?.push(timer);
  return caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
}

/** attemptSignal for a NodeRequest: a Deadline when there is no signal of the caller's to combine. */
export function attemptDeadline(caller: AbortSignal | undefined, timeoutMs: number | undefined, timers?: unknown[]): Abortable | undefined {
  if (caller || !timeoutMs) return attemptSignal(caller, timeoutMs, timers);
  const deadline = new Deadline(timeoutMs);
  timers?.push(deadline.timer);
  return deadline;
}

/** Stops the timeouts of a call whose body has been read. */
export function clearTimers(timers: unknown[] | undefined): void {
  for (const timer of timers ?? []) clearTimeout(timer as Parameters<typeof clearTimeout>[0]);
}

export interface TransportContext {
  baseUrl: string;
  timeoutMs: number | undefined;
  retry: ResolvedRetry | false;
  secrets: readonly string[];
}

/**
 * What a call shares with the middleware: createGitLabClient's call wrapper puts it in the fetch
 * options under `gitlabCall`, and openapi-fetch copies unknown option keys onto the Request.
 */
export interface CallState {
  /** The caller's own signal (the request's signal also carries the first attempt's timeout). */
  caller?: AbortSignal;
  /** The timeout timers of the call's attempts (see attemptSignal). */
  timers?: unknown[];
  /** This call's `throwOnError`, when given (else the client's). */
  throwOnError?: boolean;
  /** Filled by the middleware, read by the wrapper when openapi-fetch itself throws (JSON parsing). */
  status?: number;
  url?: string;
}

export function callStateOf(request: Request): CallState | undefined {
  return (request as Request & { gitlabCall?: CallState }).gitlabCall;
}

const NEVER = new AbortController().signal;

export function transportMiddleware(ctx: TransportContext): Middleware {
  /** Unsent copies of requests with a body (a sent body cannot be sent again), by request id. */
  const templates = new Map<string, Request>();
  const retryable = (method: string) => ctx.retry && (IDEMPOTENT.has(method) || ctx.retry.nonIdempotent);

  return {
    onRequest({ request, id }) {
      // A Request without a body can be sent again as is: nothing to keep (the common, cheap case).
      if (request.body !== null && retryable(request.method)) templates.set(id, request.clone());
      return undefined;
    },

    onError({ id }) {
      templates.delete(id);
      return undefined;
    },

    // Not async: the usual response (not retryable) costs no promise.
    onResponse({ request, response, id, options }) {
      const kept = templates.get(id);
      if (kept) templates.delete(id);
      const policy = ctx.retry;
      if (!policy || !policy.statuses.includes(response.status) || !retryable(request.method)) return undefined;
      const template = kept ?? (request.body === null ? request : undefined);
      if (!template) return undefined;
      return retryLoop(policy, template, request, response, options.fetch);
    },
  };

  async function retryLoop(
    policy: ResolvedRetry,
    template: Request,
    request: Request,
    response: Response,
    fetch: typeof globalThis.fetch,
  ): Promise<Response | undefined> {
    const caller = callStateOf(request)?.caller ?? NEVER;
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
        await sleep(delayMs, caller);
        attempt++;
        const copy = template.body === null ? template : template.clone();
        const state = callStateOf(request);
        const timers = state?.timers;
        // A NodeRequest goes only to nodeFetch (create-client.ts), which takes it.
        const next =
          copy instanceof NodeRequest
            ? (new NodeRequest(copy, { signal: attemptDeadline(state?.caller, ctx.timeoutMs, timers) }) as unknown as Request)
            : new Request(copy, { signal: attemptSignal(caller, ctx.timeoutMs, timers) });
        current = await fetch(next);
      } catch (error) {
        throw toTransportError(error, request.method, path, ctx.secrets, { retries: attempt, timeoutMs: ctx.timeoutMs });
      }
    }
    if (attempt > 0) retriesMade.set(current, attempt);
    return current === response ? undefined : current;
  }
}

/** How many retries produced a response, for the error message (read by the response middleware). */
export const retriesMade = new WeakMap<Response, number>();
