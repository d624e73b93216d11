// What the docs say about an endpoint's responses -> the Responses Object.
// Success schemas come from the entity pass (entities/): the `$ref` of the entity the examples and
// response-attribute tables show, or a list of them; examples that could not be parsed are kept as
// text examples; 4xx responses use the Error schema.
import type { Endpoint, Example, ResponseDoc } from '../model.js';
import type { ResponseObject, SchemaObject } from '../openapi-document.js';
import type { MediaTypeObject } from 'openapi-typescript';
import type { ResponseBody } from './entities/index.js';
import { AS_WRITTEN, type Describe } from './docs-links.js';

export const PAGINATION_HEADERS = ['Link', 'X-Total', 'X-Total-Pages', 'X-Per-Page', 'X-Page', 'X-Next-Page', 'X-Prev-Page'];

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Server Error', 503: 'Service Unavailable',
};

function hasBody(doc: ResponseDoc): boolean {
  return doc.examples.length > 0 || doc.attributes.length > 0;
}

/** The status the docs give, else the convention: 201 for POST, 204 for a DELETE without a body, 200 otherwise. */
export function defaultStatus(endpoint: Endpoint, doc: ResponseDoc | undefined): number {
  if (doc?.status !== undefined) return doc.status;
  if (endpoint.method === 'POST') return 201;
  if (endpoint.method === 'DELETE' && !(doc && hasBody(doc))) return 204;
  return 200;
}

function looksLikeJson(example: Example): boolean {
  return /json/i.test(example.lang) || /^\s*[[{]/.test(example.raw);
}

/** Every JSON document of an example: a block holding several shows alternatives, not one array. */
export function exampleValues(example: Example): unknown[] {
  if (example.kind !== 'json') return [];
  return example.values ?? (example.value === undefined ? [] : [example.value]);
}

/**
 * Where complements go (`[complement, fullest]`): the documents shown merged into another, and the
 * fields each fullest one gets from its complements.
 */
function complementsOf(complements: [unknown, unknown][]): { into: Map<unknown, unknown>; added: Map<unknown, Record<string, unknown>> } {
  const added = new Map<unknown, Record<string, unknown>>();
  for (const [complement, fullest] of complements) {
    const fields = Object.fromEntries(Object.entries(complement as Record<string, unknown>).filter(([key]) => !Object.hasOwn(fullest as object, key)));
    added.set(fullest, { ...added.get(fullest), ...fields });
  }
  return { into: new Map(complements), added };
}

/** An example document shown with the fields of its complements (`extra`). */
function withAdded(value: unknown, extra: Record<string, unknown>, caption: string | undefined): { summary?: string; description?: string; value: unknown } {
  return {
    ...(caption ? { summary: caption } : {}),
    value: { ...(value as object), ...extra },
    description: `With the fields the docs show in separate examples: ${Object.keys(extra).map((k) => `\`${k}\``).join(', ')}.`,
  };
}

/**
 * Examples of one status: `example` for one, named `examples` for several, text ones kept as strings.
 * A document that only adds fields to another (`complements`) is shown merged into it. Complements
 * are rare (a few responses of a run): handled apart, the common path stays small.
 */
function withExamples(media: MediaTypeObject, examples: Example[], complements?: [unknown, unknown][]): MediaTypeObject {
  const entries: { summary?: string; description?: string; value: unknown }[] = [];
  const merged = complements && complements.length > 0 ? complementsOf(complements) : undefined;
  for (const example of examples) {
    const values = exampleValues(example);
    if (example.kind === 'json' && values.length > 0) {
      for (const value of values) {
        if (merged?.into.has(value)) continue;
        const extra = merged?.added.get(value);
        if (extra) entries.push(withAdded(value, extra, example.caption));
        else entries.push(example.caption ? { summary: example.caption, value } : { value });
      }
    } else {
      entries.push({ summary: 'As printed in the docs (not valid JSON)', value: example.raw });
    }
  }
  if (entries.length === 0) return media;
  if (entries.length === 1 && examples[0].kind === 'json' && !entries[0].description) return { ...media, example: entries[0].value };
  const named: NonNullable<MediaTypeObject['examples']> = {};
  for (let index = 0; index < entries.length; index++) named[`example${index + 1}`] = entries[index];
  return { ...media, examples: named };
}

/** The docs' own words for a status, else its standard text. */
function responseDescription(status: number, docs: ResponseDoc[]): string {
  return docs.find((d) => d.description)?.description ?? STATUS_TEXT[status] ?? `Status ${status}`;
}

function successResponse(status: number, docs: ResponseDoc[], endpoint: Endpoint, body: ResponseBody | undefined, describe: Describe): ResponseObject {
  const response: ResponseObject = { description: describe(responseDescription(status, docs)) };
  if (status === 204 || status === 304 || endpoint.method === 'HEAD') return response;
  const examples = docs.flatMap((d) => d.examples);
  const schema = body?.schema;
  const jsonExamples = examples.filter((e) => e.kind === 'json' || looksLikeJson(e));
  const otherText = examples.filter((e) => e.kind === 'text' && !looksLikeJson(e));
  if (body?.mediaType) {
    // A download: a raw file, a log, an archive (entities/download.ts).
    response.content = { [body.mediaType]: withExamples({ schema: body.schema }, body.mediaType === 'text/plain' ? otherText : []) };
  } else if (schema || jsonExamples.length > 0) {
    response.content = { 'application/json': withExamples(schema ? { schema } : {}, jsonExamples, body?.complements) };
  } else if (otherText.length > 0) {
    // A raw file, a plain-text answer: what the docs print is all we know.
    response.content = { 'text/plain': withExamples({ schema: { type: 'string' } }, otherText) };
  }
  return response;
}

function errorResponse(status: number, docs: ResponseDoc[], describe: Describe): ResponseObject {
  const description = describe(responseDescription(status, docs));
  const examples = docs.flatMap((d) => d.examples).filter((e) => e.kind === 'json' || looksLikeJson(e));
  const media = withExamples({ schema: { $ref: '#/components/schemas/Error' } as unknown as SchemaObject }, examples);
  return { description, content: { 'application/json': media } };
}

export interface ResponsesResult {
  responses: Record<string, ResponseObject>;
  /** A GET whose success response is a list: paginated, as the docs' README says of list calls. */
  paginated: boolean;
  /** A success body was taken from the route, the docs showing no example of it. */
  inferred: boolean;
}

/** The endpoint's response docs by status (every status it has, a success one always among them). */
export function responseDocsByStatus(endpoint: Endpoint): Map<number, ResponseDoc[]> {
  const byStatus = new Map<number, ResponseDoc[]>();
  const docs = endpoint.responses.length > 0 ? endpoint.responses : [undefined];
  for (const doc of docs) {
    const status = defaultStatus(endpoint, doc);
    if (!byStatus.has(status)) byStatus.set(status, []);
    if (doc) byStatus.get(status)!.push(doc);
  }
  // Docs that only mention a failure (`304 if not subscribed`, `409 if the email exists`) still
  // describe a call that succeeds: add the conventional success status beside them.
  if (![...byStatus.keys()].some((s) => s >= 200 && s < 300)) {
    const status = defaultStatus(endpoint, undefined);
    byStatus.set(status, endpoint.responses.filter((d) => d.status === undefined));
  }
  return byStatus;
}

/**
 * The responses of `endpoint`; `bodies`, what the entity pass found for its success statuses. A GET
 * whose body is a list is paginated (the model says so, whatever shape the schema node has).
 */
export function toResponses(endpoint: Endpoint, bodies?: Map<number, ResponseBody>, describe: Describe = AS_WRITTEN): ResponsesResult {
  const byStatus = responseDocsByStatus(endpoint);
  const responses: Record<string, ResponseObject> = {};
  let paginated = false;
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const group = byStatus.get(status)!;
    const body = bodies?.get(status);
    const response = status >= 400 ? errorResponse(status, group, describe) : successResponse(status, group, endpoint, body, describe);
    if (endpoint.method === 'GET' && status >= 200 && status < 300 && !paginated) {
      if (body?.list && response.content?.['application/json']) {
        paginated = true;
        response.headers = Object.fromEntries(
          PAGINATION_HEADERS.map((name) => [name, { $ref: `#/components/headers/${name}` }]),
        );
      }
    }
    responses[String(status)] = response;
  }
  // The docs' README ("Status codes") says any call can fail with 400, 401, 403, 404, 405, 409 or
  // 422 and an error body; where a section documents no failure of its own, that is what applies.
  if (![...byStatus.keys()].some((s) => s >= 400 && s < 500)) responses['4XX'] = { $ref: '#/components/responses/Error' } as unknown as ResponseObject;
  const inferred = [...(bodies?.values() ?? [])].some((body) => body.inferred === true);
  return { responses, paginated, inferred };
}
