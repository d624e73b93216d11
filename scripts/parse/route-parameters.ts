// One operation, its own parameters. A section that documents several routes with one table
// (award_emoji.md: `/issues/:issue_iid/...`, `/merge_requests/:merge_request_iid/...`,
// `/snippets/:snippet_id/...`) holds rows that belong to one route only: a row naming another
// route's path parameter is not a parameter of this one (it would become a query parameter or a
// body field that GitLab never reads). A generic row (`awardable_id`, "the ID of an awardable")
// stands for each route's own path parameter, and a row whose name misses the route's by a letter
// (`issue_iid` for `:issue_id`, `environment_id` for `:environments_id`) documents that parameter.
import type { Diagnostic, Parameter } from '../model.js';
import { diagnostic } from './parameter-fields.js';

/** `/projects/:id/issues/:issue_iid` -> `['id', 'issue_iid']` (`*artifact_path` too). */
export function pathParameterNames(route: string): string[] {
  return [...route.matchAll(/[:*]([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

export interface RouteParameters {
  parameters: Parameter[];
  diagnostics: Diagnostic[];
}

/**
 * The rows of a section that belong to `route`, one of the section's `routes`. Rows are copied;
 * a row standing for the route's path parameter is renamed to it.
 */
export function routeParameters(route: string, routes: string[], rows: Parameter[]): RouteParameters {
  const own = new Set(pathParameterNames(route));
  const others = new Set(routes.flatMap(pathParameterNames).filter((name) => !own.has(name)));
  const diagnostics: Diagnostic[] = [];
  const parameters = rows.filter((row) => !others.has(row.name)).map((row) => ({ ...row }));
  const documented = new Set(parameters.map((row) => row.name));
  const uncovered = [...own].filter((name) => !documented.has(name));
  if (uncovered.length !== 1) return { parameters, diagnostics };
  const [name] = uncovered;
  const everyPathName = new Set(routes.flatMap(pathParameterNames));
  const candidates = parameters.filter((row) => row.required && !everyPathName.has(row.name) && /_i?ids?$/.test(row.name));
  const nearMiss = candidates.filter((row) => sameStem(row.name, name));
  // A generic row only when the section documents several routes: with one route, a required
  // `user_id` beside an undocumented path parameter is a parameter of its own.
  const generic = routes.length > 1 && candidates.length === 1 && /able_i?id$/.test(candidates[0].name) ? candidates : [];
  const row = nearMiss.length === 1 ? nearMiss[0] : generic[0];
  if (!row) return { parameters, diagnostics };
  diagnostics.push(diagnostic(row.source, nearMiss.length === 1 ? 'row-names-path-parameter-differently' : 'generic-row-as-path-parameter',
    nearMiss.length === 1
      ? `the row \`${row.name}\` documents the path parameter \`${name}\` of \`${route}\`; read as \`${name}\``
      : `the row \`${row.name}\` stands for the path parameter of each route; read as \`${name}\` of \`${route}\``,
    nearMiss.length === 1 ? 'warning' : 'info'));
  row.name = name;
  return { parameters, diagnostics };
}

/** `issue_iid` ~ `issue_id`, `environment_id` ~ `environments_id`: the same thing, spelled apart. */
function sameStem(a: string, b: string): boolean {
  const stem = (name: string) => name.replace(/_i?ids?$/, '').replace(/s$/, '');
  return a !== b && stem(a) === stem(b) && /_i?ids?$/.test(b);
}
