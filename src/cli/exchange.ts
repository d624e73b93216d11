// Sending a request and printing what comes back, the same for an operation and for `api`:
// --dry-run, --verbose (request, credential source, retries, status), --include, --paginate, and
// the body: JSON formatted (json, ndjson, yaml), anything else (raw files, archives, artifacts, job
// logs) copied byte for byte to stdout or --output-file; binary is not written to a terminal unless
// asked with `--output-file -`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GitLabApiError, displayPath, toTransportError } from '../client/errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readText } from '../client/response.js';
import { describeAuth, credentialFor, type Connection } from './connection.js';
import { describeRequest, translate, type RequestSpec } from './request.js';
import { toCurl } from './dry-run.js';
import { formatBody, formatHead, isBinary, isJsonType, type OutputFormat } from './output.js';
import { EXIT_OK, UsageError, isRequestFailure } from './errors.js';
import { openOutputFile, type OutputFile } from './output-file.js';
import type { CliIO } from './io.js';
import type { Reply, Upload } from './send.js';

export interface ExchangeOptions {
  format: OutputFormat;
  include: boolean;
  verbose: boolean;
  dryRun: boolean;
  /** Where the body goes instead of stdout; `-`: stdout, binary included. */
  outputFile?: string;
  paginate: boolean;
  maxPages: number;
}

function readUploads(req: RequestSpec): Upload[] {
  return (req.form?.files ?? []).map(([field, path]) => {
    try {
      return { field, name: basename(path), bytes: readFileSync(path) };
    } catch (e) {
      throw new UsageError(`--${field}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
  });
}

/** An error the client would give for the body of `reply`, for a body the CLI reads itself. */
function invalid(conn: Connection, req: RequestSpec, reply: Reply, detail: string): never {
  return translate(new GitLabApiError({ code: 'invalid-response', method: req.method, path: displayPath(reply.response.url, conn.baseUrl), status: reply.status, statusText: reply.statusText, detail }));
}

export async function exchange(conn: Connection, req: RequestSpec, opts: ExchangeOptions, io: CliIO): Promise<number> {
  io.addSecrets(conn.secrets);
  for (const w of conn.warnings) io.stderr(`gitlab-api: ${w}\n`);
  const { url, headers } = describeRequest(conn, req);

  if (opts.dryRun) {
    if (req.json !== undefined) headers['Content-Type'] = 'application/json';
    const form = req.form && { fields: Object.fromEntries(req.form.fields), files: Object.fromEntries(req.form.files) };
    io.stdout(toCurl(req.method, url, headers, { json: req.json === undefined ? undefined : JSON.stringify(req.json), form, rawFrom: req.raw?.from }));
    return EXIT_OK;
  }

  const uploads = readUploads(req);
  const out: OutputFile | undefined = opts.outputFile && opts.outputFile !== '-' ? openOutputFile(opts.outputFile) : undefined;
  const pretty = !out && io.stdoutIsTTY && opts.format === 'json';
  const print = (text: string) => (out ? out.write(Buffer.from(text)) : io.stdout(text));
  if (opts.verbose) io.stderr(`> ${req.method} ${url}\n* ${describeAuth(conn, url)}\n`);
  const { send, sendPages } = await import('./send.js'); // the client, and node:http, only to send
  const sendOptions = {
    globalFetch: io.env.GITLAB_API_FETCH === 'global',
    ...(opts.verbose ? { onRetry: (r: { status: number; attempt: number; delayMs: number; reason: string }) => io.stderr(`* ${r.status}: retry ${r.attempt} in ${(r.delayMs / 1000).toFixed(1)} s (${r.reason})\n`) } : {}),
  };
  try {
    if (opts.paginate) {
      // Pages as they arrive for ndjson (streamable); one array for json and yaml.
      const all: unknown[] = [];
      for await (const page of sendPages(conn, req, opts.maxPages, sendOptions)) {
        if (opts.verbose) io.stderr(`< ${page.status} ${page.statusText}\n`);
        if (opts.include) io.stdout(formatHead(page.status, page.statusText, page.headers));
        if (opts.format === 'ndjson') await print(await formatBody(page.items, 'ndjson', false));
        else all.push(...page.items);
      }
      if (opts.format !== 'ndjson') await print(await formatBody(all, opts.format, pretty));
    } else {
      const reply = await send(conn, req, uploads, sendOptions);
      if (opts.verbose) io.stderr(`< ${reply.status} ${reply.statusText}\n`);
      if (opts.include) io.stdout(formatHead(reply.status, reply.statusText, reply.headers));
      await body(conn, req, reply, opts, io, out, pretty);
    }
    await out?.commit();
    return EXIT_OK;
  } catch (e) {
    await out?.discard();
    if (isRequestFailure(e)) {
      if (opts.include && e.status) io.stdout(formatHead(e.status, e.statusText ?? '', []));
      // A refusal that may come from the credential: say which one was sent, or why none was.
      if (e.status === 401 || e.status === 403 || (e.status === 404 && !credentialFor(conn, url).credential)) e.message += ` (${describeAuth(conn, url)})`;
    }
    throw e;
  }
}

/** The body of a 2xx response: JSON formatted, anything else copied as it came. */
async function body(conn: Connection, req: RequestSpec, reply: Reply, opts: ExchangeOptions, io: CliIO, out: OutputFile | undefined, pretty: boolean): Promise<void> {
  const { response } = reply;
  if (req.method === 'HEAD' || response.status === 204 || !response.body) return;
  const contentType = response.headers.get('content-type') ?? '';
  const transport = (error: unknown) => translate(toTransportError(error, req.method, displayPath(response.url, conn.baseUrl), conn.secrets, { timeoutMs: conn.timeoutMs }));
  if (isJsonType(contentType)) {
    const limit = conn.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const read = await readText(response, limit).catch(transport);
    if (read.tooLarge) invalid(conn, req, reply, `body larger than maxResponseBytes (${limit} bytes)`);
    if (read.text.trim() === '') {
      // A GET promises a representation; other methods may answer with nothing.
      if (req.method === 'GET') invalid(conn, req, reply, 'empty body where JSON was expected');
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(read.text);
    } catch (e) {
      invalid(conn, req, reply, `body is not valid JSON (${(e as Error).message})`);
    }
    const text = await formatBody(value, opts.format, pretty);
    if (out) await out.write(Buffer.from(text));
    else io.stdout(text);
    return;
  }
  // An HTML page where the API answers: a login page or a proxy's error, not content.
  if (/^text\/html/i.test(contentType)) {
    await response.body.cancel().catch(() => undefined);
    invalid(conn, req, reply, `expected JSON or a file, got ${contentType} (a login page or proxy error?)`);
  }
  const reader = response.body.getReader();
  let first = true;
  for (;;) {
    const chunk = await reader.read().catch(transport);
    if (chunk.done) break;
    if (first && !out && opts.outputFile !== '-' && io.stdoutIsTTY && isBinary(contentType, chunk.value)) {
      await reader.cancel().catch(() => undefined);
      const size = response.headers.get('content-length');
      throw new UsageError(`the response is binary (${contentType || 'no content type'}${size ? `, ${size} bytes` : ''}); not written to a terminal: give --output-file FILE, or --output-file - to write it here anyway.`);
    }
    first = false;
    if (out) await out.write(chunk.value);
    else await io.writeStdout(chunk.value);
  }
}

const FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'yaml'];

/** The output and paging options of the line (operation or `api`), checked. */
export function exchangeOptions(globals: ReadonlyMap<string, string | true>): ExchangeOptions {
  const f = globals.get('output');
  if (f !== undefined && !(typeof f === 'string' && (FORMATS as readonly string[]).includes(f))) throw new UsageError(`--output must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(f)}.`);
  const m = globals.get('max-pages');
  if (m !== undefined && (typeof m !== 'string' || !/^\d+$/.test(m) || Number(m) < 1)) throw new UsageError(`--max-pages expects a positive integer, got ${JSON.stringify(m)}.`);
  const file = globals.get('output-file');
  if (file === '') throw new UsageError('--output-file needs a file name (- for stdout).');
  return {
    format: (f as OutputFormat | undefined) ?? 'json',
    include: globals.has('include'),
    verbose: globals.has('verbose'),
    dryRun: globals.has('dry-run'),
    ...(typeof file === 'string' ? { outputFile: file } : {}),
    paginate: globals.has('paginate') || globals.has('all'),
    maxPages: m === undefined ? Infinity : Number(m),
  };
}
