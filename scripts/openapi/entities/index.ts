// The response model, built once for the whole document before any operation: every object the
// docs show in a response is collected (collect.ts), grouped into entities (group.ts), each entity
// named (name.ts) and unified into one schema (unify.ts); operations then `$ref` them.
// An entity gets a component schema when a response body is one, when it sits in two or more
// places (`author` of issues and of notes), or under a key naming a collection (a discussion's
// `notes`); any other object (an issue's `_links`) stays inline in its parent. A map
// (`{"Ruby": 66.7, ...}`) is no entity.
import type { Endpoint, SourceRef } from '../../model.js';
import type { SchemaObject } from '../../openapi-document.js';
import type { Context } from '../context.js';
import { asSchemaObject, type Schema } from '../type-schema.js';
import { collectObservations } from './collect.js';
import { groupObservations } from './group.js';
import { candidateNames, nameEntities, type Candidate } from './name.js';
import { collectionsOf } from './resource.js';
import type { Observation, ResponseEvidence, Value } from './types.js';
import { unifyEntity, valueSchema, withNull, type RefTo } from './unify.js';
import { typesByName } from './same-name.js';
import { inferBodies } from './infer.js';

export { operationKey } from './collect.js';

/** The body of one success response, as the entity pass sees it. */
export interface ResponseBody {
  /** Its schema: an entity's `$ref`, a list of them, or what else the docs show. */
  schema: SchemaObject;
  /** A list (of entities or values): a GET returning one is paginated. */
  list: boolean;
  /** Not JSON: a download's media type (`text/plain`, `application/zip`). */
  mediaType?: string;
  /** Taken from the route, the docs showing no example (`x-gitlab-inferred-response`). */
  inferred?: boolean;
  /**
   * Example documents that only add fields to another (`[complement, fullest]`): the spec shows them
   * merged into it, one valid example, not as partial ones (collect.ts).
   */
  complements?: [unknown, unknown][];
}

export interface EntityModel {
  /** Component schemas by name, sorted by name. */
  schemas: Record<string, SchemaObject>;
  /** By operation (`GET /projects/:id/issues`), then status. */
  responses: Map<string, Map<number, ResponseBody>>;
}

export interface EntityOptions {
  /** Names already in use in `components.schemas`. */
  taken?: string[];
  /** Page titles by file (`System hooks`), to qualify names two entities want. */
  titles?: Map<string, string>;
  /** Resolves the links of a table row's description (written on the page of `source`). */
  describe?: (markdown: string, source: SourceRef) => string;
}

// A map, not an entity: keys that are data (`Ruby`, `JavaScript`), not snake_case field names.
const FIELD_NAME = /^[a-z_@$][a-z0-9_]*$/;

function isMap(members: Observation[]): boolean {
  return members.every((m) => m.props.length > 0 && m.props.every(([key]) => !FIELD_NAME.test(key)));
}

/** Each group's parent entities and keys (`12:author`): two or more places make it a named entity. */
function placesOf(members: Observation[], groupOf: number[]): Set<string> {
  const places = new Set<string>();
  for (const member of members) if (member.parent !== undefined) places.add(`${groupOf[member.parent]}:${member.site.key}`);
  return places;
}

/** Inline groups that contain themselves (through other inline ones) must be named to be written. */
function inlineCycles(inline: Set<number>, groups: number[][], observations: Observation[], groupOf: number[]): number[] {
  const children = (group: number) => {
    const result = new Set<number>();
    for (const id of groups[group]) {
      const visit = (value: Value) => {
        if (value.kind === 'object') result.add(groupOf[value.id]);
        else if (value.kind === 'array') value.items.forEach(visit);
        else if (value.kind === 'row' && value.of) visit(value.of);
      };
      const { props } = observations[id];
      for (let i = 0; i < props.length; i++) visit(props[i][1]);
    }
    return [...result].filter((g) => inline.has(g));
  };
  const cyclic: number[] = [];
  const state = new Map<number, 1 | 2>();
  const walk = (group: number): void => {
    state.set(group, 1);
    for (const child of children(group)) {
      if (state.get(child) === 1) cyclic.push(child);
      else if (!state.has(child)) walk(child);
    }
    state.set(group, 2);
  };
  for (const group of [...inline].sort((a, b) => a - b)) if (!state.has(group)) walk(group);
  return [...new Set(cyclic)];
}

function describeRows(observations: Observation[], describe: NonNullable<EntityOptions['describe']>): void {
  const visit = (value: Value) => {
    if (value.kind === 'row') {
      if (value.description) value.description = describe(value.description, value.source);
      if (value.of) visit(value.of);
    } else if (value.kind === 'array') value.items.forEach(visit);
  };
  // Rows are the props of the objects tables describe, all partial (collect.ts): not the examples'.
  for (const { props, partial } of observations) if (partial) for (let i = 0; i < props.length; i++) visit(props[i][1]);
}

/** Whether a schema holds a `$ref` anywhere (what `JSON.stringify(schema)` shows as `"$ref"`). */
function refersToEntity(schema: unknown): boolean {
  if (typeof schema === 'string') return schema === '$ref';
  if (typeof schema !== 'object' || schema === null) return false;
  if (Array.isArray(schema)) return schema.some(refersToEntity);
  for (const key of Object.keys(schema)) if (key === '$ref' || refersToEntity((schema as Record<string, unknown>)[key])) return true;
  return false;
}

const isList = (value: Value): boolean => value.kind === 'array' || (value.kind === 'row' && value.of !== undefined && isList(value.of));

/** What a schema holds, in words, for a diagnostic. */
function describeValue(schema: Schema): string {
  if (schema.additionalProperties) return 'a map (its keys are data, not field names)';
  const types = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (schema.type === 'array') return `a list of ${describeValue(schema.items as Schema).replace(/^an? /, '')}s`;
  if (schema.type === 'object') return 'an empty object';
  return types ? `a ${types}` : 'a value of no known type';
}

/** The groups that become named entities; the others stay inline in their parents (see the top). */
function classify(
  groups: number[][],
  members: Observation[][],
  observations: Observation[],
  groupOf: number[],
  candidates: (g: number) => Candidate[],
): Set<number> {
  const named = new Set<number>();
  const inline = new Set<number>();
  for (let g = 0; g < groups.length; g++) {
    const empty = members[g].every((m) => m.props.length === 0);
    const root = members[g].some((m) => m.parent === undefined);
    // A body, an object in two places, or one under a key that names a collection (`notes`, `project`).
    const entity = root || placesOf(members[g], groupOf).size >= 2 || (candidates(g)[0]?.rank ?? 9) <= 1;
    if (!isMap(members[g]) && !empty && entity) named.add(g);
    else inline.add(g);
  }
  for (const g of inlineCycles(inline, groups, observations, groupOf)) {
    inline.delete(g);
    named.add(g);
  }
  return named;
}

function keysOf(members: Observation[]): Set<string> {
  const keys = new Set<string>();
  for (const { props } of members) for (let i = 0; i < props.length; i++) keys.add(props[i][0]);
  return keys;
}

/** The body schema of each response with evidence, by operation and status. */
function responseBodies(responses: Map<string, Map<number, ResponseEvidence>>, refTo: RefTo, ctx: Context): Map<string, Map<number, ResponseBody>> {
  const bodies = new Map<string, Map<number, ResponseBody>>();
  for (const [operation, byStatus] of responses) {
    const perStatus = new Map<number, ResponseBody>();
    for (const [status, evidence] of byStatus) perStatus.set(status, responseBody(operation, status, evidence, refTo, ctx));
    bodies.set(operation, perStatus);
  }
  return bodies;
}

function responseBody(operation: string, status: number, { examples, tables, source, documents, complements }: ResponseEvidence, refTo: RefTo, ctx: Context): ResponseBody {
  const values = [...examples, ...tables];
  const { schema } = valueSchema(values, refTo);
  const body: ResponseBody = { schema: asSchemaObject(schema), list: values.some(isList) };
  if (complements.length > 0) body.complements = complements.map(([complement, fullest]) => [documents[complement], documents[fullest]]);
  if (!refersToEntity(schema)) {
    ctx.report(source, 'response-not-an-entity', 'info',
      `the ${status} response of \`${operation}\` is ${describeValue(schema)}, not an object the docs describe: no entity`);
  }
  return body;
}

/**
 * The schemas of the groups: a named group's `$ref`, an inline one's schema, each made once (refTo),
 * and the named ones' component schemas. Methods, not closures made per run: the pass is one call
 * of buildEntities, and V8 optimizes what is small and called often sooner and at less cost.
 */
class GroupSchemas {
  private standIns = new Map<number, Schema>();
  // Built on the first field only ever shown as null (same-name.ts).
  private byName: ReturnType<typeof typesByName> | undefined;
  readonly refTo: RefTo = (id) => this.schemaOf(this.groupOf[id]);

  constructor(
    private readonly members: Observation[][],
    private readonly groupOf: number[],
    private readonly names: Map<number, string>,
    private readonly observations: Observation[],
    private readonly ctx: Context,
  ) {}

  private schemaOf(group: number): Schema {
    let schema = this.standIns.get(group);
    if (!schema) {
      const name = this.names.get(group);
      this.standIns.set(group, (schema = name ? { $ref: `#/components/schemas/${name}` } : this.entitySchema(group)));
    }
    return schema;
  }

  private label(group: number): string {
    const name = this.names.get(group);
    if (name) return name;
    const first = this.members[group][0];
    return first.parent === undefined ? first.site.operation : `${this.label(this.groupOf[first.parent])}.${first.site.key}`;
  }

  entitySchema(group: number): Schema {
    const members = this.members[group];
    if (isMap(members)) {
      const values = members.flatMap((m) => m.props.map(([, value]) => value));
      return { type: 'object', additionalProperties: valueSchema(values, this.refTo).schema };
    }
    const { schema, nullOnly } = unifyEntity(members, this.refTo);
    for (const { key, observation } of nullOnly) {
      const named = (this.byName ??= typesByName(this.observations))(key);
      if (named) {
        const properties = schema.properties as Record<string, Schema>;
        properties[key] = { ...withNull(named.schema), ...properties[key], 'x-gitlab-type-inferred': true };
        this.ctx.report(observation.site.source, 'type-inferred', 'info',
          `\`${key}\` of ${this.label(group)} is \`null\` in every example and no table types it: typed ${describeValue(named.schema).replace(/^an? /, '')} or null ${named.evidence}`);
        continue;
      }
      this.ctx.report(observation.site.source, 'null-only-property', 'info',
        `\`${key}\` of ${this.label(group)} is \`null\` in every example and no table types it: left untyped (any value, or null)`);
    }
    return schema;
  }
}

export function buildEntities(endpoints: Endpoint[], ctx: Context, options: EntityOptions = {}): EntityModel {
  const { observations, responses, operations, unshown } = collectObservations(endpoints);
  if (options.describe) describeRows(observations, options.describe);
  const evidence: ResponseEvidence[] = [];
  for (const byStatus of responses.values()) for (const item of byStatus.values()) evidence.push(item);
  const collections = collectionsOf(endpoints);
  const { groupOf, groups } = groupObservations(observations, evidence, collections);
  const members = groups.map((ids) => ids.map((id) => observations[id]));

  // Candidate names, computed for the groups that need them only.
  const candidateCache: (Candidate[] | undefined)[] = [];
  const candidates = (g: number) => (candidateCache[g] ??= candidateNames(members[g], collections));
  const named = classify(groups, members, observations, groupOf, candidates);
  const names = nameEntities({
    groups: [...named].map((index) => ({ index, members: members[index], keys: keysOf(members[index]) })),
    collections,
    candidates,
    parentName: (observation) => candidates(groupOf[observation.parent!])[0]?.name,
    titleOf: (file) => options.titles?.get(file),
    taken: options.taken ?? [],
  });

  const groupSchemas = new GroupSchemas(members, groupOf, names, observations, ctx);
  const schemas: Record<string, SchemaObject> = {};
  for (const [group, name] of [...names].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
    const first = members[group][0].site.source;
    schemas[name] = asSchemaObject({ ...groupSchemas.entitySchema(group), 'x-source': { file: first.file, line: first.line } });
  }
  const bodies = responseBodies(responses, groupSchemas.refTo, ctx);
  inferBodies(endpoints, operations, unshown, bodies, schemas as Record<string, Schema>, collections, ctx);
  return { schemas, responses: bodies };
}
