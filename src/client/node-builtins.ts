// What the Node transport (node-fetch.ts, node-response.ts) uses of node:http, node:stream and
// node:zlib, typed here so the client needs no @types/node. The modules come from
// process.getBuiltinModule, not import statements, so the client still loads in a browser (where
// defaultFetch() gives globalThis.fetch) and bundlers see no node: import.

/** What the transport uses of node:stream's Readable and http's IncomingMessage. */
export interface Readable {
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end' | 'close', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  pause(): this;
  resume(): this;
  destroy(): this;
}
export interface IncomingMessage extends Readable {
  statusCode?: number;
  statusMessage?: string;
  headers: Record<string, string | string[] | undefined> & { location?: string };
  rawHeaders: string[];
}
export interface ClientRequest {
  on(event: 'response', listener: (res: IncomingMessage) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(body?: Uint8Array): this;
  destroy(): this;
}
type RequestFn = (url: URL, options: { method: string; headers: Record<string, string> }) => ClientRequest;
interface Builtins {
  http: { request: RequestFn };
  https: { request: RequestFn };
  stream: { pipeline(source: Readable, target: Readable, done: (error?: Error) => void): Readable };
  zlib: {
    constants: { Z_SYNC_FLUSH: number };
    createGunzip(options?: object): Readable;
    createInflate(options?: object): Readable;
    createBrotliDecompress(options?: object): Readable;
  };
}

type Process = { getBuiltinModule?: (id: string) => unknown };
const proc = (): Process | undefined => (globalThis as { process?: Process }).process;
export const hasBuiltins = () => typeof proc()?.getBuiltinModule === 'function';
let builtins: Builtins | undefined;
export function node(): Builtins {
  if (!hasBuiltins()) throw new TypeError('nodeFetch needs Node (process.getBuiltinModule)');
  const get = (id: string) => proc()!.getBuiltinModule!(id);
  return (builtins ??= { http: get('node:http'), https: get('node:https'), stream: get('node:stream'), zlib: get('node:zlib') } as Builtins);
}
