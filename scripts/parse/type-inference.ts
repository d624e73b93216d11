// The document-wide pass for types: a parameter whose row gives no type (bullet lists, tables
// without a Type column, `mixed`) gets one only from what the docs themselves say, in this order:
// 1. its own words: the description and the default (infer-type.ts);
// 2. the same name typed elsewhere on the page, when every typed row of that name agrees;
// 3. the same name typed elsewhere in the docs, when every typed row agrees;
// 4. for a path parameter, the path convention: `:id` of a project or group is an ID or a
//    URL-encoded path, `*_id` and `*_iid` are numeric ids, any other segment is text;
// 5. the same name read from its words (step 1) elsewhere on the page, then in the docs.
// Every inference is marked (`typeInferred`, the evidence) and reported as a note; a parameter
// that nothing supports stays untyped, with a note saying so. A path parameter without a row gets
// one here (form `path`), typed the same way; the openapi stage reports it if no other section of
// the same route documents it.
import type { Diagnostic, Endpoint, Page, Parameter, TypeRef } from '../model.js';
import { inferTypeFromWords, type InferredType } from './infer-type.js';
import { allParameters, mapParameters } from './map-parameters.js';
import { diagnostic } from './parameter-fields.js';
import { pathParameterNames } from './route-parameters.js';

interface Typed {
  type: TypeRef;
  count: number;
  /** The first typed row, as `file:line`. */
  first: string;
}

/** name -> the distinct types its typed rows give (more than one: ambiguous). */
type NameIndex = Map<string, Map<string, Typed>>;

export function inferTypes(documented: Page[]): { pages: Page[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const withRows = documented.map((page) => ({ ...page, endpoints: page.endpoints.map(withPathRows) }));
  // Each row's own words first, so that a name typed only by words on one row can type the others.
  const fromWords = mapParameters(withRows, (parameter) => {
    if (parameter.type.kind !== 'unknown') return parameter;
    const inferred = inferTypeFromWords(parameter.description, parameter.default, parameter.name);
    return inferred ? typed(parameter, inferred, diagnostics) : parameter;
  });
  const cells = { docs: new Map() as NameIndex, pages: new Map<string, NameIndex>() };
  const words = { docs: new Map() as NameIndex, pages: new Map<string, NameIndex>() };
  for (const { parameter, place } of allParameters(fromWords)) {
    const indexes = fromTypeCell(parameter) ? cells : parameter.typeInferred !== undefined && parameter.form !== 'path' ? words : undefined;
    if (!indexes) continue;
    const pageIndex = indexes.pages.get(place.page.file) ?? new Map();
    indexes.pages.set(place.page.file, pageIndex);
    for (const index of [indexes.docs, pageIndex]) record(index, parameter);
  }
  const pages = mapParameters(fromWords, (parameter, { page, endpoint, key }) => {
    if (parameter.type.kind !== 'unknown') return parameter;
    const inPath = !key && pathParameterNames(endpoint.path).includes(parameter.name);
    const inferred =
      fromIndex(cells.pages.get(page.file), parameter.name, 'typed', 'elsewhere on this page') ??
      fromIndex(cells.docs, parameter.name, 'typed', 'wherever the docs type it') ??
      (inPath ? byPathConvention(parameter.name, endpoint.path) : undefined) ??
      fromIndex(words.pages.get(page.file), parameter.name, 'read', 'from its description elsewhere on this page') ??
      fromIndex(words.docs, parameter.name, 'read', 'from its description elsewhere in the docs');
    if (inferred) return typed(parameter, inferred, diagnostics);
    diagnostics.push(diagnostic(parameter.source, 'type-not-inferred',
      `\`${parameter.name}\` has no type in the docs, and nothing they say settles one; left untyped`, 'info'));
    return parameter;
  });
  return { pages, diagnostics };
}

function typed(parameter: Parameter, inferred: InferredType, diagnostics: Diagnostic[]): Parameter {
  // A row made for a path parameter is reported by the openapi stage, if it stays after merging.
  if (parameter.form !== 'path') {
    diagnostics.push(diagnostic(parameter.source, 'type-inferred',
      `\`${parameter.name}\` has no documented type; read as ${describeType(inferred.type)} from ${inferred.evidence}`, 'info'));
  }
  const raw = parameter.type.raw;
  return { ...parameter, type: raw ? ({ ...inferred.type, raw } as TypeRef) : inferred.type, typeInferred: inferred.evidence };
}

/**
 * The endpoint with a row (form `path`) for each path parameter its section does not document.
 * Not reported here: the same route may be documented with a row in another section, and only the
 * openapi stage, which merges them, knows whether the row stays missing.
 */
function withPathRows(endpoint: Endpoint): Endpoint {
  const missing = pathParameterNames(endpoint.path).filter((name) => !endpoint.parameters.some((p) => p.name === name));
  if (missing.length === 0) return endpoint;
  const rows: Parameter[] = missing.map((name) => ({ name, type: { kind: 'unknown' }, required: true, description: '', form: 'path', source: endpoint.source }));
  return { ...endpoint, parameters: [...rows, ...endpoint.parameters] };
}

/** A type read from a Type cell (or a list item's flags), not inferred and not from prose. */
function fromTypeCell(parameter: Parameter): boolean {
  return parameter.type.kind !== 'unknown' && parameter.typeInferred === undefined && parameter.form !== 'prose';
}

function record(index: NameIndex, parameter: Parameter): void {
  const types = index.get(parameter.name) ?? new Map<string, Typed>();
  index.set(parameter.name, types);
  const key = typeKey(parameter.type);
  const seen = types.get(key);
  if (seen) seen.count++;
  else types.set(key, { type: withoutRaw(parameter.type), count: 1, first: `${parameter.source.file}:${parameter.source.line}` });
}

function fromIndex(index: NameIndex | undefined, name: string, verb: string, where: string): InferredType | undefined {
  const types = index?.get(name);
  if (!types || types.size !== 1) return undefined;
  const [seen] = types.values();
  const rows = seen.count === 1 ? `the row at ${seen.first}` : `${seen.count} rows, first ${seen.first}`;
  return { type: seen.type, evidence: `\`${name}\` ${verb} as ${describeType(seen.type)} ${where} (${rows})` };
}

function byPathConvention(name: string, path: string): InferredType {
  if (name === 'id' && /^\/(?:projects|groups)\/:id(?:\/|$)/.test(path)) {
    return { type: { kind: 'id' }, evidence: `the path convention: \`:id\` of a project or group is its ID or URL-encoded path` };
  }
  if (/(?:^|_)i?id$/.test(name)) return { type: { kind: 'integer' }, evidence: `the path convention: \`:${name}\` is a numeric ID` };
  return { type: { kind: 'string' }, evidence: `the path convention: a path segment is text` };
}

function typeKey(type: TypeRef): string {
  return JSON.stringify(withoutRaw(type));
}

function withoutRaw(type: TypeRef): TypeRef {
  switch (type.kind) {
    case 'array':
      return { kind: 'array', items: withoutRaw(type.items) };
    case 'union':
      return { kind: 'union', of: type.of.map(withoutRaw) };
    default:
      return { kind: type.kind } as TypeRef;
  }
}

/** `integer`, `array of string`, `an ID or URL-encoded path`, as the diagnostics say it. */
export function describeType(type: TypeRef): string {
  switch (type.kind) {
    case 'id':
      return '`integer or string` (an ID or URL-encoded path)';
    case 'array':
      return `\`array of ${describeType(type.items).replace(/`/g, '')}\``;
    case 'union':
      return `\`${type.of.map((t) => describeType(t).replace(/`/g, '')).join(' or ')}\``;
    default:
      return `\`${type.kind}\``;
  }
}
