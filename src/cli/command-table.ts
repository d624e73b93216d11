// The command table: one entry per operation of the spec, flattened to what the CLI parser,
// `--help` and the completion scripts need. It is the single source for all three, built once
// from the spec (by the completions emitter into generated/cli-commands.json, or at runtime from
// spec/openapi.json), so the CLI never parses YAML or walks $refs on startup.
// Command names are read from the spec (`x-gitlab-command`, written by scripts/openapi/naming.ts),
// never derived here. Deliberately typed loosely over the document: the runtime must not depend on
// scripts/.

export type ParamLocation = 'path' | 'query' | 'header' | 'body';

export interface CommandParam {
  /** The option name on the command line, without `--` (the wire name with a trailing `[]` dropped). */
  flag: string;
  /** The name sent to GitLab (`iids[]`, `assignee_ids`). */
  name: string;
  in: ParamLocation;
  /** JSON Schema types allowed (`['integer', 'string']` for `:id`). Empty: anything. */
  types: string[];
  /** For arrays: the item types. */
  items?: string[];
  required: boolean;
  enum?: string[];
  /**
   * Values the spec allows beside the main type (`None` and `Any` for an id filter, `` to unassign):
   * the literal members of an `anyOf`. Taken as they are, offered by completion.
   */
  special?: string[];
  default?: unknown;
  description: string;
  /** A file upload (multipart): the value is a path to read. */
  file?: boolean;
  /** For an object, or an array of objects, given as JSON: its fields, for `--help`. */
  fields?: CommandField[];
}

/** A field inside a JSON option (`--actions '[{"action": "create", ...}]'`). */
export interface CommandField {
  name: string;
  types: string[];
  required: boolean;
  enum?: string[];
  description: string;
}

export interface Command {
  /** `project-issue list`: the spec's `x-gitlab-command` (one word for a spec without it). */
  name: string;
  /** `project-issue`: the first word of the name. */
  resource: string;
  /** `list`: the second word of the name; empty for a one-word name. */
  verb: string;
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tag: string;
  /** Docs page and line the operation comes from (`x-source`). */
  source?: { file: string; line: number };
  deprecated?: boolean;
  /** Returns a list (`x-gitlab-paginated`, or a 2xx array schema): `--paginate` applies. */
  paginated?: boolean;
  /** How the body is sent when the operation has body parameters. */
  bodyType?: 'json' | 'multipart';
  /** Required parameters first, then in spec order. */
  params: CommandParam[];
}

export interface CommandTable {
  title: string;
  version: string;
  commands: Command[];
}

/** Whether `--data` (a request body) is allowed: the parser and the completion scripts both ask this. */
export function acceptsBody(cmd: Command): boolean {
  return !!cmd.bodyType || cmd.method === 'POST' || cmd.method === 'PUT' || cmd.method === 'PATCH';
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A name word: [a-z0-9-], as naming.ts writes them (and the completion scripts rely on). */
const WORD = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `x-gitlab-command` split into resource and verb. A spec not made by this project has none: its
 * operationId, lower-cased with anything outside [a-z0-9-] dropped, is a one-word command.
 */
function commandName(op: Json): { name: string; resource: string; verb: string } | undefined {
  const given = op['x-gitlab-command'];
  if (typeof given === 'string') {
    const [resource, verb, ...rest] = given.split(' ');
    if (WORD.test(resource) && verb !== undefined && WORD.test(verb) && rest.length === 0) return { name: given, resource, verb };
  }
  if (typeof op.operationId !== 'string') return undefined;
  const word = op.operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return word ? { name: word, resource: word, verb: '' } : undefined;
}

/** `iids[]` -> `iids`: arrays are given by repeating the option, so the brackets carry nothing. */
export function toFlag(name: string): string {
  return name.endsWith('[]') ? name.slice(0, -2) : name;
}

export type Json = Record<string, any>;

function deref(doc: Json, node: any, seen = 0): any {
  if (node && typeof node === 'object' && typeof node.$ref === 'string' && seen < 20) {
    const ref: string = node.$ref;
    if (!ref.startsWith('#/')) return {};
    let cur: any = doc;
    for (const part of ref.slice(2).split('/')) {
      cur = cur?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return deref(doc, cur ?? {}, seen + 1);
  }
  return node ?? {};
}

function typesOf(schema: Json): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((t: unknown) => typeof t === 'string' && t !== 'null');
  if (typeof schema.type === 'string') return [schema.type];
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return [...new Set(schema[key].flatMap((s: Json) => typesOf(s ?? {})))] as string[];
  }
  return [];
}

function isFileSchema(schema: Json): boolean {
  return schema.format === 'binary' || typeof schema.contentMediaType === 'string';
}

/** A member of an `anyOf` that lists values rather than a type: `{type: 'string', enum: ['None', 'Any']}`. */
function isLiteral(schema: Json): boolean {
  return Array.isArray(schema.enum) && !schema.properties && !schema.items;
}

/**
 * `anyOf: [main, {enum: [...]}]`: the main type stays the parameter's schema, the listed values
 * become its special values. Any other schema is left as it is.
 */
function splitSpecial(doc: Json, schema: Json): { schema: Json; special?: string[] } {
  const members: Json[] | undefined = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (!members) return { schema };
  const resolved = members.map((m) => deref(doc, m));
  const literals = resolved.filter(isLiteral);
  const main = resolved.filter((m) => !isLiteral(m));
  if (literals.length === 0 || main.length === 0) return { schema };
  const special = literals.flatMap((l) => l.enum).filter((v: unknown) => v !== null).map(String);
  return { schema: main.length === 1 ? { ...main[0], ...(schema.default !== undefined ? { default: schema.default } : {}) } : { ...schema, anyOf: main }, special };
}

function toParam(doc: Json, schemaIn: any, fields: { name: string; in: ParamLocation; required: boolean; description?: string }): CommandParam {
  const { schema, special } = splitSpecial(doc, deref(doc, schemaIn));
  const types = typesOf(schema);
  const param: CommandParam = {
    flag: toFlag(fields.name),
    name: fields.name,
    in: fields.in,
    types,
    required: fields.required,
    description: String(fields.description ?? schema.description ?? ''),
  };
  const items = types.includes('array') ? deref(doc, schema.items) : undefined;
  if (items) param.items = typesOf(items);
  const enumSource = Array.isArray(schema.enum) ? schema.enum : Array.isArray(items?.enum) ? items.enum : undefined;
  if (enumSource) param.enum = enumSource.filter((v: unknown) => v !== null).map(String);
  if (special?.length) param.special = special;
  if (schema.default !== undefined) param.default = schema.default;
  if (isFileSchema(schema) || (items && isFileSchema(items))) param.file = true;
  const nested = fieldsOf(doc, items && typesOf(items).includes('object') ? items : schema);
  if (nested.length && !param.file) param.fields = nested;
  return param;
}

/** The properties of an object schema (one level), for an option given as JSON. */
function fieldsOf(doc: Json, schema: Json): CommandField[] {
  if (!schema || typeof schema.properties !== 'object' || schema.properties === null) return [];
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries<Json>(schema.properties).map(([name, raw]) => {
    const s = deref(doc, raw);
    const field: CommandField = { name, types: typesOf(s), required: required.has(name), description: String(s.description ?? '') };
    if (Array.isArray(s.enum)) field.enum = s.enum.filter((v: unknown) => v !== null).map(String);
    return field;
  });
}

/** A 2xx response whose JSON schema is an array. */
function returnsArray(doc: Json, op: Json): boolean {
  return Object.entries<Json>(op.responses ?? {}).some(([status, raw]) => {
    if (!/^2/.test(status)) return false;
    const schema = deref(doc, deref(doc, raw).content?.['application/json']?.schema);
    return typesOf(schema).includes('array');
  });
}

function bodyParams(doc: Json, op: Json): { params: CommandParam[]; bodyType?: 'json' | 'multipart' } {
  const body = deref(doc, op.requestBody);
  const content: Json = body.content ?? {};
  const multipart = content['multipart/form-data'];
  const media = multipart ?? content['application/json'] ?? content['application/x-www-form-urlencoded'] ?? Object.values(content)[0];
  if (!media) return { params: [] };
  const schema = deref(doc, media.schema);
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required : []);
  const props: Json = schema.properties ?? {};
  const params = Object.entries(props).map(([name, s]) =>
    toParam(doc, s, { name, in: 'body', required: required.has(name) }),
  );
  return { params, bodyType: multipart ? 'multipart' : 'json' };
}

/** Parameters of `Sudo` are the global `--sudo`; the rest of the headers are kept as options. */
function isGlobalHeader(p: Json): boolean {
  return p.in === 'header' && String(p.name).toLowerCase() === 'sudo';
}

/** The commands of one path of `doc` (its item as written, maybe a `$ref`), in method order. */
export function pathCommands(doc: Json, path: string, itemIn: Json): Command[] {
  const commands: Command[] = [];
  const item = deref(doc, itemIn);
  for (const method of METHODS) {
    const op: Json | undefined = item[method];
    const named = op && commandName(op);
    if (!op || !named) continue;
    const params: CommandParam[] = [];
    const seen = new Set<string>();
    const add = (p: CommandParam) => {
      if (seen.has(p.flag)) return;
      seen.add(p.flag);
      params.push(p);
    };
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = deref(doc, raw);
      if (!p.name || !p.in || p.in === 'cookie' || isGlobalHeader(p)) continue;
      add(toParam(doc, p.schema, { name: p.name, in: p.in, required: p.in === 'path' || !!p.required, description: p.description }));
    }
    const body = bodyParams(doc, op);
    body.params.forEach(add);
    const source = op['x-source'];
    commands.push({
      ...named,
      operationId: String(op.operationId ?? ''),
      method: method.toUpperCase(),
      path,
      summary: String(op.summary ?? ''),
      description: String(op.description ?? ''),
      tag: String(op.tags?.[0] ?? ''),
      ...(source && typeof source.file === 'string' ? { source: { file: source.file, line: Number(source.line) } } : {}),
      ...(op.deprecated ? { deprecated: true } : {}),
      ...(op['x-gitlab-paginated'] || returnsArray(doc, op) ? { paginated: true } : {}),
      ...(body.bodyType && body.params.length ? { bodyType: body.bodyType } : {}),
      // Stable sort: required first, spec order otherwise (completion lists them in this order).
      params: [...params.filter((p) => p.required), ...params.filter((p) => !p.required)],
    });
  }
  return commands;
}

/** The table of `doc` from its commands (those of every path), sorted by name. */
export function commandTable(doc: Json, commands: Command[]): CommandTable {
  commands.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { title: String(doc.info?.title ?? ''), version: String(doc.info?.version ?? ''), commands };
}

export function buildCommandTable(doc: Json): CommandTable {
  return commandTable(doc, Object.entries<Json>(doc.paths ?? {}).flatMap(([path, item]) => pathCommands(doc, path, item)));
}
