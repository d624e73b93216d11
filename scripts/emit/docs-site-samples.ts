// Code samples for the docs site: for every operation, the `gitlab-api` command and the TypeScript
// client call, made from the CLI's own command table (src/cli/command-table.ts, built from this
// spec as the CLI builds it) and the client's per-page views (`gitlab.<tagKey>`, emit/types.ts), so
// a sample names exactly what users get; the tests run them (CLI with --dry-run, client against a
// local server) and type-check them. Values come from the docs' own curl call when the operation
// has one (`/projects/5/issues?state=opened` gives `--id 5 --state opened`), else a placeholder
// by type for each required parameter.
//
// Only the site's copy of the spec gets these (docs/site.md says why): command names derive from
// the spec, so a spec carrying them would depend on itself.
import { parseCurl } from '../curl.js';
import { asObject, resolve, type Json } from '../json-ref.js';
import { DOCS_CURL_LABEL, HTTP_METHODS, type CodeSample, type OpenAPIDocument, type OperationObject, type PathItemObject, type TagObject } from '../openapi-document.js';
import type { Command, CommandParam } from '../../src/cli/command-table.js';
import { memoCommandTable } from './command-table-memo.js';
import { noMemo, type Memo } from './memo.js';
import { tagKey } from './tag-keys.js';

export const CLI_LABEL = 'gitlab-api';
export const CLIENT_LABEL = 'TypeScript client';

/** A value a sample passes; `{ file }` stands for a file to upload. */
export type SampleValue = string | number | boolean | SampleValue[] | { [key: string]: SampleValue } | FileValue;

export interface FileValue {
  file: string;
}

function isFile(value: SampleValue): value is FileValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as FileValue).file === 'string';
}

/** A parameter and what the sample passes for it. */
export interface SampleArgument {
  param: CommandParam;
  value: SampleValue;
}

/** What a curl call sends, by the names the API knows (raw strings; repeated names collect). */
export interface CallValues {
  path: Record<string, string>;
  fields: Map<string, string[]>;
  /** A JSON body, as sent. */
  json?: Record<string, unknown>;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function addPairs(fields: Map<string, string[]>, text: string): void {
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
}

/** The values a docs curl call gives the route `route` (`/projects/{id}/issues`), or undefined. */
export function callValues(source: string, route: string): CallValues | undefined {
  const call = parseCurl(source);
  if (!call?.path) return undefined;
  const want = route.split('/').filter(Boolean);
  const got = call.path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const path: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const name = /^\{(.+)\}$/.exec(want[i])?.[1];
    if (name) path[name] = decode(got[i]);
  }
  const fields = new Map<string, string[]>();
  // After the path: `?a=1&b=2`, or `&a=1` where the docs glue the query on with `&` (events.md).
  const rest = call.url.slice(call.url.indexOf('/api/v4') + '/api/v4'.length).split('#')[0];
  const query = rest.search(/[?&]/);
  if (query >= 0) addPairs(fields, rest.slice(query + 1));
  let json: Record<string, unknown> | undefined;
  if (call.data !== undefined) {
    const data = heredocs(source).get(call.data.trim().replace(/^\$\{?(\w+)\}?$/, '$1')) ?? call.data.trim();
    if (data.startsWith('{')) {
      try {
        const parsed = JSON.parse(data) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
      } catch {
        // A body the docs got wrong gives no values.
      }
    } else addPairs(fields, data);
  }
  for (const field of call.form ?? []) {
    const eq = field.indexOf('=');
    if (eq > 0) fields.set(field.slice(0, eq), [...(fields.get(field.slice(0, eq)) ?? []), field.slice(eq + 1)]);
  }
  return { path, fields, ...(json ? { json } : {}) };
}

/**
 * Variables the call's block sets from a here-document, by name: commits.md builds its JSON body
 * with `PAYLOAD=$(cat << 'JSON' ... JSON)` and sends `--data "$PAYLOAD"`.
 */
function heredocs(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(/\b(\w+)=\$\(cat\s*<<-?\s*(['"]?)(\w+)\2[^\n]*\n([\s\S]*?)\n\s*\3\s*\n/g)) found.set(match[1], match[4]);
  return found;
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** `raw` as a value of one of `types`, or undefined when it is none of them. */
function scalar(raw: string, types: string[], enumValues: string[] | undefined): SampleValue | undefined {
  if (enumValues && !enumValues.includes(raw)) return undefined;
  if (types.length === 0) return raw;
  if (types.includes('integer') && INTEGER.test(raw)) return Number(raw);
  if (types.includes('number') && NUMBER.test(raw)) return Number(raw);
  if (types.includes('boolean') && /^(true|false)$/.test(raw)) return raw === 'true';
  if (types.includes('string')) return raw;
  return undefined;
}

/** A value the docs' call gave, converted to the parameter's type; undefined when it does not fit. */
function fromCall(param: CommandParam, values: CallValues): SampleValue | undefined {
  if (param.file) return undefined;
  if (param.in === 'path') {
    const raw = values.path[param.name];
    return raw === undefined || /^<.*>$/.test(raw) ? undefined : scalar(raw, param.types, param.enum);
  }
  if (values.json && param.in === 'body' && param.name in values.json) return jsonValue(values.json[param.name], param.types, param.enum);
  const raws = values.fields.get(param.name) ?? values.fields.get(`${param.name}[]`);
  if (!raws || raws.length === 0) return undefined;
  // A parameter that takes one value or a list (`scope`: a state or states) gets one.
  const scalarTypes = param.types.filter((t) => t !== 'array');
  if (param.types.includes('array') && scalarTypes.length === 0) {
    const items = raws.flatMap((raw) => (raws.length === 1 ? raw.split(',') : [raw])).map((raw) => scalar(raw, param.items ?? [], param.enum));
    return items.every((item) => item !== undefined) ? (items as SampleValue[]) : undefined;
  }
  return scalar(raws[0], scalarTypes, param.enum);
}

/** A JSON value of the docs' body, if it fits `types` (`"true"` for a boolean is read as one). */
function jsonValue(value: unknown, types: string[], enumValues: string[] | undefined): SampleValue | undefined {
  if (typeof value === 'string') return scalar(value, types, enumValues);
  if (enumValues && !enumValues.includes(String(value))) return undefined;
  const fits = (type: string) => types.length === 0 || types.includes(type);
  if (typeof value === 'number') return fits(Number.isInteger(value) ? 'integer' : 'number') || fits('number') ? value : undefined;
  if (typeof value === 'boolean') return fits('boolean') ? value : undefined;
  if (Array.isArray(value)) {
    if (!fits('array')) return undefined;
    const items = value.map((item) => jsonValue(item, [], undefined));
    return items.every((item) => item !== undefined) ? (items as SampleValue[]) : undefined;
  }
  if (value && typeof value === 'object' && fits('object')) {
    const entries = Object.entries(value).map(([k, v]) => [k, jsonValue(v, [], undefined)] as const);
    return entries.every(([, v]) => v !== undefined) ? (Object.fromEntries(entries) as SampleValue) : undefined;
  }
  return undefined;
}

/**
 * What a sample passes for a required parameter the docs' call does not give: a value of its type.
 * An object gets its required properties, from its schema (`position` of a discussion needs
 * `base_sha`, `start_sha`, ...).
 */
export function placeholder(param: CommandParam, schema?: Json, doc?: Json): SampleValue {
  if (param.file) return { file: `${param.flag}.png` };
  if (param.types.includes('array')) {
    const items = resolve(asObject(resolve(schema, doc ?? {})).items, doc ?? {});
    return [placeholder({ ...param, types: param.items ?? [], items: undefined }, items, doc)];
  }
  if (param.enum?.length) return scalar(param.enum[0], param.types, undefined) ?? param.enum[0];
  if (param.types.includes('integer') || param.types.includes('number')) return 1;
  if (param.types.includes('boolean')) return true;
  if (param.types.includes('object') && !param.types.includes('string')) return objectPlaceholder(schema, doc ?? {}, 0);
  return `<${param.flag}>`;
}

function objectPlaceholder(input: Json | undefined, doc: Json, depth: number): { [key: string]: SampleValue } {
  let schema = resolve(input, doc);
  // One of several shapes: the first will do.
  for (let hops = 0; schema && hops < 5 && !schema.properties; hops++) {
    const members = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.allOf) ? schema.allOf : undefined;
    schema = members?.length ? resolve(members[0], doc) : undefined;
  }
  if (!schema || depth > 4) return {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
  const properties = asObject(schema.properties);
  const out: { [key: string]: SampleValue } = {};
  for (const name of required) {
    const property = resolve(properties[name], doc) ?? {};
    const types = typeof property.type === 'string' ? [property.type] : Array.isArray(property.type) ? property.type.filter((t): t is string => typeof t === 'string') : [];
    const enumValues = Array.isArray(property.enum) ? property.enum.map(String) : undefined;
    out[name] = types.includes('object')
      ? objectPlaceholder(property, doc, depth + 1)
      : placeholder({ flag: name, name, in: 'body', types, required: true, description: '', ...(enumValues ? { enum: enumValues } : {}) }, property, doc);
  }
  return out;
}

/** The schema of a parameter or body property of `operation`, for placeholders. */
export type SchemaLookup = (param: CommandParam) => Json | undefined;

/** The arguments of an operation's samples: the call's values, then placeholders for required ones. */
export function sampleArguments(command: Command, values: CallValues | undefined, schemaOf: SchemaLookup = () => undefined, doc?: Json): SampleArgument[] {
  const args: SampleArgument[] = [];
  for (const param of command.params) {
    const value = values ? fromCall(param, values) : undefined;
    if (value !== undefined) args.push({ param, value });
    else if (param.required) args.push({ param, value: placeholder(param, schemaOf(param), doc) });
  }
  return args;
}

function schemaLookup(operation: Json | undefined, doc: Json): SchemaLookup {
  return (param) => {
    const op = asObject(operation);
    if (param.in === 'body') {
      const content = asObject(resolve(op.requestBody, doc)?.content);
      const media = Object.values(content)[0];
      return asObject(resolve(asObject(resolve(asObject(media).schema, doc)).properties, doc))[param.name];
    }
    const parameters = Array.isArray(op.parameters) ? op.parameters : [];
    const found = parameters.map((p) => resolve(p, doc)).find((p) => p?.name === param.name && p?.in === param.in);
    return found?.schema;
  };
}

/** A word bash reads back as `text`: bare when it is plain, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@=,+%-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function cliWords(arg: SampleArgument): string[] {
  const { param, value } = arg;
  const option = `--${param.flag}`;
  if (isFile(value)) return [option, `@${value.file}`];
  if (typeof value === 'boolean') return [value ? option : `--no-${param.flag}`];
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.flatMap((item) => [option, shellWord(String(item))]);
  if (typeof value === 'object') return [option, shellWord(JSON.stringify(value))];
  // `--key '-----BEGIN PGP...'` would read as an option: `--key=...` cannot.
  if (String(value).startsWith('-')) return [shellWord(`${option}=${String(value)}`)];
  return [option, shellWord(String(value))];
}

/** The words of the command that runs `command` (`gitlab-api` included), as a reader types them. */
export function cliCommand(command: Command): string[] {
  return ['gitlab-api', ...command.name.split(' ')];
}

/** `gitlab-api new-issue --id 5 --title 'Issues with auth'`, broken into lines when long. */
export function cliSample(command: Command, args: SampleArgument[]): string {
  const head = cliCommand(command).join(' ');
  const options = args.map((arg) => cliWords(arg).join(' '));
  const oneLine = [head, ...options].join(' ');
  return oneLine.length <= 100 ? oneLine : [head, ...options].join(' \\\n  ');
}

function tsString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

function tsKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : tsString(key);
}

/** A TypeScript expression for `value`. */
export function tsValue(value: SampleValue): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isFile(value)) return `new Blob(['contents of ${value.file.replace(/['\\]/g, '')}'])`;
  if (Array.isArray(value)) return `[${value.map(tsValue).join(', ')}]`;
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${tsValue(v)}`).join(', ')} }`;
}

/** An object literal of the arguments: on one line, or one entry a line (at `indent`) when long. */
function tsObject(args: SampleArgument[], indent: string): string {
  const entries = args.map(({ param, value }) => `${tsKey(param.name)}: ${tsValue(value)}`);
  const line = `{ ${entries.join(', ')} }`;
  return line.length <= 72 ? line : `{\n${entries.map((e) => `${indent}  ${e},`).join('\n')}\n${indent}}`;
}

export const CLIENT_SETUP = `import { createGitLabClient } from 'gitlab-openapi';

const gitlab = createGitLabClient({ host: 'gitlab.example.com', token: process.env.GITLAB_TOKEN });
`;

/** The client call: `gitlab.issues.POST('/projects/{id}/issues', { params: ..., body: ... })`. */
export function clientSample(command: Command, viewKey: string, args: SampleArgument[]): string {
  const params = (['path', 'query', 'header'] as const)
    .map((where) => [where, args.filter((a) => a.param.in === where)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([where, list]) => `${where}: ${tsObject(list, '    ')}`);
  const body = args.filter((a) => a.param.in === 'body');
  const init: string[] = [];
  if (params.length) {
    const line = `  params: { ${params.join(', ')} },`;
    init.push(line.length <= 90 && !line.includes('\n') ? line : `  params: {\n${params.map((p) => `    ${p},`).join('\n')}\n  },`);
  }
  if (body.length) init.push(`  body: ${tsObject(body, '  ')},`);
  const target = `gitlab.${viewKey}.${command.method}(${tsString(command.path)}`;
  const call = init.length ? `${target}, {\n${init.join('\n')}\n})` : `${target})`;
  return `${CLIENT_SETUP}\nconst { data } = await ${call};\nconsole.log(data);\n`;
}

function viewKeys(doc: OpenAPIDocument): Map<string, string> {
  const keys = new Map<string, string>();
  for (const tag of (doc.tags ?? []) as (TagObject & { 'x-gitlab-page'?: unknown })[]) {
    const page = tag['x-gitlab-page'];
    keys.set(tag.name, tagKey(typeof page === 'string' ? page : tag.name));
  }
  return keys;
}

/** What an operation's samples need from the whole spec: its command (names are the table's), its page's view. */
export interface SampleContext {
  /** The command of each operation, keyed `METHOD path`. */
  commands: Map<string, Command>;
  views: Map<string, string>;
  /** The document `$ref`s resolve against. */
  doc: Json;
}

export function sampleContext(doc: OpenAPIDocument, memo: Memo = noMemo()): SampleContext {
  const table = memoCommandTable(doc, memo);
  return { commands: new Map(table.commands.map((c) => [`${c.method} ${c.path}`, c])), views: viewKeys(doc), doc: doc as unknown as Json };
}

/** The CLI and client samples of `command`'s operation (as found in the document samples resolve against). */
export function operationSamples(command: Command, operation: OperationObject | undefined, context: SampleContext): CodeSample[] {
  const docsSamples = ((operation as Record<string, unknown> | undefined)?.['x-codeSamples'] ?? []) as CodeSample[];
  const curl = Array.isArray(docsSamples) ? docsSamples.find((s) => s?.label === DOCS_CURL_LABEL && typeof s.source === 'string') : undefined;
  const args = sampleArguments(command, curl ? callValues(curl.source, command.path) : undefined, schemaLookup(operation as Json | undefined, context.doc), context.doc);
  const view = context.views.get(command.tag) ?? tagKey(command.tag);
  return [
    { lang: 'Shell', label: CLI_LABEL, source: cliSample(command, args) },
    { lang: 'TypeScript', label: CLIENT_LABEL, source: clientSample(command, view, args) },
  ];
}

/** Each operation's samples, keyed `METHOD path`: the docs' curl calls first, then the CLI and the client. */
export function codeSamples(doc: OpenAPIDocument): Map<string, CodeSample[]> {
  const context = sampleContext(doc);
  const samples = new Map<string, CodeSample[]>();
  for (const [key, command] of context.commands) {
    const operation = (doc.paths?.[command.path] as Record<string, OperationObject> | undefined)?.[command.method.toLowerCase()];
    samples.set(key, operationSamples(command, operation, context));
  }
  return samples;
}

/** Adds the CLI and client samples to the operations of `item` at `path` (a copy the caller owns). */
export function addPathSamples(path: string, item: PathItemObject, context: SampleContext): void {
  for (const method of HTTP_METHODS) {
    const operation = (item as Record<string, OperationObject | undefined>)[method];
    const command = context.commands.get(`${method.toUpperCase()} ${path}`);
    if (!operation || !command) continue;
    const record = operation as Record<string, unknown>;
    const docs = Array.isArray(record['x-codeSamples']) ? (record['x-codeSamples'] as CodeSample[]) : [];
    record['x-codeSamples'] = [...docs, ...operationSamples(command, operation, context)];
  }
}
