// Retries and timeouts against a scripted server on 127.0.0.1. Waits are asserted through the
// delays the client reports (onRetry), never through wall-clock time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitLabApiError, createGitLabClient } from '../../src/client/index.js';
import type { RetryInfo, RetryOptions } from '../../src/client/index.js';
import { backoffDelay, DEFAULT_RETRY, serverDelay } from '../../src/client/retry.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** Answers the scripted statuses in order, then 200. */
function script(steps: { status: number; headers?: Record<string, string> }[]): void {
  let i = 0;
  server.requests.length = 0;
  server.handle((_, res) => {
    const step = steps[i++];
    if (step) json(res, step.status, { message: `${step.status} scripted` }, step.headers);
    else json(res, 200, { ok: true });
  });
}

function client(retry: RetryOptions | false, timeoutMs?: number) {
  const seen: RetryInfo[] = [];
  const gitlab = createGitLabClient({
    baseUrl: server.apiRoot,
    token: 'secret-token-1',
    timeoutMs,
    retry: retry && { baseDelayMs: 10, maxDelayMs: 40, ...retry, onRetry: (info) => seen.push(info) },
  });
  return { gitlab, seen };
}

describe('retries', () => {
  it('429 with Retry-After: waits what the server asked, then succeeds', async () => {
    script([{ status: 429, headers: { 'retry-after': '1' } }]);
    const { gitlab, seen } = client({});
    const { data } = await gitlab.request('GET', '/projects');
    expect(data).toEqual({ ok: true });
    expect(server.requests.length).toBe(2);
    expect(seen).toEqual([{ attempt: 1, status: 429, delayMs: 1000, method: 'GET', path: '/projects', reason: 'retry-after' }]);
  });

  it('503 twice then 200: two retries with growing backoff', async () => {
    script([{ status: 503 }, { status: 503 }]);
    const { gitlab, seen } = client({ baseDelayMs: 10, maxDelayMs: 1000 });
    const { data } = await gitlab.request('GET', '/projects');
    expect(data).toEqual({ ok: true });
    expect(server.requests.length).toBe(3);
    expect(seen.map((s) => [s.attempt, s.status, s.reason])).toEqual([
      [1, 503, 'backoff'],
      [2, 503, 'backoff'],
    ]);
    // Jittered in [step/2, step]: step 10 then 20.
    expect(seen[0].delayMs).toBeGreaterThanOrEqual(5);
    expect(seen[0].delayMs).toBeLessThanOrEqual(10);
    expect(seen[1].delayMs).toBeGreaterThanOrEqual(10);
    expect(seen[1].delayMs).toBeLessThanOrEqual(20);
  });

  it('gives up after maxRetries with the last error, GitLab message and retry count', async () => {
    script([{ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }]);
    const { gitlab } = client({ maxRetries: 2 });
    const error = (await gitlab.request('GET', '/projects').catch((e: unknown) => e)) as GitLabApiError;
    expect(error).toBeInstanceOf(GitLabApiError);
    expect(error.status).toBe(502);
    expect(error.retries).toBe(2);
    expect(error.message).toBe('GET /projects: 502 Bad Gateway: 502 scripted (after 2 retries)');
    expect(server.requests.length).toBe(3);
  });

  it('gives up at once when the server asks for a wait past maxElapsedMs', async () => {
    script([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const { gitlab, seen } = client({ maxElapsedMs: 5000 });
    const error = (await gitlab.request('GET', '/projects').catch((e: unknown) => e)) as GitLabApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(seen).toEqual([]);
    expect(server.requests.length).toBe(1);
  });

  it('429 without Retry-After: falls back to backoff, and a clear error when it keeps failing', async () => {
    script([{ status: 429 }, { status: 429 }]);
    const { gitlab, seen } = client({ maxRetries: 1 });
    const error = (await gitlab.request('GET', '/projects').catch((e: unknown) => e)) as GitLabApiError;
    expect(seen.map((s) => s.reason)).toEqual(['backoff']);
    expect(error.message).toBe('GET /projects: 429 Too Many Requests: 429 scripted (after 1 retry)');
  });

  it('honours RateLimit-Reset (epoch seconds) when there is no Retry-After', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    script([{ status: 429, headers: { 'ratelimit-reset': String(reset) } }]);
    const { gitlab, seen } = client({});
    await gitlab.request('GET', '/projects');
    expect(seen[0].reason).toBe('ratelimit-reset');
    expect(seen[0].delayMs).toBeGreaterThan(0);
    expect(seen[0].delayMs).toBeLessThanOrEqual(2000);
  });

  it('never retries POST or PATCH unless asked', async () => {
    script([{ status: 503 }]);
    const { gitlab } = client({});
    await expect(gitlab.request('POST', '/projects', { body: { name: 'x' } })).rejects.toMatchObject({ status: 503, retries: 0 });
    expect(server.requests.length).toBe(1);
    script([{ status: 503 }]);
    const asked = client({ nonIdempotent: true });
    await asked.gitlab.request('POST', '/projects', { body: { name: 'x' } });
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ['POST', '{"name":"x"}'],
      ['POST', '{"name":"x"}'],
    ]);
  });

  it('retries PUT and DELETE (idempotent), resending the same body and credentials', async () => {
    script([{ status: 504 }]);
    const { gitlab } = client({});
    await gitlab.request('PUT', '/projects/{id}', { path: { id: 1 }, body: { name: 'y' } });
    expect(server.requests.map((r) => [r.method, r.url, r.body, r.headers['private-token']])).toEqual([
      ['PUT', '/api/v4/projects/1', '{"name":"y"}', 'secret-token-1'],
      ['PUT', '/api/v4/projects/1', '{"name":"y"}', 'secret-token-1'],
    ]);
  });

  it('retry: false sends once', async () => {
    script([{ status: 503 }]);
    const { gitlab } = client(false);
    await expect(gitlab.request('GET', '/projects')).rejects.toMatchObject({ status: 503 });
    expect(server.requests.length).toBe(1);
  });
});

describe('timeouts', () => {
  it('a response slower than timeoutMs fails with code timeout', async () => {
    server.handle((_, res) => {
      setTimeout(() => json(res, 200, {}), 2000).unref();
    });
    const { gitlab } = client(false, 200);
    const error = (await gitlab.request('GET', '/projects').catch((e: unknown) => e)) as GitLabApiError;
    expect(error).toBeInstanceOf(GitLabApiError);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('GET /projects: timed out (after 200 ms)');
  });

  it('a body that stalls past timeoutMs fails with code timeout', async () => {
    server.handle((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('[{"id": 1}');
    });
    const { gitlab } = client(false, 300);
    const error = (await gitlab.request('GET', '/projects').catch((e: unknown) => e)) as GitLabApiError;
    expect(error.code).toBe('timeout');
  });

  it("the caller's AbortSignal stops the call with code aborted", async () => {
    server.handle((_, res) => {
      setTimeout(() => json(res, 200, {}), 2000).unref();
    });
    const { gitlab } = client(false, 0);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(gitlab.request('GET', '/projects', { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('a streamed body stays under the timeout after the call returns (parseAs stream)', async () => {
    server.handle((_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first chunk');
    });
    const { gitlab } = client(false, 300);
    const { data } = await gitlab.request('GET', '/projects/{id}/jobs/{job_id}/trace', { path: { id: 1, job_id: 2 }, parseAs: 'stream' });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first chunk');
    await expect(reader.read()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('each retry gets its own timeout', async () => {
    let n = 0;
    server.handle((_, res) => {
      if (n++ === 0) json(res, 503, {});
      else setTimeout(() => json(res, 200, { late: true }), 50).unref();
    });
    const { gitlab } = client({}, 1000);
    await expect(gitlab.request('GET', '/projects')).resolves.toMatchObject({ data: { late: true } });
  });
});

describe('delay computation', () => {
  it.each([
    [{ 'retry-after': '7' }, 7000, 'retry-after'],
    [{ 'retry-after': '0' }, 0, 'retry-after'],
    [{ 'retry-after': new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString() }, 30_000, 'retry-after'],
    [{ 'ratelimit-reset': String(Date.UTC(2030, 0, 1, 0, 1, 0) / 1000) }, 60_000, 'ratelimit-reset'],
    [{ 'ratelimit-reset': '5' }, 5000, 'ratelimit-reset'],
  ])('%o -> %i ms (%s)', (headers, ms, reason) => {
    expect(serverDelay(new Headers(headers), Date.UTC(2030, 0, 1))).toEqual({ ms, reason });
  });

  it('no header -> undefined; garbage -> undefined', () => {
    expect(serverDelay(new Headers())).toBeUndefined();
    expect(serverDelay(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });

  it('backoff doubles per attempt, capped by maxDelayMs, jittered into [step/2, step]', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });
});
