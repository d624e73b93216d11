// Endpoints documented more than once become one operation.
// - The same method and route in several sections (`GET /users` for users and for admins):
//   one endpoint whose parameters are the union (each as its own section documents it; required
//   only where every section requires it), responses and descriptions concatenated, and a
//   `duplicate-endpoint` diagnostic at each place naming them (the first PLACES_NAMED, then a count:
//   a diagnostic at each of n places naming all n grew with n squared, 85 MB of report on a page
//   repeating one route 361 times).
// - One route spelled with different parameter names (`/issues/:issue_iid` and `/issues/:iid`):
//   OpenAPI sees one path, so the first spelling wins and the others are renamed, with a diagnostic.
import type { Endpoint, Parameter, SourceRef } from '../model.js';
import type { Context } from './context.js';

const PATH_PARAMETER = /[:*]([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The path with each parameter written as `write(name)` says. A loop over exec, not a replace with
 * a `$1` pattern: the spec stage rewrites every route several times.
 */
function rewriteParameters(path: string, write: (name: string) => string): string {
  let result = '';
  let last = 0;
  PATH_PARAMETER.lastIndex = 0;
  for (let match = PATH_PARAMETER.exec(path); match; match = PATH_PARAMETER.exec(path)) {
    result += path.slice(last, match.index) + write(match[1]);
    last = match.index + match[0].length;
  }
  return last === 0 ? path : result + path.slice(last);
}

const braced = (name: string) => `{${name}}`;
const unnamed = () => '{}';

/** `:id` and `*artifact_path` -> `{id}`, `{artifact_path}`. */
export function toOpenAPIPath(path: string): string {
  return rewriteParameters(path, braced);
}

/** `/projects/:id/repository/files/*file_path` -> ['id', 'file_path']. */
export function pathParameterNames(path: string): string[] {
  const names: string[] = [];
  // A loop over exec, not [...matchAll()].map(): asked of every route several times.
  PATH_PARAMETER.lastIndex = 0;
  for (let match = PATH_PARAMETER.exec(path); match; match = PATH_PARAMETER.exec(path)) names.push(match[1]);
  return names;
}

/** `/projects/:id/issues` -> `/projects/{}/issues`: a route without its parameter names. */
export function shapeOf(path: string): string {
  return rewriteParameters(path, unnamed);
}

export interface MergedEndpoint {
  endpoint: Endpoint;
  /** Every place the endpoint is documented, first one first (more than one when merged). */
  places: SourceRef[];
  /** The headings of the sections merged in after the first. */
  mergedFrom: Endpoint[];
}

/** Places a `duplicate-endpoint` diagnostic names; the rest are counted. */
const PLACES_NAMED = 10;

function place(endpoint: Endpoint): string {
  return `${endpoint.source.file}:${endpoint.source.line}`;
}

/** Rename the path parameters of `endpoint` to the names first used for its route. */
function renameTo(endpoint: Endpoint, names: string[], ctx: Context): Endpoint {
  const own = pathParameterNames(endpoint.path);
  if (own.length !== names.length || own.every((n, i) => n === names[i])) return endpoint;
  const renames = new Map(own.map((n, i) => [n, names[i]]));
  let i = 0;
  const path = endpoint.path.replace(/([:*])([A-Za-z_][A-Za-z0-9_]*)/g, (_m, sigil: string) => `${sigil}${names[i++]}`);
  ctx.report(endpoint.source, 'path-parameter-name-mismatch', 'info',
    `\`${endpoint.method} ${endpoint.path}\` names its path parameters differently from the same route elsewhere; ` +
      `written as \`${path}\``);
  const rename = (p: Parameter): Parameter => (renames.has(p.name) && renames.get(p.name) !== p.name && (p.form === 'path' || own.includes(p.name))
    ? { ...p, name: renames.get(p.name)! }
    : p);
  return { ...endpoint, path, parameters: endpoint.parameters.map(rename) };
}

function unionParameters(first: Parameter[], later: Parameter[][]): Parameter[] {
  const all = [first, ...later];
  // How many sections require each name: a merged page (`GET /users` for users and for admins)
  // holds a hundred parameters, asked of every section for every name.
  const requiring = new Map<string, number>();
  for (const list of all) {
    const required = new Set<string>();
    for (const p of list) if (p.required) required.add(p.name);
    for (const name of required) requiring.set(name, (requiring.get(name) ?? 0) + 1);
  }
  const result: Parameter[] = [];
  const indexOf = new Map<string, number>();
  for (const list of all) {
    for (const param of list) {
      const at = indexOf.get(param.name);
      if (at !== undefined) {
        // A path parameter the first section has no row for (form `path`) takes a later section's row.
        if (result[at].form === 'path' && param.form !== 'path') result[at] = { ...param, required: true };
        continue;
      }
      indexOf.set(param.name, result.length);
      const requiredEverywhere = requiring.get(param.name) === all.length;
      result.push(param.required && !requiredEverywhere ? { ...param, required: false } : param);
    }
  }
  return result;
}

/** One endpoint of several documented in one place: the union of what they say (see the top). */
function mergeGroup(group: Endpoint[], ctx: Context): MergedEndpoint {
  const [first, ...rest] = group;
  const more = group.length - PLACES_NAMED;
  const places = group.slice(0, PLACES_NAMED).map(place).join(', ') + (more > 0 ? ` and ${more} more` : '');
  for (const endpoint of group) {
    ctx.report(endpoint.source, 'duplicate-endpoint', 'warning',
      `\`${first.method} ${first.path}\` is documented in several places (${places}); merged into one operation`);
  }
  const description = [first.description, ...rest.map((e) => `**${e.heading}** (${place(e)})\n\n${e.description}`.trim())]
    .filter((d) => d.trim())
    .join('\n\n');
  const endpoint: Endpoint = {
    ...first,
    description,
    deprecated: group.every((e) => e.deprecated),
    parameters: unionParameters(first.parameters, rest.map((e) => e.parameters)),
    parameterKeys: Object.assign({}, ...[...group].reverse().map((e) => e.parameterKeys ?? {})),
    requestExamples: group.flatMap((e) => e.requestExamples),
    curlExamples: group.flatMap((e) => e.curlExamples ?? []),
    responses: group.flatMap((e) => e.responses),
  };
  return { endpoint, places: group.map((e) => e.source), mergedFrom: rest };
}

// The loops stay small and the rare merge is a function of its own: V8 optimizes this once-per-run
// driver late, and code for a path taken a few times a run (with little type feedback) was thrown
// away and compiled again.
export function mergeEndpoints(endpoints: Endpoint[], ctx: Context): MergedEndpoint[] {
  const namesByShape = new Map<string, string[]>();
  const groups = new Map<string, Endpoint[]>();
  for (let i = 0; i < endpoints.length; i++) {
    const original = endpoints[i];
    const shape = shapeOf(original.path);
    let names = namesByShape.get(shape);
    if (!names) namesByShape.set(shape, (names = pathParameterNames(original.path)));
    const endpoint = renameTo(original, names, ctx);
    const key = `${endpoint.method} ${shape}`;
    const group = groups.get(key);
    if (group) group.push(endpoint);
    else groups.set(key, [endpoint]);
  }
  const merged: MergedEndpoint[] = [];
  for (const group of groups.values()) {
    merged.push(group.length === 1 ? { endpoint: group[0], places: [group[0].source], mergedFrom: [] } : mergeGroup(group, ctx));
  }
  return merged;
}
