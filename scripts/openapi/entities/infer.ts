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

/** What the pass knows of the routes while it settles bodies: their bodies, shapes, children, names. */
class Routes {
  // Asked again and again of the same bodies while the routes are searched.
  private entitiesCache = new Map<ResponseBody, Entities | undefined>();
  private shapes = new Map<string, string>();
  // By method, then route shape: strings already at hand, not a key built at each question.
  private byRoute = new Map<string, Map<string, ResponseBody>>();
  // The body of an operation's first success status, as known when the pass starts.
  private firsts = new Map<Endpoint, ResponseBody | undefined>();
  // Sections by anchor, for "the same as [...](#anchor)": built when a section says so.
  private byAnchor: Map<string, Endpoint> | undefined;
  // The routes one segment below each route (`/projects/{}/services` -> `.../asana`, `.../jira`).
  private children = new Map<string, Endpoint[]>();
  // The entities each collection name stands for (nameCollections).
  private named = new Map<string, { prefix: string; entities: Entities }[]>();

  constructor(
    private readonly endpoints: Endpoint[],
    operations: string[],
    private readonly bodies: Map<string, Map<number, ResponseBody>>,
    private readonly collections: Map<string, string>,
  ) {
    for (let index = 0; index < endpoints.length; index++) {
      const endpoint = endpoints[index];
      const body = firstOf(bodies.get(operations[index]));
      this.firsts.set(endpoint, body);
      if (body) this.setRouteBody(endpoint.method, endpoint.path, body, true);
      const parent = this.shape(parentOf(endpoint.path));
      const siblings = this.children.get(parent);
      if (siblings) siblings.push(endpoint);
      else this.children.set(parent, [endpoint]);
    }
  }

  entitiesOf(body: ResponseBody | undefined): Entities | undefined {
    if (!body) return undefined;
    let entities = this.entitiesCache.get(body);
    if (entities === undefined && !this.entitiesCache.has(body)) this.entitiesCache.set(body, (entities = findEntities(body)));
    return entities;
  }

  shape(path: string): string {
    let result = this.shapes.get(path);
    if (result === undefined) this.shapes.set(path, (result = shapeOf(path)));
    return result;
  }

  /** The route's body: the last documented one, or the first one inferred. */
  private setRouteBody(method: string, path: string, body: ResponseBody, documented: boolean): void {
    let routes = this.byRoute.get(method);
    if (!routes) this.byRoute.set(method, (routes = new Map()));
    if (documented || !routes.has(this.shape(path))) routes.set(this.shape(path), body);
  }

  firstBody(endpoint: Endpoint): ResponseBody | undefined {
    return this.firsts.get(endpoint);
  }

  anchored(file: string, anchor: string): Endpoint | undefined {
    this.byAnchor ??= new Map(this.endpoints.filter((e) => e.anchor).map((e) => [`${e.file}#${e.anchor}`, e]));
    return this.byAnchor.get(`${file}#${anchor}`);
  }

  at(method: string, path: string): Entities | undefined {
    return this.entitiesOf(this.byRoute.get(method)?.get(this.shape(path)));
  }

  settle({ endpoint, status, operation }: Unshown, body: ResponseBody): void {
    let perStatus = this.bodies.get(operation);
    if (!perStatus) this.bodies.set(operation, (perStatus = new Map()));
    perStatus.set(status, body);
    this.setRouteBody(endpoint.method, endpoint.path, body, false);
  }

  /**
   * The entities each collection name stands for: what the routes of that name return (by the route
   * up to the name), and what the entities' properties of that name hold (a discussion's `notes`).
   */
  nameCollections(schemas: Record<string, Schema>): void {
    for (const endpoint of this.endpoints) {
      const resource = pathResource(endpoint.path, this.collections);
      const entities = this.entitiesOf(this.firstBody(endpoint));
      if (resource?.exact && entities) this.name(resource.literal, prefixOf(this.shape(endpoint.path), resource.literal), entities);
    }
    for (const schema of Object.values(schemas)) {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of Object.keys(properties)) {
        const property = properties[key];
        const list = property.type === 'array';
        const refs = refsOf(list ? (property.items as Schema | undefined) : property);
        // Most properties hold no entity: their names are not looked up.
        if (refs.length === 0) continue;
        const collection = this.collections.get(singularName(key));
        if (collection) this.name(collection, '', { refs, list });
      }
    }
  }

  private name(literal: string, prefix: string, entities: Entities): void {
    const all = this.named.get(literal);
    if (all) all.push({ prefix, entities });
    else this.named.set(literal, [{ prefix, entities }]);
  }

  private isCollection(path: string): boolean {
    return !endsWithParameter(path) && pathResource(path, this.collections)?.exact === true;
  }

  /** The entity the route names (rules 3 at the top), if one. */
  find(method: string, path: string): Finding | undefined {
    return this.fromRoute(method, path) ?? this.fromSiblings(method, path) ?? this.fromName(method, path) ?? this.fromItem(method, path);
  }

  private fromRoute(method: string, path: string): Finding | undefined {
    const get = agreed([this.at('GET', path)]);
    if (method !== 'GET' && get && !this.at('GET', path)!.list) return { ref: get, list: false, how: `what \`GET ${path}\` returns` };
    if (method === 'POST' && get) return { ref: get, list: false, how: `one of what \`GET ${path}\` lists` };
    if (endsWithParameter(path)) {
      const collection = collectionPath(path);
      const list = this.at('GET', collection);
      if (list?.list && agreed([list])) return { ref: agreed([list])!, list: false, how: `one of what \`GET ${collection}\` lists` };
      const created = agreed([this.at('POST', collection)]);
      if (created) return { ref: created, list: false, how: `what \`POST ${collection}\` creates` };
    }
    return undefined;
  }

  private fromSiblings(method: string, path: string): Finding | undefined {
    const parent = parentOf(path);
    if (endsWithParameter(path) || endsWithParameter(parent) || this.isCollection(path)) return undefined;
    const siblings = (this.children.get(this.shape(parent)) ?? []).filter((e) => e.method === method && e.path !== path && !endsWithParameter(e.path));
    const ref = agreed(siblings.map((e) => this.at(e.method, e.path)));
    return ref ? { ref, list: this.at(method, siblings.find((e) => this.at(e.method, e.path))!.path)?.list ?? false, how: `what \`${method} ${parent}/...\` returns for its other items` } : undefined;
  }

  private fromName(method: string, path: string): Finding | undefined {
    const resource = pathResource(path, this.collections);
    // A collection's own route, or a POST creating in one (`POST /projects/user/:user_id`).
    const collection = resource?.exact ? resource.literal : method === 'POST' ? resource?.collection : undefined;
    if (!collection) return undefined;
    const all = this.named.get(collection) ?? [];
    const prefix = prefixOf(this.shape(path), collection);
    const ref = agreed(all.filter((n) => n.prefix === prefix).map((n) => n.entities)) ?? mostly(all.map((n) => n.entities));
    return ref ? { ref, list: returnsList(method, path), how: `what the docs show of \`${collection}\` elsewhere` } : undefined;
  }

  private fromItem(method: string, path: string): Finding | undefined {
    const item = parentOf(path);
    if (method === 'GET' || endsWithParameter(path) || !endsWithParameter(item) || this.isCollection(path)) return undefined;
    const ref = agreed([this.at('GET', item)]) ?? this.fromRoute('GET', item)?.ref ?? this.fromName('GET', item)?.ref;
    if (!ref) return undefined;
    // Only where the docs show an action on that item returning it.
    const shown = (this.children.get(this.shape(item)) ?? []).some((e) => e.method !== 'GET' && e.path !== path
      && !this.isCollection(e.path) && agreed([this.entitiesOf(this.firstBody(e))]) === ref);
    return shown ? { ref, list: false, how: `the item \`${item}\` it acts on, as the other actions on it return` } : undefined;
  }
}

/** The body of the first (lowest) status of a response map. */
function firstOf(perStatus: Map<number, ResponseBody> | undefined): ResponseBody | undefined {
  if (!perStatus) return undefined;
  let first: number | undefined;
  for (const status of perStatus.keys()) if (first === undefined || status < first) first = status;
  return first === undefined ? undefined : perStatus.get(first);
}

const remove = <T>(list: T[], item: T) => list.splice(list.indexOf(item), 1);

/** Downloads and "same as": they follow what the section says (rules 1 and 2 at the top). */
function settleDeclared(routes: Routes, open: Unshown[], ctx: Context): void {
  for (const item of [...open]) {
    const { endpoint } = item;
    const download = downloadOf(endpoint);
    if (download) {
      routes.settle(item, { schema: asSchemaObject(download.schema), list: false, mediaType: download.mediaType });
      remove(open, item);
      continue;
    }
    const same = SAME_AS.exec(endpoint.description);
    if (!same) continue;
    const file = same[1] ? same[1].replace(/^.*\//, '') : endpoint.file;
    const target = routes.anchored(file, same[2]);
    const ref = target ? agreed([routes.entitiesOf(routes.firstBody(target))]) : undefined;
    if (!ref) continue;
    routes.settle(item, asBody(ref, returnsList(endpoint.method, endpoint.path), false));
    ctx.report(endpoint.source, 'response-same-as', 'info',
      `\`${endpoint.method} ${endpoint.path}\` returns the same as \`${target!.method} ${target!.path}\` (${file}#${same[2]}): ${ref}`);
    remove(open, item);
  }
}

/** The entities the routes name (rule 3 at the top), in passes until one settles nothing more. */
function settleFromRoutes(routes: Routes, open: Unshown[], ctx: Context): void {
  // Reads before writes, items before actions on them: what one settles, the next can use, so the
  // passes until nothing changes are few.
  const depths = new Map(open.map(({ endpoint }) => [endpoint, endpoint.path.split('/').length]));
  open.sort((x, y) => Number(x.endpoint.method !== 'GET') - Number(y.endpoint.method !== 'GET') || depths.get(x.endpoint)! - depths.get(y.endpoint)!);
  for (let changed = true; changed;) {
    changed = false;
    for (const item of [...open]) {
      const { endpoint } = item;
      const { method, path } = endpoint;
      const found = routes.find(method, path);
      if (!found) continue;
      routes.settle(item, asBody(found.ref, found.list, true));
      ctx.report(endpoint.source, 'inferred-response', 'info',
        `\`${method} ${path}\` shows no example response; its body is taken to be ${found.list ? 'a list of ' : ''}${found.ref}: ${found.how}`);
      remove(open, item);
      changed = true;
    }
  }
}

/**
 * Fills `bodies` (by operation, then status) for the success responses of `endpoints` that carry a
 * body the docs show no example of, `unshown` (rules at the top of this file). The steps are
 * functions and methods, not closures of one function: called once a run, a big function is
 * optimized late and at great cost (70-200 ms of compiler-thread CPU, --trace-opt).
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
  const routes = new Routes(endpoints, operations, bodies, collections);
  // The open responses: a success status that carries a body, with nothing known of it. A DELETE's
  // (`202 Accepted`) is only reported: it returns nothing the route could name.
  const open: Unshown[] = [];
  const left: Unshown[] = [];
  for (const item of unshown) (item.endpoint.method === 'DELETE' ? left : open).push(item);
  settleDeclared(routes, open, ctx);
  routes.nameCollections(schemas);
  settleFromRoutes(routes, open, ctx);
  for (const { endpoint, status } of [...open, ...left]) {
    ctx.report(endpoint.source, 'response-without-schema', 'info',
      `\`${endpoint.method} ${endpoint.path}\` documents a ${status} response with a body but shows no example, and its route names no one entity the docs show: no schema`);
  }
}

/** The route up to a collection name: `/projects/{}/hooks` for the route `/projects/{}/hooks/{}`. */
function prefixOf(route: string, literal: string): string {
  return route.slice(0, route.lastIndexOf(`/${literal}`) + literal.length + 1);
}
