// Real HTTP servers on 127.0.0.1 for the client tests: a scripted one (each test says what to
// answer) and a spec-checking one (spec-server.ts) built on it.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  /** Raw request target, as sent (still percent-encoded). */
  url: string;
  headers: IncomingMessage['headers'];
  /** The body as UTF-8 text, and as the bytes received (uploads). */
  body: string;
  raw: Buffer;
}

export type Handler = (req: Recorded, res: ServerResponse, raw: IncomingMessage) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/api/v4` */
  apiRoot: string;
  requests: Recorded[];
  /** Replace the handler (per test). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(initial?: Handler): Promise<TestServer> {
  let handler: Handler = initial ?? ((_, res) => res.writeHead(500).end());
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (raw, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const rec: Recorded = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: bytes.toString('utf8'), raw: bytes };
    requests.push(rec);
    try {
      await handler(rec, res, raw);
    } catch (error) {
      if (!res.headersSent) res.writeHead(599).end(String(error));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    apiRoot: `${origin}/api/v4`,
    requests,
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

/** Deep search for a string anywhere in a value: own properties (enumerable or not), `cause`, `message`, `stack`. */
export function containsString(value: unknown, needle: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (!value || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Headers) return [...value.entries()].some(([k, v]) => k.includes(needle) || v.includes(needle));
  for (const key of Reflect.ownKeys(value)) {
    const v = (value as Record<PropertyKey, unknown>)[key];
    if (containsString(v, needle, seen)) return true;
  }
  return false;
}
