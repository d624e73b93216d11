// Running one operation: options -> request (validated), then dry-run or send, then output.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { acceptsBody, type Command } from './command-table.js';
import type { Invocation } from './parse-args.js';
import { buildRequestParts } from './validate.js';
import { readData } from './request-data.js';
import { resolveConnection } from './connection.js';
import { UsageError, RequestFailure, EXIT_OK } from './errors.js';
import { toCurl } from './dry-run.js';
import { formatBody, formatHead, type OutputFormat } from './output.js';
import type { CliIO } from './io.js';

const FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'yaml'];

function outputFormat(inv: Invocation): OutputFormat {
  const f = inv.globals.get('output');
  if (f === undefined) return 'json';
  if (typeof f === 'string' && (FORMATS as readonly string[]).includes(f)) return f as OutputFormat;
  throw new UsageError(`--output must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(f)}.`);
}

function maxPages(inv: Invocation): number {
  const m = inv.globals.get('max-pages');
  if (m === undefined) return Infinity;
  if (typeof m !== 'string' || !/^\d+$/.test(m) || Number(m) < 1) throw new UsageError(`--max-pages expects a positive integer, got ${JSON.stringify(m)}.`);
  return Number(m);
}

export async function runOperation(cmd: Command, inv: Invocation, io: CliIO): Promise<number> {
  if (inv.positionals.length) throw new UsageError(`${cmd.name} takes no positional arguments; got ${JSON.stringify(inv.positionals[0])}. Parameters are --name value.`);
  const format = outputFormat(inv);
  const pages = maxPages(inv);
  const paginate = inv.globals.has('paginate') || inv.globals.has('all');
  if (paginate && cmd.method !== 'GET') throw new UsageError(`--paginate is for GET lists; ${cmd.name} is ${cmd.method}.`);
  const dataArg = inv.globals.get('data');
  let data: unknown;
  if (typeof dataArg === 'string') {
    if (!acceptsBody(cmd)) throw new UsageError(`${cmd.name} (${cmd.method}) takes no request body; --data is not allowed.`);
    data = await readData(dataArg, io.readStdin);
  }
  const dataObject = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const parts = buildRequestParts(cmd, inv.values, new Set(Object.keys(dataObject ?? {})));
  const conn = resolveConnection(inv.globals, io.env);
  io.addSecrets(conn.secrets);
  for (const w of conn.warnings) io.stderr(`gitlab-api: ${w}\n`);

  let body: unknown;
  const hasBodyOptions = Object.keys(parts.body).length > 0;
  if (data !== undefined && !dataObject && hasBodyOptions) throw new UsageError('--data must be a JSON object when body parameters are also given as options.');
  if (dataObject || hasBodyOptions) body = { ...(dataObject ?? {}), ...parts.body };
  else if (data !== undefined) body = data;

  const { describeRequest } = await import('./describe-request.js');
  const req = { method: cmd.method, pathTemplate: cmd.path, path: parts.path, query: parts.query, headers: parts.headers, body };
  const { url, headers: requestHeaders } = describeRequest(conn, req);

  // multipart: the other body fields travel as form fields, as text.
  const multipart = Object.keys(parts.files).length > 0;
  const formFields = multipart ? Object.entries((body as Record<string, unknown>) ?? {}).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]) : [];

  if (inv.globals.has('dry-run')) {
    const headers = { ...requestHeaders };
    if (multipart) {
      io.stdout(toCurl(cmd.method, url, headers, undefined, parts.files, Object.fromEntries(formFields)));
    } else {
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      io.stdout(toCurl(cmd.method, url, headers, body === undefined ? undefined : JSON.stringify(body)));
    }
    return EXIT_OK;
  }

  const { send, sendPages } = await import('./send.js'); // the client, and node:http, only to send
  const sendOptions = { globalFetch: io.env.GITLAB_API_FETCH === 'global' };
  if (multipart) {
    const form = new FormData();
    for (const [k, v] of formFields) form.append(k, v);
    for (const [name, path] of Object.entries(parts.files)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        throw new UsageError(`--${name}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
      form.append(name, new Blob([new Uint8Array(bytes)]), basename(path));
    }
    req.body = form;
  }

  const verbose = inv.globals.has('verbose');
  const include = inv.globals.has('include');
  const pretty = io.stdoutIsTTY && format === 'json';
  if (verbose) io.stderr(`> ${cmd.method} ${url}\n`);
  try {
    if (!paginate) {
      const reply = await send(conn, req, sendOptions);
      if (verbose) io.stderr(`< ${reply.status} ${reply.statusText}\n`);
      if (include) io.stdout(formatHead(reply.status, reply.statusText, reply.headers));
      io.stdout(await formatBody(reply.data, format, pretty));
      return EXIT_OK;
    }
    // Pages as they arrive for ndjson (streamable); one array for json and yaml.
    const all: unknown[] = [];
    for await (const reply of sendPages(conn, req, pages, sendOptions)) {
      if (verbose) io.stderr(`< ${reply.status} ${reply.statusText}\n`);
      if (include) io.stdout(formatHead(reply.status, reply.statusText, reply.headers));
      const items = Array.isArray(reply.data) ? reply.data : [reply.data];
      if (format === 'ndjson') io.stdout(await formatBody(items, format, false));
      else all.push(...items);
    }
    if (format !== 'ndjson') io.stdout(await formatBody(all, format, pretty));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof RequestFailure) {
      const failed = e as RequestFailure & { status?: number; statusText?: string };
      if (include && failed.status) io.stdout(formatHead(failed.status, failed.statusText ?? '', []));
    }
    throw e;
  }
}
