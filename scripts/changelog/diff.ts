// The structural diff: both documents flattened to what a calling client sees (operations, the
// fields it sends, the response properties it reads), then paired, base with revision. The checks
// (checks/*.ts) read these pairs; nothing here decides what is a change or whether it breaks.
import { HTTP_METHODS, type OpenAPIDocument, type XSource } from '../openapi-document.js';
import { asObject, resolve, type Json } from '../json-ref.js';
import { enumValues, schemaType, type SchemaType } from './schema-type.js';
import type { FieldLocation } from './types.js';
import { jsonText } from '../json-text.js';

/** A parameter or a request body property, as a client sends it. */
export interface Field {
  location: FieldLocation;
  /** Parameter name, or the body property's path in the docs' bracket form (`position[base_sha]`). */
  name: string;
  required: boolean;
  type: SchemaType;
  enum?: string[];
  description: string;
  deprecated: boolean;
  source?: XSource;
}

export interface ResponseProperty {
  type: SchemaType;
  deprecated: boolean;
  /**
   * Every example of its object shows it (`required` of the entity): the docs show it is always
   * there. An optional one is missing from some examples, so its absence proves nothing.
   */
  required: boolean;
  source?: XSource;
}

/** One success response: its schema's properties by path (`''` the body itself, `[].id`, `commit.author_email`). */
export interface ResponseView {
  status: string;
  hasSchema: boolean;
  /** The docs showed no body for it: the spec took its route's entity (`x-gitlab-inferred-response`). */
  inferred: boolean;
  properties: Map<string, ResponseProperty>;
}

export interface OperationView {
  method: string;
  path: string;
  operationId?: string;
  summary: string;
  deprecated: boolean;
  source?: XSource;
  fields: Field[];
  /** The request body's media types (`application/json`, ...); empty when there is no body. */
  bodyMediaTypes: string[];
  responses: ResponseView[];
}

export interface Paired<T> {
  base?: T;
  revision?: T;
}

export interface OperationDiff {
  base?: OperationView;
  revision?: OperationView;
  /**
   * For an operation only one side has: the page of the other side's docs folder that documents
   * it, when that side was compared as chosen pages of a folder (it moved there).
   */
  elsewhere?: string;
  /** The other side was chosen pages, not a whole folder: an operation missing there may be on another page. */
  otherSidePagesOnly?: boolean;
  /** Fields paired by location and name; renames are the checks' business. */
  fields: Paired<Field>[];
  /** Success responses paired by status. */
  responses: Paired<ResponseView>[];
}

/** Preferred body media type: the JSON one, since the form encodings carry the same schema. */
const MEDIA_PREFERENCE = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];

function xSource(value: Json | undefined): XSource | undefined {
  const source = asObject(value);
  return typeof source.file === 'string' && typeof source.line === 'number' ? { file: source.file, line: source.line } : undefined;
}

function text(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

function mediaSchema(content: Json | undefined): Json | undefined {
  const media = asObject(content);
  const keys = Object.keys(media);
  const key = MEDIA_PREFERENCE.find((k) => k in media) ?? keys.find((k) => k.includes('json')) ?? keys[0];
  return key === undefined ? undefined : asObject(media[key]).schema;
}

function parameterFields(operation: { [key: string]: Json }, pathItem: { [key: string]: Json }, doc: Json): Field[] {
  const byKey = new Map<string, Field>();
  // Path-level parameters first, so the operation's own override them (OpenAPI's rule).
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const item of Array.isArray(list) ? list : []) {
      const param = resolve(item, doc);
      if (!param || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
      const schema = param.schema ?? mediaSchema(param.content);
      const schemaObject = resolve(schema, doc) ?? {};
      const location = param.in as FieldLocation;
      byKey.set(`${location}:${param.name}`, {
        location,
        name: param.name,
        required: param.required === true,
        type: schemaType(schema, doc),
        enum: enumValues(schema, doc),
        description: text(param.description) || text(schemaObject.description),
        deprecated: param.deprecated === true,
        source: xSource(param['x-source']),
      });
    }
  }
  return [...byKey.values()];
}

/** Body properties, nested ones included: `position[base_sha]`, `actions[][file_path]`. */
function bodyFields(schemaValue: Json | undefined, doc: Json, prefix: string, out: Field[], depth = 0): void {
  const schema = resolve(schemaValue, doc);
  if (!schema || depth > 10) return;
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  for (const [key, value] of Object.entries(asObject(schema.properties))) {
    const property = resolve(value, doc) ?? {};
    const name = prefix ? `${prefix}[${key}]` : key;
    out.push({
      location: 'body',
      name,
      required: required.has(key),
      type: schemaType(property, doc),
      enum: enumValues(property, doc),
      description: text(property.description),
      deprecated: property.deprecated === true,
      source: xSource(property['x-source']),
    });
    bodyFields(property, doc, name, out, depth + 1);
    const items = property.type === 'array' ? property.items : undefined;
    if (items !== undefined) bodyFields(items, doc, `${name}[]`, out, depth + 1);
  }
}

/** An example's `null` says nothing about a property's type: count it as no type. */
function responseType(schema: Json | undefined, doc: Json): SchemaType {
  const type = schemaType(schema, doc);
  return type.kind === 'known' && type.atoms.every((a) => a.t === 'null') ? { kind: 'unknown' } : type;
}

function responseProperties(schemaValue: Json | undefined, doc: Json, path: string, out: Map<string, ResponseProperty>, depth = 0): void {
  const schema = resolve(schemaValue, doc);
  if (!schema || depth > 10) return;
  // A nullable entity (`anyOf: [{$ref: ...}, {type: 'null'}]`) has its entity's properties.
  for (const member of [schema.anyOf, schema.oneOf].flatMap((list) => (Array.isArray(list) ? list : []))) {
    responseProperties(member, doc, path, out, depth + 1);
  }
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const [key, value] of Object.entries(asObject(schema.properties))) {
    const name = path ? `${path}.${key}` : key;
    const property = resolve(value, doc);
    // Two entities a union allows may both have it: required when either says so.
    const always = required.includes(key) || out.get(name)?.required === true;
    out.set(name, { type: responseType(value, doc), deprecated: property?.deprecated === true, required: always, source: xSource(property?.['x-source']) });
    responseProperties(value, doc, name, out, depth + 1);
  }
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) {
    responseProperties(schema.items, doc, `${path}[]`, out, depth + 1);
  }
}

function responseViews(operation: { [key: string]: Json }, doc: Json): ResponseView[] {
  const views: ResponseView[] = [];
  for (const [status, value] of Object.entries(asObject(operation.responses))) {
    if (!/^2/.test(status)) continue;
    const schema = mediaSchema(resolve(value, doc)?.content);
    const properties = new Map<string, ResponseProperty>();
    const type = responseType(schema, doc);
    if (schema !== undefined) responseProperties(schema, doc, '', properties);
    const hasSchema = type.kind === 'known' || properties.size > 0;
    if (hasSchema) properties.set('', { type, deprecated: false, required: true });
    views.push({ status, hasSchema, inferred: operation['x-gitlab-inferred-response'] === true, properties });
  }
  return views;
}

function operationViews(document: OpenAPIDocument, skip: ReadonlySet<string> = new Set()): Map<string, OperationView> {
  const doc = document as unknown as Json;
  const views = new Map<string, OperationView>();
  for (const [path, value] of Object.entries(asObject(asObject(doc).paths))) {
    const pathItem = resolve(value, doc) ?? {};
    for (const method of HTTP_METHODS) {
      const operation = resolve(pathItem[method], doc);
      if (!operation || skip.has(`${method} ${path}`)) continue;
      const fields = parameterFields(operation, pathItem, doc);
      const body = resolve(operation.requestBody, doc);
      if (body) bodyFields(mediaSchema(body.content), doc, '', fields);
      views.set(operationKey(method, path), {
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        summary: text(operation.summary),
        deprecated: operation.deprecated === true,
        source: xSource(operation['x-source']),
        fields,
        bodyMediaTypes: body ? Object.keys(asObject(body.content)) : [],
        responses: responseViews(operation, doc),
      });
    }
  }
  return views;
}

/**
 * Operations are the same when method and path match; path parameter names do not take part
 * (`/projects/{id}` and `/projects/{project_id}` are one route), so renaming one shows as a
 * parameter change rather than a removed and an added operation.
 */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

function pair<T>(base: T[], revision: T[], key: (item: T) => string): Paired<T>[] {
  const pairs = new Map<string, Paired<T>>();
  for (const item of base) pairs.set(key(item), { base: item });
  for (const item of revision) {
    const existing = pairs.get(key(item));
    if (existing) existing.revision = item;
    else pairs.set(key(item), { revision: item });
  }
  return [...pairs.values()];
}

/**
 * Success responses by status; when the method changed (`PUT` -> `POST`) the status goes with it
 * (`200` -> `201`), so the one success response of each side is the same response.
 */
function pairResponses(base: OperationView, revision: OperationView): Paired<ResponseView>[] {
  if (base.method !== revision.method && base.responses.length === 1 && revision.responses.length === 1) {
    return [{ base: base.responses[0], revision: revision.responses[0] }];
  }
  return pair(base.responses, revision.responses, (view) => view.status);
}

const fieldKey = (field: Field) => `${field.location}:${field.location === 'header' ? field.name.toLowerCase() : field.name}`;

/** Where each route of a side's whole docs folder is documented: `operationKey` -> docs file. */
export type RouteIndex = Map<string, string>;

export interface DiffOptions {
  /** The base was chosen pages of a folder; the routes of that whole folder. */
  baseRoutes?: RouteIndex;
  /** The revision was chosen pages of a folder; the routes of that whole folder. */
  revisionRoutes?: RouteIndex;
}

/** The routes of a document: `operationKey` -> the docs file of its `x-source`. */
export function routeIndex(document: OpenAPIDocument): RouteIndex {
  const index: RouteIndex = new Map();
  for (const [key, view] of operationViews(document)) if (view.source) index.set(key, view.source.file);
  return index;
}

const pathKey = (view: OperationView) => operationKey('', view.path).trim();
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const words = (summary: string) => summary.toLowerCase().replace(/\W+/g, ' ').trim();
const sameSummary = (a: OperationView, b: OperationView) => words(a.summary) !== '' && words(a.summary) === words(b.summary);

/**
 * An operation gone from one method and one new at another method of the same path is one
 * operation whose method changed (`PUT` -> `POST` of cancel_merge_when_pipeline_succeeds), when
 * the evidence says so: the same summary, or two methods that both write (a `DELETE` gone and a
 * `POST` added at `/hooks` are two operations).
 */
function methodChanges(before: Map<string, OperationView>, after: Map<string, OperationView>): Map<string, string> {
  const gone = new Map<string, OperationView[]>();
  const came = new Map<string, OperationView[]>();
  for (const [key, view] of before) if (!after.has(key)) gone.set(pathKey(view), [...(gone.get(pathKey(view)) ?? []), view]);
  for (const [key, view] of after) if (!before.has(key)) came.set(pathKey(view), [...(came.get(pathKey(view)) ?? []), view]);
  const pairs = new Map<string, string>();
  for (const [path, [b, ...moreGone]] of gone) {
    const [r, ...moreCame] = came.get(path) ?? [];
    if (!r || moreGone.length || moreCame.length) continue;
    if (sameSummary(b, r) || (WRITE_METHODS.has(b.method) && WRITE_METHODS.has(r.method))) pairs.set(operationKey(b.method, b.path), operationKey(r.method, r.path));
  }
  return pairs;
}

/**
 * The operations (`method path`) written the same in both documents, when their components are
 * the same too: what a client sees of them cannot differ, so no check can find a change, and a
 * regeneration after a change to one page flattens only that page's operations. An operation on
 * one side only is never among them, so moves and method changes are found as before.
 */
function unchangedOperations(base: OpenAPIDocument, revision: OpenAPIDocument): Set<string> {
  const same = new Set<string>();
  if (jsonText(base.components ?? null) !== jsonText(revision.components ?? null)) return same;
  const before = asObject(base.paths as Json);
  for (const [path, item] of Object.entries(asObject(revision.paths as Json))) {
    const old = before[path];
    if (old === undefined) continue;
    const whole = jsonText(old) === jsonText(item);
    const a = asObject(old);
    const b = asObject(item);
    // Beside its own text, an operation reads its path's shared parameters and $ref.
    const shared = whole || (JSON.stringify([a.parameters, a.$ref]) === JSON.stringify([b.parameters, b.$ref]));
    if (!shared) continue;
    for (const method of HTTP_METHODS) {
      if (b[method] !== undefined && (whole || JSON.stringify(a[method]) === JSON.stringify(b[method]))) same.add(`${method} ${path}`);
    }
  }
  return same;
}

export function diffDocuments(base: OpenAPIDocument, revision: OpenAPIDocument, options: DiffOptions = {}): OperationDiff[] {
  const unchanged = unchangedOperations(base, revision);
  const before = operationViews(base, unchanged);
  const after = operationViews(revision, unchanged);
  const renamed = methodChanges(before, after);
  const paired = new Set(renamed.values());
  const diffs: OperationDiff[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])]) {
    if (paired.has(key) && !before.has(key)) continue;
    const b = before.get(key);
    const r = after.get(renamed.get(key) ?? key);
    const diff: OperationDiff = {
      base: b,
      revision: r,
      fields: b && r ? pair(b.fields, r.fields, fieldKey) : [],
      responses: b && r ? pairResponses(b, r) : [],
    };
    // One side only: is it documented on another page of the other side's folder?
    const others = b && !r ? options.revisionRoutes : r && !b ? options.baseRoutes : undefined;
    const own = (b ?? r)!.source?.file;
    const elsewhere = others?.get(key);
    if (elsewhere !== undefined && elsewhere !== own) diff.elsewhere = elsewhere;
    if (others) diff.otherSidePagesOnly = true;
    diffs.push(diff);
  }
  return diffs;
}
