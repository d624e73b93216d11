// `gitlab-api api [METHOD] PATH`: any path of the API, for routes or parameters the docs miss, with
// the same connection, credentials, retries and output as the operations (like `gh api` and
// `glab api`). argv -> options (apiOptions: nothing sent) -> HTTP (runApi).
//   --field key=value   typed: true, false, null and numbers as JSON; `@FILE` uploads the file (multipart)
//   --raw-field k=v     a string
//   key[]=v             an array (repeat it); key[sub]=v an object
//   --input FILE|-      the body as is; fields then go to the query string
// For GET and HEAD the fields are the query string, for the other methods the body.
import { readFileSync } from 'node:fs';
import type { Invocation } from '../parse-args.js';
import { show } from '../parse-args.js';
import { resolveConnection } from '../connection.js';
import { UsageError } from '../errors.js';
import { exchange, exchangeOptions, type ExchangeOptions } from '../exchange.js';
import { serializeQuery } from '../../client/query.js';
import type { RequestSpec } from '../request.js';
import type { CliIO } from '../io.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];

export interface ApiOptions {
  request: RequestSpec;
  exchange: ExchangeOptions;
  globals: ReadonlyMap<string, string | true>;
}

type Field = { key: string; value: unknown; file?: string };

function splitField(text: string, flag: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`${flag} expects KEY=VALUE, got ${show(text)}.`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

/** `--field` values: JSON literals typed (`true`, `3`, `null`), `@FILE` a file to upload, the rest strings. */
function typed(value: string): { value: unknown; file?: string } {
  if (value.startsWith('@') && value.length > 1) return { value, file: value.slice(1) };
  if (/^(true|false|null)$/.test(value) || /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) return { value: JSON.parse(value) };
  return { value };
}

/** `a[]=1`, `a[]=2`, `b[c]=3` -> `{a: [1, 2], b: {c: 3}}`. */
function toObject(fields: Field[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { key, value } of fields) {
    const [, head, rest] = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(key) ?? [, key, ''];
    const path = [head!, ...[...(rest ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])];
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const container = node as Record<string, unknown>;
      if (part === '' && Array.isArray(node)) {
        if (last) node.push(value);
        else {
          const next = {};
          node.push(next);
          node = next;
        }
        return;
      }
      if (last) container[part] = value;
      else {
        const nextIsArray = path[i + 1] === '';
        if (container[part] === undefined || typeof container[part] !== 'object' || container[part] === null) container[part] = nextIsArray ? [] : {};
        node = container[part] as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** `key[]` repeated -> one array under `key[]`; the rest by their last value (the query serializer writes them back). */
function toQuery(fields: Field[]): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const { key, value } of fields) {
    if (key.endsWith('[]')) query[key] = [...((query[key] as unknown[]) ?? []), value];
    else query[key] = value;
  }
  return query;
}

/** The path as given, relative to /api/v4, with `{` `}` encoded (they would read as parameters). */
function apiPath(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw new UsageError(`api takes a path relative to /api/v4 (projects/42), not a URL; give the host with --url.`);
  const rest = path.replace(/^\/?api\/v4(?=\/|$)/, '');
  return `/${rest.replace(/^\/+/, '')}`.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D'));
}

export async function apiOptions(inv: Invocation, io: Pick<CliIO, 'readStdin'>): Promise<ApiOptions> {
  const words = inv.positionals;
  let method = inv.globals.get('method');
  let path: string | undefined;
  if (words.length === 2 && METHODS.includes(words[0].toUpperCase())) {
    if (method !== undefined) throw new UsageError('give the method once: api METHOD PATH, or --method.');
    [method, path] = [words[0], words[1]];
  } else if (words.length === 1) path = words[0];
  else throw new UsageError(`api takes a path, optionally after a method: api [METHOD] PATH; got ${words.length ? words.map(show).join(' ') : 'nothing'}.`);
  if (typeof method === 'string' && !METHODS.includes(method.toUpperCase())) throw new UsageError(`--method must be one of ${METHODS.join(', ')}; got ${show(method)}.`);

  const fields: Field[] = [
    ...(inv.repeated.get('field') ?? []).map((f) => {
      const [key, raw] = splitField(f, '--field');
      return { key, ...typed(raw) };
    }),
    ...(inv.repeated.get('raw-field') ?? []).map((f) => {
      const [key, value] = splitField(f, '--raw-field');
      return { key, value };
    }),
  ];
  const headers: Record<string, string> = {};
  for (const h of inv.repeated.get('header') ?? []) {
    const colon = h.indexOf(':');
    if (colon <= 0) throw new UsageError(`--header expects 'Name: value', got ${show(h)}.`);
    headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
  }
  const input = inv.globals.get('input');
  // As gh api: GET, or POST once there are fields or a body; --paginate means GET.
  const paginate = inv.globals.has('paginate') || inv.globals.has('all');
  const verb = (typeof method === 'string' ? method : !paginate && (fields.length || input !== undefined) ? 'POST' : 'GET').toUpperCase();
  const request: RequestSpec = { method: verb, pathTemplate: apiPath(path), path: {}, query: {}, headers };

  const inQuery = verb === 'GET' || verb === 'HEAD' || input !== undefined;
  const files = fields.filter((f) => f.file);
  if (files.length && inQuery) throw new UsageError(`--field ${files[0].key}=@${files[0].file} uploads a file, which needs a request body (not ${verb}${input !== undefined ? ' with --input' : ''}).`);
  if (inQuery && fields.length) {
    const query = serializeQuery(toQuery(fields));
    // A query already in PATH stays as written; the fields follow it.
    if (request.pathTemplate.includes('?')) request.pathTemplate += `&${query}`;
    else request.query = toQuery(fields);
  } else if (files.length) {
    request.form = {
      fields: fields.filter((f) => !f.file).map((f) => [f.key, typeof f.value === 'string' ? f.value : JSON.stringify(f.value)]),
      files: files.map((f) => [f.key, f.file!]),
    };
  } else if (fields.length) request.json = toObject(fields);
  if (typeof input === 'string') {
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? Buffer.from(await io.readStdin()) : readFileSync(input);
    } catch (e) {
      throw new UsageError(`--input ${input}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
    request.raw = { bytes, from: input };
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  const output = exchangeOptions(inv.globals);
  if (output.paginate && verb !== 'GET') throw new UsageError(`--paginate follows the pages of a GET; this is ${verb}.`);
  return { request, exchange: output, globals: inv.globals };
}

export async function runApi(opts: ApiOptions, io: CliIO): Promise<number> {
  return exchange(resolveConnection(opts.globals, io.env), opts.request, opts.exchange, io);
}
