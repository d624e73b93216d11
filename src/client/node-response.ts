// Response bodies as node:http delivers them (Inflow), and the two Responses nodeFetch builds over
// one: fetch's own Response around a web stream, for a caller of nodeFetch or the client with a
// middleware of the caller's; and NodeResponse, for the client's own calls, which reads the body
// without a web stream (making one, and undici's Response around it, cost about a tenth of a local
// call: npm run bench client).
import type { Abortable } from './deadline.js';
import type { IncomingMessage, Readable } from './node-builtins.js';

/** What a body is read as (not a Buffer, never shared memory). */
type Bytes = Uint8Array<ArrayBuffer>;

/** Unread bytes held before the socket is paused (a web stream's queue held as much). */
const HIGH_WATER = 64 * 1024;

/**
 * A body as it arrives. Followed from the start, as fetch does: a small body is in memory, and its
 * socket back in the pool, before anyone reads it; past HIGH_WATER unread bytes the socket waits.
 * Read whole (`all`) or chunk by chunk (`next`, behind a web stream). It fails with the signal's
 * reason on abort (timeouts keep their TimeoutError), and with TypeError 'terminated' when the
 * connection breaks off before the end, as undici's body does.
 */
export class Inflow {
  #chunks: Bytes[] = [];
  #held = 0;
  #paused = false;
  /** Someone waits for the whole body: no pausing, no waking per chunk. */
  #whole = false;
  /** How many bytes the whole body may hold. */
  #limit = Infinity;
  #over = false;
  #state: 'open' | 'ended' | 'failed' = 'open';
  #reason: unknown;
  #wake: (() => void) | undefined;
  readonly #res: IncomingMessage;
  readonly #source: Readable;
  readonly #signal: Abortable | undefined;
  readonly #onAbort = () => this.#fail(this.#signal!.reason);

  /** `source` is `res` itself, or the decoder it is piped through. */
  constructor(res: IncomingMessage, source: Readable, signal: Abortable | undefined) {
    this.#res = res;
    this.#source = source;
    this.#signal = signal;
    if (signal?.aborted) {
      this.#fail(signal.reason);
      return;
    }
    signal?.addEventListener('abort', this.#onAbort, { once: true });
    source.on('data', (chunk) => this.#take(chunk));
    source.on('end', () => this.#settle('ended'));
    source.on('error', (error) => this.#fail(new TypeError('terminated', { cause: error })));
    // A socket closed before the end of the body, with no error event of its own. (Every body ends
    // with one: the errors, stack traces and all, are made only when it comes first.)
    source.on('close', () => this.#state === 'open' && this.#fail(new TypeError('terminated', { cause: new Error('other side closed') })));
  }

  #take(chunk: Uint8Array): void {
    if (this.#state !== 'open' || this.#over) return;
    this.#chunks.push(new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength)); // a plain view, not a Buffer
    this.#held += chunk.byteLength;
    if (this.#whole) {
      this.#over = this.#held > this.#limit;
      if (this.#over) this.#notify();
      return;
    }
    if (this.#held >= HIGH_WATER && !this.#paused) {
      this.#paused = true;
      this.#source.pause();
    }
    this.#notify();
  }

  #settle(state: 'ended' | 'failed', reason?: unknown): boolean {
    if (this.#state !== 'open') return false;
    this.#state = state;
    this.#reason = reason;
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#notify();
    return true;
  }

  #fail(reason: unknown): void {
    if (!this.#settle('failed', reason)) return;
    this.#chunks = [];
    this.#res.destroy();
    this.#source.destroy();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #arrival(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }

  /** The next chunk, or null at the end. */
  async next(): Promise<Bytes | null> {
    while (this.#state === 'open' && this.#chunks.length === 0) await this.#arrival();
    if (this.#state === 'failed') throw this.#reason;
    const chunk = this.#chunks.shift();
    if (!chunk) return null;
    this.#held -= chunk.byteLength;
    if (this.#paused && this.#held < HIGH_WATER) {
      this.#paused = false;
      this.#source.resume();
    }
    return chunk;
  }

  /**
   * The rest of the body in one piece; past `limit` bytes, its first `limit` bytes and `tooLarge`,
   * the rest dropped with the connection.
   */
  async all(limit = Infinity): Promise<{ bytes: Bytes; tooLarge: boolean }> {
    this.#whole = true;
    this.#limit = limit;
    this.#over = this.#held > limit;
    if (this.#paused) {
      this.#paused = false;
      this.#source.resume();
    }
    while (this.#state === 'open' && !this.#over) await this.#arrival();
    if (this.#state === 'failed') throw this.#reason;
    const chunks = this.#chunks;
    this.#chunks = [];
    let bytes = chunks[0] ?? new Uint8Array(0);
    if (chunks.length > 1) {
      bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
    }
    if (!this.#over) return { bytes, tooLarge: false };
    this.cancel();
    return { bytes: bytes.subarray(0, limit), tooLarge: true };
  }

  /** Nobody will read the rest: drop it and the connection. */
  cancel(): void {
    this.#fail(new TypeError('cancelled'));
  }
}

/** A web stream over an Inflow, pulled at the reader's pace. */
function streamOf(inflow: Inflow): ReadableStream<Bytes> {
  return new ReadableStream<Bytes>(
    {
      async pull(controller) {
        const chunk = await inflow.next();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        inflow.cancel();
      },
    },
    { highWaterMark: 0 },
  );
}

/** What a Response says besides its body. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: Headers;
  url: string;
  redirected: boolean;
}

/** fetch's own Response over the body (or none), with the URL it came from. */
export function fetchResponse(head: ResponseHead, body: Inflow | ReadableStream<Bytes> | null): Response {
  const stream = body instanceof Inflow ? streamOf(body) : body;
  const response = new Response(stream, { status: head.status, statusText: head.statusText, headers: head.headers });
  Object.defineProperty(response, 'url', { value: head.url });
  if (head.redirected) Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

const decoder = new TextDecoder();
let linked = false;

/**
 * The Response the client's own calls get: fetch's API over an Inflow (or a body read already),
 * reading what openapi-fetch parses straight from the socket's chunks, and making a web stream only
 * when `body` is asked for.
 * Every member is its own; its prototype extends Response.prototype (linked at the first one made,
 * since touching `Response` loads undici) so that `instanceof Response` holds: openapi-fetch checks
 * it on what a middleware returns, and so may a caller.
 */
export class NodeResponse implements Response {
  readonly type = 'basic' as const;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
  readonly #source: Inflow | Bytes | null;
  /** The web stream, once `body` was asked for. */
  #stream: ReadableStream<Bytes> | null = null;
  #used = false;

  constructor(head: ResponseHead, body: Inflow | Bytes | null) {
    if (!linked) {
      Object.setPrototypeOf(NodeResponse.prototype, Response.prototype);
      linked = true;
    }
    this.status = head.status;
    this.statusText = head.statusText;
    this.headers = head.headers;
    this.url = head.url;
    this.redirected = head.redirected;
    this.#source = body;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get body(): ReadableStream<Bytes> | null {
    const source = this.#source;
    return (this.#stream ??= source instanceof Inflow ? streamOf(source) : source && new Blob([source]).stream());
  }

  get bodyUsed(): boolean {
    return this.#used || (this.#stream?.locked ?? false);
  }

  async #read(limit = Infinity): Promise<{ bytes: Bytes; tooLarge: boolean }> {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    const source = this.#source;
    let bytes: Bytes;
    // `body` asked for but not read: read it as fetch would.
    if (this.#stream) bytes = new Uint8Array(await new Response(this.#stream).arrayBuffer());
    else if (source instanceof Inflow) return source.all(limit);
    else bytes = source ?? new Uint8Array(0);
    return bytes.byteLength > limit ? { bytes: bytes.subarray(0, limit), tooLarge: true } : { bytes, tooLarge: false };
  }

  async #bytes(): Promise<Bytes> {
    return (await this.#read()).bytes;
  }

  /** The body as text, stopping at `limit` bytes (readText in response.ts, for maxResponseBytes). */
  async textUpTo(limit: number): Promise<{ text: string; tooLarge: boolean }> {
    const { bytes, tooLarge } = await this.#read(limit);
    return { text: decoder.decode(bytes), tooLarge };
  }

  async text(): Promise<string> {
    return decoder.decode(await this.#bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<FormData> {
    return new Response(await this.arrayBuffer(), { headers: this.headers }).formData();
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const body = this.body;
    const head = { status: this.status, statusText: this.statusText, headers: new Headers(this.headers), url: this.url, redirected: this.redirected };
    if (!body) return fetchResponse(head, null);
    const [mine, theirs] = body.tee();
    this.#stream = mine;
    return fetchResponse(head, theirs);
  }
}
