// Bodies the docs describe without an example: a success response with no example and no table.
// In order:
// 1. downloads get their media type (download.ts);
// 2. "the same response attributes as [List project issue discussion items](#...)": the entity of
//    the section linked to;
// 3. the entity the route names, marked `x-gitlab-inferred-response` with a diagnostic:
//    - the same route's other methods (`PUT /projects/:id/milestones/:milestone_id` returns what
//      `GET` of it returns; `POST /projects/:id/milestones` one of what `GET` lists), and the route's
//      collection (`GET /projects/:id/milestones/:milestone_id` is one of what `GET .../milestones` lists);
//    - the same method on the sibling routes of a family of literal items (`GET
//      /projects/:id/services/asana` like `GET /projects/:id/services/slack-slash-commands`);
//    - the collection's name (`GET /groups/:id/milestones/:milestone_id/issues` lists issues): the
//      entity the routes of that name under the same parent return, else the one most routes and
//      properties of that name hold (a discussion's `notes`);
//    - an action on an item (`POST /projects/:id/labels/:label_id/unsubscribe`) returns the item,
//      when another documented action on that item does (`.../subscribe`).
//    Where the routes point at several entities, nothing is chosen.
// What none of these settles is reported (`response-without-schema`), never guessed.
import type { Endpoint } from '../../model.js';
import { shapeOf } from '../merge-endpoints.js';
import { asSchemaObject, type Schema } from '../type-schema.js';
import type { Context } from '../context.js';
import { downloadOf } from './download.js';
import type { ResponseBody } from './index.js';
import { collectionPath, pathResource, singularName } from './resource.js';
import type { Unshown } from './collect.js';

/** The entities a body refers to (`$ref`s, one unless `anyOf`), and whether it is a list of them. */
interface Entities {
  refs: string[];
  list: boolean;
}

function refsOf(schema: Schema | undefined): string[] {
  if (!schema) return [];
  if (typeof schema.$ref === 'string') return [schema.$ref];
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).flatMap((member) => (typeof member.$ref === 'string' ? [member.$ref] : []));
  return [];
}

function findEntities(body: ResponseBody): Entities | undefined {
  const schema = body.schema as Schema | undefined;
  if (!schema || body.mediaType) return undefined;
  const list = schema.type === 'array';
  const refs = refsOf(list ? (schema.items as Schema | undefined) : schema);
  return refs.length > 0 ? { refs, list } : undefined;
}

/** The entity more than half the findings allow, if any. */
function mostly(found: Entities[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of found) for (const ref of new Set(f.refs)) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  const [ref, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  return ref !== undefined && count! * 2 > found.length ? ref : undefined;
}

/** The one entity every finding allows, if exactly one. */
function agreed(found: (Entities | undefined)[]): string | undefined {
  const defined = found.filter((f): f is Entities => f !== undefined);
  if (defined.length === 0) return undefined;
  const common = defined.slice(1).reduce((refs, f) => refs.filter((r) => f.refs.includes(r)), defined[0].refs);
  return common.length === 1 ? common[0] : undefined;
}

const endsWithParameter = (path: string) => /\/[:*{][^/]*$/.test(path);
const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/** Whether a route returns a list: a GET of a collection route (`/issues`), not of an item (`/issues/:iid`). */
function returnsList(method: string, path: string): boolean {
  return method === 'GET' && !endsWithParameter(path);
}

function asBody(ref: string, list: boolean, inferred: boolean): ResponseBody {
  const schema = list ? { type: 'array', items: { $ref: ref } } : { $ref: ref };
  return { schema: asSchemaObject(schema), list, ...(inferred ? { inferred } : {}) };
}

/** `[text](#anchor)` or `[text](page.md#anchor)` after "same ... as" in a section's prose. */
const SAME_AS = /\bsame\b[^.\n]{0,60}?\bas\s+\[[^\]]*\]\(([^)\s#]*)#([^)\s]+)\)/i;

interface Finding {
  ref: string;
  list: boolean;
  how: string;
}

/**
 * Fills `bodies` (by operation, then status) for the success responses of `endpoints` that carry a
 * body the docs show no example of, `unshown` (rules at the top of this file).
 */
export function inferBodies(
  endpoints: Endpoint[],
  /** Each endpoint's operation key (operationKey), as `bodies` holds them. */
  operations: string[],
  unshown: Unshown[],
  bodies: Map<string, Map<number, ResponseBody>>,
  schemas: Record<string, Schema>,
  collections: Map<string, string>,
  ctx: Context,
): void {
  // Asked again and again of the same bodies while the routes are searched.
  const entitiesCache = new Map<ResponseBody, Entities | undefined>();
  const entitiesOf = (body: ResponseBody | undefined): Entities | undefined => {
    if (!body) return undefined;
    let entities = entitiesCache.get(body);
    if (entities === undefined && !entitiesCache.has(body)) entitiesCache.set(body, (entities = findEntities(body)));
    return entities;
  };
  const shapes = new Map<string, string>();
  const shape = (path: string) => {
    let result = shapes.get(path);
    if (result === undefined) shapes.set(path, (result = shapeOf(path)));
    return result;
  };
  // By method, then route shape: strings already at hand, not a key built at each question.
  const byRoute = new Map<string, Map<string, ResponseBody>>();
  const routeBody = (method: string, path: string) => byRoute.get(method)?.get(shape(path));
  /** The route's body: the last documented one, or the first one inferred. */
  const setRouteBody = (method: string, path: string, body: ResponseBody, documented: boolean) => {
    let routes = byRoute.get(method);
    if (!routes) byRoute.set(method, (routes = new Map()));
    if (documented || !routes.has(shape(path))) routes.set(shape(path), body);
  };
  // The body of an operation's first success status, as known when the pass starts.
  const firsts = new Map<Endpoint, ResponseBody | undefined>();
  for (let index = 0; index < endpoints.length; index++) {
    const endpoint = endpoints[index];
    const perStatus = bodies.get(operations[index]);
    let first: number | undefined;
    for (const status of perStatus?.keys() ?? []) if (first === undefined || status < first) first = status;
    const body = first === undefined ? undefined : perStatus!.get(first);
    firsts.set(endpoint, body);
    if (body) setRouteBody(endpoint.method, endpoint.path, body, true);
  }
  const firstBody = (endpoint: Endpoint) => firsts.get(endpoint);
  // Sections by anchor, for "the same as [...](#anchor)": built when a section says so.
  let byAnchor: Map<string, Endpoint> | undefined;
  const anchored = (file: string, anchor: string) => {
    byAnchor ??= new Map(endpoints.filter((e) => e.anchor).map((e) => [`${e.file}#${e.anchor}`, e]));
    return byAnchor.get(`${file}#${anchor}`);
  };
  const at = (method: string, path: string) => entitiesOf(routeBody(method, path));
  // The routes one segment below each route (`/projects/{}/services` -> `.../asana`, `.../jira`).
  const children = new Map<string, Endpoint[]>();
  for (const endpoint of endpoints) {
    const parent = shape(parentOf(endpoint.path));
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(endpoint);
  }

  // The open responses: a success status that carries a body, with nothing known of it. A DELETE's
  // (`202 Accepted`) is only reported: it returns nothing the route could name.
  const open: Unshown[] = [];
  const left: typeof open = [];
  for (const item of unshown) (item.endpoint.method === 'DELETE' ? left : open).push(item);
  const settle = ({ endpoint, status, operation }: Unshown, body: ResponseBody) => {
    if (!bodies.has(operation)) bodies.set(operation, new Map());
    bodies.get(operation)!.set(status, body);
    setRouteBody(endpoint.method, endpoint.path, body, false);
  };
  const close = (item: (typeof open)[number]) => open.splice(open.indexOf(item), 1);

  // Downloads and "same as" first: they follow what the section says.
  for (const item of [...open]) {
    const { endpoint } = item;
    const download = downloadOf(endpoint);
    if (download) {
      settle(item, { schema: asSchemaObject(download.schema), list: false, mediaType: download.mediaType });
      close(item);
      continue;
    }
    const same = SAME_AS.exec(endpoint.description);
    if (!same) continue;
    const file = same[1] ? same[1].replace(/^.*\//, '') : endpoint.file;
    const target = anchored(file, same[2]);
    const ref = target ? agreed([entitiesOf(firstBody(target))]) : undefined;
    if (!ref) continue;
    settle(item, asBody(ref, returnsList(endpoint.method, endpoint.path), false));
    ctx.report(endpoint.source, 'response-same-as', 'info',
      `\`${endpoint.method} ${endpoint.path}\` returns the same as \`${target!.method} ${target!.path}\` (${file}#${same[2]}): ${ref}`);
    close(item);
  }

  // The entities each collection name stands for: what the routes of that name return (by the route
  // up to the name), and what the entities' properties of that name hold (a discussion's `notes`).
  const named = new Map<string, { prefix: string; entities: Entities }[]>();
  const name = (literal: string, prefix: string, entities: Entities) => {
    if (!named.has(literal)) named.set(literal, []);
    named.get(literal)!.push({ prefix, entities });
  };
  for (const endpoint of endpoints) {
    const resource = pathResource(endpoint.path, collections);
    const entities = entitiesOf(firstBody(endpoint));
    if (resource?.exact && entities) name(resource.literal, prefixOf(shape(endpoint.path), resource.literal), entities);
  }
  for (const schema of Object.values(schemas)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of Object.keys(properties)) {
      const property = properties[key];
      const list = property.type === 'array';
      const refs = refsOf(list ? (property.items as Schema | undefined) : property);
      // Most properties hold no entity: their names are not looked up.
      if (refs.length === 0) continue;
      const collection = collections.get(singularName(key));
      if (collection) name(collection, '', { refs, list });
    }
  }
  const isCollection = (path: string) => !endsWithParameter(path) && pathResource(path, collections)?.exact === true;

  const fromRoute = (method: string, path: string): Finding | undefined => {
    const get = agreed([at('GET', path)]);
    if (method !== 'GET' && get && !at('GET', path)!.list) return { ref: get, list: false, how: `what \`GET ${path}\` returns` };
    if (method === 'POST' && get) return { ref: get, list: false, how: `one of what \`GET ${path}\` lists` };
    if (endsWithParameter(path)) {
      const collection = collectionPath(path);
      const list = at('GET', collection);
      if (list?.list && agreed([list])) return { ref: agreed([list])!, list: false, how: `one of what \`GET ${collection}\` lists` };
      const created = agreed([at('POST', collection)]);
      if (created) return { ref: created, list: false, how: `what \`POST ${collection}\` creates` };
    }
    return undefined;
  };
  const fromSiblings = (method: string, path: string): Finding | undefined => {
    const parent = parentOf(path);
    if (endsWithParameter(path) || endsWithParameter(parent) || isCollection(path)) return undefined;
    const siblings = (children.get(shape(parent)) ?? []).filter((e) => e.method === method && e.path !== path && !endsWithParameter(e.path));
    const ref = agreed(siblings.map((e) => at(e.method, e.path)));
    return ref ? { ref, list: at(method, siblings.find((e) => at(e.method, e.path))!.path)?.list ?? false, how: `what \`${method} ${parent}/...\` returns for its other items` } : undefined;
  };
  const fromName = (method: string, path: string): Finding | undefined => {
    const resource = pathResource(path, collections);
    // A collection's own route, or a POST creating in one (`POST /projects/user/:user_id`).
    const collection = resource?.exact ? resource.literal : method === 'POST' ? resource?.collection : undefined;
    if (!collection) return undefined;
    const all = named.get(collection) ?? [];
    const prefix = prefixOf(shape(path), collection);
    const ref = agreed(all.filter((n) => n.prefix === prefix).map((n) => n.entities)) ?? mostly(all.map((n) => n.entities));
    return ref ? { ref, list: returnsList(method, path), how: `what the docs show of \`${collection}\` elsewhere` } : undefined;
  };
  const fromItem = (method: string, path: string): Finding | undefined => {
    const item = parentOf(path);
    if (method === 'GET' || endsWithParameter(path) || !endsWithParameter(item) || isCollection(path)) return undefined;
    const ref = agreed([at('GET', item)]) ?? fromRoute('GET', item)?.ref ?? fromName('GET', item)?.ref;
    if (!ref) return undefined;
    // Only where the docs show an action on that item returning it.
    const shown = (children.get(shape(item)) ?? []).some((e) => e.method !== 'GET' && e.path !== path
      && !isCollection(e.path) && agreed([entitiesOf(firstBody(e))]) === ref);
    return shown ? { ref, list: false, how: `the item \`${item}\` it acts on, as the other actions on it return` } : undefined;
  };
  // Reads before writes, items before actions on them: what one settles, the next can use, so the
  // passes until nothing changes are few.
  const depths = new Map(open.map(({ endpoint }) => [endpoint, endpoint.path.split('/').length]));
  open.sort((x, y) => Number(x.endpoint.method !== 'GET') - Number(y.endpoint.method !== 'GET') || depths.get(x.endpoint)! - depths.get(y.endpoint)!);
  for (let changed = true; changed;) {
    changed = false;
    for (const item of [...open]) {
      const { endpoint } = item;
      const { method, path } = endpoint;
      const found = fromRoute(method, path) ?? fromSiblings(method, path) ?? fromName(method, path) ?? fromItem(method, path);
      if (!found) continue;
      settle(item, asBody(found.ref, found.list, true));
      ctx.report(endpoint.source, 'inferred-response', 'info',
        `\`${method} ${path}\` shows no example response; its body is taken to be ${found.list ? 'a list of ' : ''}${found.ref}: ${found.how}`);
      close(item);
      changed = true;
    }
  }
  for (const { endpoint, status } of [...open, ...left]) {
    ctx.report(endpoint.source, 'response-without-schema', 'info',
      `\`${endpoint.method} ${endpoint.path}\` documents a ${status} response with a body but shows no example, and its route names no one entity the docs show: no schema`);
  }
}

/** The route up to a collection name: `/projects/{}/hooks` for the route `/projects/{}/hooks/{}`. */
function prefixOf(route: string, literal: string): string {
  return route.slice(0, route.lastIndexOf(`/${literal}`) + literal.length + 1);
}
