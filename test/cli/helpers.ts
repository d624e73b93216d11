// Test helpers: run the CLI's main in-process with injected IO (like cli/cli's IOStreams), and a
// real HTTP server on 127.0.0.1 that records what it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { main } from '../../src/cli/main.js';
import { redactor } from '../../src/cli/io.js';

export const FIXTURE = join(import.meta.dirname, 'fixtures/openapi.json');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes (text and raw bodies in the order written). */
  bytes: Buffer;
}

/** Temporary folders the helpers made; removed after each test file that imports this module. */
const temps: string[] = [];
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
try {
  afterAll(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
} catch {
  // Imported outside a test file (bench/cli.ts uses the server): nothing registered, nothing made.
}

/** The CLI's main in-process, with injected IO; a fresh HOME (no config file unless `env.HOME` has one). */
export async function run(argv: string[], opts: { env?: Record<string, string>; stdin?: string; tty?: boolean } = {}): Promise<Run> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const r = redactor();
  const code = await main({
    argv,
    env: { GITLAB_API_SPEC: FIXTURE, HOME: tempDir('cli-home-'), ...opts.env },
    stdout: (t) => void chunks.push(Buffer.from(r.apply(t))),
    stderr: (t) => void (stderr += r.apply(t)),
    writeStdout: async (b) => void chunks.push(Buffer.from(b)),
    readStdin: async () => opts.stdin ?? '',
    stdoutIsTTY: !!opts.tty,
    addSecrets: (s) => r.add(s),
  });
  const bytes = Buffer.concat(chunks);
  return { code, stdout: bytes.toString('utf8'), stderr, bytes };
}

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: Received, res: ServerResponse) => void;

export interface TestServer {
  url: string;
  received: Received[];
  handle(h: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const received: Received[] = [];
  let handler: Handler = (_req, res) => json(res, 200, {});
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      handler(r, res);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    handle: (h) => void (handler = h),
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** A server for the test file, started before its tests and closed after; `base` is `--url` and `--token` for it. */
export function useServer(token: string): { readonly server: TestServer; readonly base: string[] } {
  const ctx = {} as { server: TestServer; base: string[] };
  beforeAll(async () => {
    ctx.server = await startServer();
    ctx.base = ['--url', ctx.server.url, '--token', token];
  });
  afterAll(() => ctx.server.close());
  return ctx;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A URL on 127.0.0.1 where nothing listens (a port just freed): connection refused. */
export async function closedPort(): Promise<string> {
  const s = createNetServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return `http://127.0.0.1:${port}`;
}
