// The search's view of an operation, made from the operation as Redoc read it from the spec, not
// from its page content. Redoc's search index reads every operation's content (docs-site-load.ts
// builds it when first read): code samples, every schema hashed to be shared, every example
// registered, about 40% of building the index for our spec. Its documents only need what the walk
// over that content reads: the description, the parameters, the request body's schemas and
// examples, the responses' codes, descriptions and examples. `searchItem` gives Redoc's walk an
// item whose content holds just those, in the nodes Redoc's content builder (`lMe`) makes, so that
// Redoc's own code still makes the documents (fields, places, deep links, texts): the same
// documents, tested in Chromium (docs-site-search-docs.test.ts). An operation with anything this
// does not reproduce (callbacks, webhooks, parsed descriptions...) keeps Redoc's content.
// Runs in the page (the page script installs it, Redoc's indexer calls it, see docs-site-search.ts)
// and in the unit tests: it must stay self-contained.
import { contentSource } from './docs-site-load.js';

type Json = Record<string, unknown>;

/** Redoc's enums, as its indexer passes them: node types (W), content types (nh), item variants (U), schema kinds (ih). */
export interface SearchKinds {
  nodes: { CONTAINER: unknown; MARKDOC: unknown; ITEM: unknown };
  content: { ITEM: unknown };
  variants: { HTTP_ITEM: unknown };
  schemas: { JSON_SCHEMA: unknown };
}

/** What the indexer gives: the spec it resolves references in, the stores its walk reads (copies on write of Redoc's), its enums. */
export interface SearchContext {
  document: Json;
  schemas: Record<string, unknown>;
  examples: Record<string, unknown>;
  kinds: SearchKinds;
}

/** What `lazyContent` keeps of an operation: Redoc's operation model and the processing context it was built in. */
interface OperationSource {
  operation: Json;
  context?: { options?: { ignoreNamedSchemas?: unknown } };
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Redoc's `_V`: an object's `$ref` (local, one step) followed; undefined where it leads nowhere. */
function resolved(document: Json, value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref !== 'string') return value;
  if (!value.$ref.startsWith('#/')) return undefined;
  let target: unknown = document;
  for (const key of value.$ref.slice(2).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (!isObject(target)) return undefined;
    target = target[key];
  }
  return isObject(target) ? target : undefined;
}

/** Redoc's `bV`: a body's or parameter's media types, each `$ref` chain followed; `x-examples` is not reproduced (null). */
function mediaTypes(document: Json, holder: Json | undefined): Record<string, Json> | undefined | null {
  if (!holder?.content) return undefined;
  if (holder['x-examples'] || holder['x-example']) return null;
  const content = typeof (holder.content as Json).$ref === 'string' ? resolved(document, holder.content) : holder.content as Json;
  if (!content) return undefined;
  const types: Record<string, Json> = {};
  for (const [type, media] of Object.entries(content)) {
    const seen = new Set<string>();
    let value: unknown = media;
    while (isObject(value) && typeof value.$ref === 'string' && !seen.has(value.$ref)) {
      seen.add(value.$ref);
      value = resolved(document, value);
    }
    if (isObject(value) && typeof value.$ref !== 'string') types[type] = value;
  }
  return Object.keys(types).length > 0 ? types : undefined;
}

/** A response's or body's description, if Redoc's text of it is the string's (plain text, one paragraph). */
const PLAIN = /^[^\\`*_[\]<>#&|~{}\n]*$/;

/** Redoc's JSON pointer escaping (`ah`). */
const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The number of schemas registered in each store, to name the next one. */
const schemaCounts = new WeakMap<object, number>();

class Builder {
  constructor(private readonly search: SearchContext) {}

  /** A schema in the walk's store (Redoc's `uV`, which shares equal schemas: the walk reads only the data). */
  schema(data: Json): string {
    const store = this.search.schemas;
    let count = schemaCounts.get(store) ?? 0;
    let id: string;
    do id = `search-schema_${count++}`;
    while (id in store);
    schemaCounts.set(store, count);
    store[id] = { kind: this.search.kinds.schemas.JSON_SCHEMA, data, id };
    return id;
  }

  /** Redoc's `U3`: a media type's examples in the example store, by the ids Redoc gives them. */
  examples(media: Json, pointer: string): string[] | undefined {
    const ids: string[] = [];
    const add = (id: string, example: Json) => {
      if (!this.search.examples[id]) this.search.examples[id] = { ...example, id };
      ids.push(id);
    };
    const base = pointer.replace(/^\//, '');
    if (media.example !== undefined) add(`${base}/example`, { value: media.example });
    if (isObject(media.examples)) {
      for (const [key, raw] of Object.entries(media.examples)) {
        if (!isObject(raw)) continue;
        const example = resolved(this.search.document, raw) ?? raw;
        const value = example.dataValue !== undefined ? example.dataValue : example.serializedValue !== undefined ? example.serializedValue : example.value;
        const description = typeof example.description === 'string' || (typeof example.description === 'object' && example.description) ? example.description : undefined;
        add(`${base}/examples/${escapePointer(key)}`, {
          value, key, summary: typeof example.summary === 'string' ? example.summary : key, description,
          externalValue: typeof example.externalValue === 'string' ? example.externalValue : undefined,
        });
      }
    }
    return ids.length > 0 ? ids : undefined;
  }

  /** Redoc's `z3`, what the walk reads of it: one parameter of a group. */
  parameter(parameter: Json): Json | undefined {
    if (parameter.description !== undefined && typeof parameter.description !== 'string') return undefined;
    let schema: Json = {};
    if (isObject(parameter.schema)) schema = parameter.schema;
    else if (isObject(parameter.content)) {
      const types = mediaTypes(this.search.document, parameter);
      if (types === null) return undefined;
      const first = types && Object.keys(types)[0];
      const media = first ? types[first]?.schema : undefined;
      if (isObject(media)) schema = media;
    }
    return { name: String(parameter.name ?? ''), in: parameter.in, schemaId: this.schema(schema), description: parameter.description, required: parameter.required === true || undefined };
  }

  /** Redoc's `V3` without the security requirement (indexed on the overview only): the parameter groups and the body. */
  request(operation: Json): Json[] | undefined {
    const { document, kinds } = this.search;
    const items: Json[] = [];
    if (Array.isArray(operation.parameters)) {
      const all = operation.parameters.map((raw: unknown) => {
        const target = resolved(document, raw) ?? raw as Json;
        if (isObject(raw) && typeof raw.$ref === 'string') {
          const { $ref, ...rest } = raw;
          return { ...target, ...rest };
        }
        return target;
      });
      if (all.some((p) => !isObject(p) || p.in === 'querystring')) return undefined;
      for (const [place, variant] of [['path', 'path'], ['query', 'query'], ['cookie', 'cookies'], ['header', 'headers']]) {
        const group = all.filter((p) => p.in === place).map((p) => this.parameter(p));
        if (group.some((p) => p === undefined)) return undefined;
        if (group.length > 0) items.push({ nodeType: kinds.nodes.ITEM, variant, parameters: group });
      }
    }
    if (operation.requestBody) {
      const body = resolved(document, operation.requestBody) ?? operation.requestBody as Json;
      if (body.description !== undefined && !(typeof body.description === 'string' && PLAIN.test(body.description))) return undefined;
      const types = mediaTypes(document, body);
      if (types === null) return undefined;
      let bodySchemas: Record<string, Json> | undefined;
      if (types) {
        bodySchemas = {};
        for (const [type, media] of Object.entries(types)) {
          const raw = media.schema ?? media.itemSchema;
          const schema = isObject(raw) ? resolved(document, raw) ?? raw : undefined;
          bodySchemas[type] = { schemaId: schema && this.schema(schema), exampleIds: this.examples(media, `${operation.pointer}/requestBody/content/${escapePointer(type)}`) };
        }
      }
      const first = types ? bodySchemas![Object.keys(types)[0]] : undefined;
      items.push({
        nodeType: kinds.nodes.ITEM, variant: 'body', required: body.required, mediaTypes: types ? Object.keys(types) : undefined,
        mediaTypeSchemas: bodySchemas, schemaId: first?.schemaId, exampleIds: first?.exampleIds, description: body.description || undefined,
      });
    }
    return items;
  }

  /** Redoc's `H3`, what the walk reads of it (the response fields are not indexed, see docs-site-search.ts): codes, descriptions, examples. */
  responses(operation: Json): Json | undefined {
    const { document, kinds } = this.search;
    const responses: Json[] = [];
    for (const [code, raw] of Object.entries(operation.responses as Json)) {
      if (!(code === 'default' || /^\d+$/.test(code) || /^[1-5]xx$/i.test(code))) continue;
      const response = resolved(document, raw) ?? raw as Json;
      if (response['x-summary'] !== undefined) return undefined;
      if (response.description && !(typeof response.description === 'string' && PLAIN.test(response.description))) return undefined;
      const types = mediaTypes(document, response);
      if (types === null) return undefined;
      const names = types ? Object.keys(types) : [];
      let content: Record<string, Json> | undefined;
      if (types && names.length > 0) {
        content = {};
        for (const type of names) content[type] = { exampleIds: this.examples(types[type], `${operation.pointer}/responses/${escapePointer(code)}/content/${escapePointer(type)}`) };
      }
      responses.push({
        code, description: response.description || undefined, mediaType: names[0], mediaTypes: names.length > 0 ? names : undefined,
        mediaTypeContent: content, exampleIds: content?.[names[0]]?.exampleIds,
      });
    }
    return { nodeType: kinds.nodes.ITEM, variant: 'responses', responses };
  }
}

/**
 * The content Redoc's search walk reads of an operation, made from the operation itself (Redoc's
 * `lMe` without the samples, the header, the security requirement and the schemas' hashing);
 * undefined where it would not read the same (Redoc builds the real content then).
 */
export function operationSearchContent(source: OperationSource, search: SearchContext): Json | undefined {
  const { operation } = source;
  // Named schemas Redoc is told to show as plain objects (a Set, empty unless configured): not reproduced.
  const ignored = source.context?.options?.ignoreNamedSchemas as { size?: number } | undefined;
  if ((ignored && ignored.size !== 0) || operation.isWebhook || typeof operation.pointer !== 'string') return undefined;
  if (Array.isArray(operation.callbacks) && operation.callbacks.length > 0) return undefined;
  if (operation.description && typeof operation.description !== 'string') return undefined;
  const { kinds } = search;
  const builder = new Builder(search);
  const request = builder.request(operation);
  if (!request) return undefined;
  const description = operation.description ? [{ nodeType: kinds.nodes.MARKDOC, content: operation.description }] : [];
  const children: Json[] = [{ nodeType: kinds.nodes.CONTAINER, children: [...description, ...request], panels: [] }];
  if (operation.responses) {
    const responses = builder.responses(operation);
    if (!responses) return undefined;
    children.push({ nodeType: kinds.nodes.CONTAINER, children: [responses], panels: [] });
  }
  const name = operation.summary || operation.operationId || operation.pathName || 'Unknown Operation';
  return { contentType: kinds.content.ITEM, itemVariant: kinds.variants.HTTP_ITEM, meta: { name, deprecated: operation.deprecated }, children };
}

/**
 * The sidebar item Redoc's search indexer is about to read, with its content made for the search
 * when it is an operation's lazy content (docs-site-load.ts); undefined to let Redoc read the item
 * as it is (and always when `__gitlabSearchRedocDocuments` is set: a test comparing the two).
 */
export function searchItem<T extends { content?: unknown }>(item: T, search: SearchContext): T | undefined {
  if ((globalThis as { __gitlabSearchRedocDocuments?: unknown }).__gitlabSearchRedocDocuments) return undefined;
  if (!search.schemas || !search.examples) return undefined;
  const source = contentSource(item.content) as OperationSource | undefined;
  if (!source || !isObject(source.operation)) return undefined;
  const content = operationSearchContent(source, search);
  return content && { ...item, content };
}
