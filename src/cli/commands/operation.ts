// `gitlab-api RESOURCE VERB --param value ...`: one operation of the spec. argv -> options
// (operationOptions: the request, typed and checked against the spec, and the output options;
// nothing sent), then options -> HTTP (runOperation).
import { acceptsBody, type Command } from '../command-table.js';
import type { Invocation } from '../parse-args.js';
import { buildRequestParts } from '../validate.js';
import { readData } from '../request-data.js';
import { resolveConnection } from '../connection.js';
import { UsageError } from '../errors.js';
import { exchange, exchangeOptions, type ExchangeOptions } from '../exchange.js';
import type { RequestSpec } from '../request.js';
import type { CliIO } from '../io.js';

export interface OperationOptions {
  command: Command;
  request: RequestSpec;
  exchange: ExchangeOptions;
  /** Connection flags (`--url`, `--token`, ...), resolved with the environment when sending. */
  globals: ReadonlyMap<string, string | true>;
}

export async function operationOptions(cmd: Command, inv: Invocation, io: Pick<CliIO, 'readStdin'>): Promise<OperationOptions> {
  if (inv.positionals.length) throw new UsageError(`${cmd.name} takes no more words; got ${JSON.stringify(inv.positionals[0])}. Parameters are --name value.`);
  const output = exchangeOptions(inv.globals);
  const dataArg = inv.globals.get('data');
  let data: unknown;
  if (typeof dataArg === 'string') {
    if (!acceptsBody(cmd)) throw new UsageError(`${cmd.name} (${cmd.method}) takes no request body; --data is not allowed.`);
    data = await readData(dataArg, io.readStdin);
  }
  const dataObject = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const parts = buildRequestParts(cmd, inv.values, new Set(Object.keys(dataObject ?? {})));

  let body: unknown;
  const hasBodyOptions = Object.keys(parts.body).length > 0;
  if (data !== undefined && !dataObject && hasBodyOptions) throw new UsageError('--data must be a JSON object when body parameters are also given as options.');
  if (dataObject || hasBodyOptions) body = { ...(dataObject ?? {}), ...parts.body };
  else if (data !== undefined) body = data;

  const request: RequestSpec = { method: cmd.method, pathTemplate: cmd.path, path: parts.path, query: parts.query, headers: parts.headers };
  const files = Object.entries(parts.files);
  if (files.length) {
    // multipart: the other body fields travel as form fields, as text.
    const fields = Object.entries((body as Record<string, unknown>) ?? {}).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
    request.form = { fields, files };
  } else if (body !== undefined) request.json = body;
  return { command: cmd, request, exchange: output, globals: inv.globals };
}

export async function runOperation(opts: OperationOptions, io: CliIO): Promise<number> {
  return exchange(resolveConnection(opts.globals, io.env), opts.request, opts.exchange, io);
}
