// A GitLab stand-in that knows only the spec: it checks each request against the operation it
// routes to (method, path parameters, query, JSON or multipart body) and answers with the docs'
// example response, in the media type the spec gives it. A request that does not fit gets a 400 and
// is recorded in `violations`, so a test can fail on it.
import type { ServerResponse } from 'node:http';
import { json, startServer } from './server.js';
import type { Recorded, TestServer } from './server.js';

type Json = Record<string, any>;

export interface Matched {
  operationId: string;
  method: string;
  template: string;
  path: Record<string, string>;
  query: Record<string, string[]>;
  body: unknown;
  headers: Recorded['headers'];
}

export interface SpecServer extends TestServer {
  violations: string[];
  matched: Matched[];
}

function deref(doc: Json, value: any, depth = 0): any {
  if (value && typeof value === 'object' && typeof value.$ref === 'string' && depth < 20) {
    const target = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((node: any, key: string) => node?.[key], doc);
    return deref(doc, target, depth + 1);
  }
  return value;
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literalScore: number;
  item: Json;
}

function compileRoutes(doc: Json): Route[] {
  const routes = Object.entries(doc.paths ?? {}).map(([template, item]) => {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((seg) =>
        seg.replace(/\{([^}]+)\}|([^{]+)/g, (_, name: string | undefined, lit: string | undefined) => {
          if (name) {
            names.push(name);
            return '([^/]+?)';
          }
          return lit!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }),
      )
      .join('/');
    const literalScore = template.split('/').filter((s) => s && !s.includes('{')).length;
    return { template, regex: new RegExp(`^${source}$`), names, literalScore, item: item as Json };
  });
  return routes.sort((a, b) => b.literalScore - a.literalScore);
}

function typesOf(schema: Json | undefined): string[] {
  if (!schema) return [];
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

/** Does a query/path string fit the schema? */
function textFits(text: string, schema: Json | undefined): boolean {
  const types = typesOf(schema);
  if (schema?.enum && !schema.enum.map(String).includes(text) && !types.includes('array')) return false;
  if (!types.length) return true;
  return types.some((t) =>
    t === 'integer' ? /^-?\d+$/.test(text) : t === 'number' ? !Number.isNaN(Number(text)) : t === 'boolean' ? text === 'true' || text === 'false' : true,
  );
}

/** Does a JSON value fit the schema (shallowly for nested objects)? */
function valueFits(doc: Json, value: unknown, schemaRef: Json | undefined): boolean {
  const schema = deref(doc, schemaRef);
  const types = typesOf(schema);
  if (schema?.enum && !schema.enum.includes(value)) return false;
  if (!types.length) return true;
  return types.some((t) => {
    switch (t) {
      case 'integer':
        return Number.isInteger(value);
      case 'number':
        return typeof value === 'number';
      case 'string':
        return typeof value === 'string';
      case 'boolean':
        return typeof value === 'boolean';
      case 'array':
        return Array.isArray(value) && value.every((v) => valueFits(doc, v, schema.items));
      case 'object':
        return !!value && typeof value === 'object' && !Array.isArray(value);
      case 'null':
        return value === null;
      default:
        return true;
    }
  });
}

function checkBody(doc: Json, body: unknown, schemaRef: Json, where: string, problems: string[]): void {
  const schema = deref(doc, schemaRef);
  if (!valueFits(doc, body, schema)) return void problems.push(`${where}: body does not fit the schema`);
  if (!schema?.properties || !body || typeof body !== 'object') return;
  for (const name of schema.required ?? []) if (!(name in (body as Json))) problems.push(`${where}: missing required body property ${name}`);
  for (const [name, value] of Object.entries(body as Json)) {
    const prop = schema.properties[name];
    if (!prop) {
      if (schema.additionalProperties !== true) problems.push(`${where}: unknown body property ${name}`);
      continue;
    }
    if (!valueFits(doc, value, prop)) problems.push(`${where}: body property ${name} does not fit its schema`);
  }
}

/** The first 2xx response's example, in its media type (JSON, else the first one listed). */
function example(doc: Json, op: Json): { status: number; type: string; body: unknown } {
  const [status, response] = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code)) ?? ['200', {}];
  const content = deref(doc, response)?.content ?? {};
  const type = content['application/json'] ? 'application/json' : (Object.keys(content)[0] ?? 'application/json');
  const media = content[type];
  const body = media?.example ?? Object.values(media?.examples ?? {}).map((e: any) => deref(doc, e)?.value)[0];
  return { status: Number(status), type, body };
}

const isFileSchema = (schema: Json | undefined) => !!schema && (schema.format === 'binary' || typeof schema.contentMediaType === 'string');

/**
 * A multipart body against its schema: every part named for a property (Rack names `tag_list[]`,
 * `override_params[visibility]` count for their property), files where the schema says binary and
 * text elsewhere, required properties present. Returns what was received, files as their name,
 * type and size.
 */
export async function checkMultipart(doc: Json, req: Recorded, schemaRef: Json, where: string, problems: string[]): Promise<Record<string, unknown>> {
  const schema = deref(doc, schemaRef) ?? {};
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(req.raw), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
  } catch {
    problems.push(`${where}: body is not multipart/form-data`);
    return {};
  }
  const received: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    const property = name.replace(/\[.*$/, '');
    const prop = deref(doc, schema.properties?.[property]);
    if (!prop) problems.push(`${where}: unknown multipart field ${name}`);
    else if (isFileSchema(prop) && typeof value === 'string') problems.push(`${where}: multipart field ${name} must be a file`);
    else if (!isFileSchema(prop) && typeof value !== 'string') problems.push(`${where}: multipart field ${name} must not be a file`);
    received[name] = typeof value === 'string' ? value : { filename: value.name, type: value.type, size: value.size, text: await value.text() };
  }
  for (const name of schema.required ?? []) {
    if (![...form.keys()].some((k) => k === name || k.startsWith(`${name}[`))) problems.push(`${where}: missing required multipart field ${name}`);
  }
  return received;
}

/** Checks one request against the spec; returns the operation and problems found. */
export async function checkRequest(doc: Json, routes: Route[], apiPrefix: string, req: Recorded): Promise<{ matched?: Matched; problems: string[]; op?: Json }> {
  const url = new URL(req.url, 'http://x');
  if (!url.pathname.startsWith(apiPrefix)) return { problems: [`${req.method} ${req.url}: not under ${apiPrefix}`] };
  const rawPath = url.pathname.slice(apiPrefix.length);
  const method = req.method.toLowerCase();
  const route = routes.find((r) => r.regex.test(rawPath) && r.item[method]);
  if (!route) return { problems: [`${req.method} ${rawPath}: no such operation in the spec`] };
  const op = route.item[method] as Json;
  const where = `${req.method} ${route.template} (${op.operationId})`;
  const problems: string[] = [];
  const params = [...(route.item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));

  const values = route.regex.exec(rawPath)!.slice(1);
  const path: Record<string, string> = {};
  route.names.forEach((name, i) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(values[i]);
    } catch {
      problems.push(`${where}: path parameter ${name} is not valid percent-encoding`);
      return;
    }
    path[name] = decoded;
    const spec = params.find((p) => p.in === 'path' && p.name === name);
    if (!spec) problems.push(`${where}: path parameter ${name} not declared`);
    else if (!textFits(decoded, spec.schema)) problems.push(`${where}: path parameter ${name}=${decoded} does not fit its schema`);
  });

  const query: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
  const queryParams = params.filter((p) => p.in === 'query');
  for (const [key, all] of Object.entries(query)) {
    const spec =
      queryParams.find((p) => p.name === key) ??
      queryParams.find((p) => key.endsWith('[]') && p.name === key.slice(0, -2) && typesOf(p.schema).includes('array')) ??
      queryParams.find((p) => key.startsWith(`${p.name}[`) && typesOf(p.schema).includes('object'));
    if (!spec) {
      problems.push(`${where}: unknown query parameter ${key}`);
      continue;
    }
    const itemSchema = typesOf(spec.schema).includes('array') ? deref(doc, spec.schema.items) : spec.schema;
    if (all.length > 1 && !typesOf(spec.schema).includes('array')) problems.push(`${where}: query parameter ${key} repeated`);
    for (const v of all) if (!textFits(v, itemSchema)) problems.push(`${where}: query parameter ${key}=${v} does not fit its schema`);
  }
  for (const p of queryParams) {
    if (p.required && !Object.keys(query).some((k) => k === p.name || k === `${p.name}[]` || k.startsWith(`${p.name}[`))) {
      problems.push(`${where}: missing required query parameter ${p.name}`);
    }
  }

  let body: unknown;
  const requestBody = deref(doc, op.requestBody);
  if (req.body) {
    const type = String(req.headers['content-type'] ?? '');
    if (!requestBody) problems.push(`${where}: a body where the spec has none`);
    else if (type.startsWith('application/json') && requestBody.content?.['application/json']) {
      try {
        body = JSON.parse(req.body);
        checkBody(doc, body, requestBody.content?.['application/json']?.schema, where, problems);
      } catch {
        problems.push(`${where}: body is not JSON`);
      }
    } else if (type.startsWith('multipart/form-data') && requestBody.content?.['multipart/form-data']) {
      body = await checkMultipart(doc, req, requestBody.content['multipart/form-data'].schema, where, problems);
    } else if (!Object.keys(requestBody.content ?? {}).some((t) => type.startsWith(t))) {
      problems.push(`${where}: content type ${type} not in the spec`);
    } else {
      body = req.raw;
    }
  } else if (requestBody?.required) problems.push(`${where}: missing required body`);

  return { matched: { operationId: op.operationId, method: req.method, template: route.template, path, query, body, headers: req.headers }, problems, op };
}

/** What a test answers instead of the docs' example (the request has been checked already). */
export interface Answer {
  status: number;
  headers?: Record<string, string | number>;
  body?: string | Uint8Array | object;
}

export interface SpecServerOptions {
  apiPrefix?: string;
  /**
   * Answers a request that fits the spec, when the docs' example is not the answer wanted (the next
   * page of a list, a 404, a 429, a file's content); undefined for the example.
   */
  answer?: (req: Recorded, matched: Matched) => Answer | undefined;
}

export async function startSpecServer(doc: Json, { apiPrefix = '/api/v4', answer: custom }: SpecServerOptions = {}): Promise<SpecServer> {
  const routes = compileRoutes(doc);
  const violations: string[] = [];
  const matched: Matched[] = [];
  const answer = async (req: Recorded, res: ServerResponse) => {
    const { matched: m, problems, op } = await checkRequest(doc, routes, apiPrefix, req);
    if (m) matched.push(m);
    if (problems.length || !op) {
      violations.push(...problems);
      return json(res, 400, { message: problems.join('; ') });
    }
    const requestId = { 'x-request-id': `req-${matched.length}` };
    const given = custom?.(req, m!);
    if (given) {
      const body = given.body === undefined || typeof given.body === 'string' || given.body instanceof Uint8Array ? given.body : JSON.stringify(given.body);
      const type = given.body !== undefined && typeof given.body === 'object' && !(given.body instanceof Uint8Array) ? { 'content-type': 'application/json' } : {};
      return void res.writeHead(given.status, { ...requestId, ...type, ...given.headers }).end(body);
    }
    const { status, type, body } = example(doc, op);
    if (status === 204 || body === undefined) return void res.writeHead(status === 200 && body === undefined ? 204 : status).end();
    if (type !== 'application/json') {
      const bytes = Buffer.from(String(body));
      return void res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, ...requestId }).end(bytes);
    }
    json(res, status, body, requestId);
  };
  const server = await startServer(answer);
  return Object.assign(server, { violations, matched });
}
