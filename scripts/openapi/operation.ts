// One (merged) endpoint -> an Operation Object: parameters by location, request body, responses,
// pagination, and the project's extensions (x-source, x-gitlab-command, x-gitlab-tier,
// x-gitlab-offering, x-gitlab-status).
import type { Endpoint, Parameter } from '../model.js';
import type { OperationObject, ParameterObject, ReferenceObject } from '../openapi-document.js';
import { toParameter, xSource } from './parameter.js';
import { schemaTypes, typeToSchema } from './type-schema.js';
import { toCodeSamples } from './code-samples.js';
import { toRequestBody } from './request-body.js';
import { toResponses } from './response.js';
import type { ResponseBody } from './entities/index.js';
import { pathParameterNames } from './merge-endpoints.js';
import type { Context } from './context.js';
import { AS_WRITTEN, type Describe } from './docs-links.js';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Drop the second row of a name documented twice in one section (OpenAPI wants names unique). */
function uniqueParameters(endpoint: Endpoint, ctx: Context): Parameter[] {
  const seen = new Set<string>();
  const result: Parameter[] = [];
  for (const param of endpoint.parameters) {
    if (seen.has(param.name)) {
      ctx.report(param.source, 'duplicate-parameter', 'warning',
        `\`${param.name}\` is documented twice for \`${endpoint.method} ${endpoint.path}\`; the first row is used`);
      continue;
    }
    seen.add(param.name);
    result.push(param);
  }
  return result;
}

function pathParameter(name: string, documented: Parameter | undefined, endpoint: Endpoint, ctx: Context, describe: Describe): ParameterObject {
  if (documented && documented.form !== 'path') return toParameter(documented, 'path', ctx, describe);
  ctx.report(endpoint.source, 'path-parameter-without-row', 'warning',
    `Path parameter \`${name}\` of \`${endpoint.method} ${endpoint.path}\` has no documented row`);
  // The parse stage made a row for it, typed by what the docs say elsewhere (parse/type-inference.ts).
  if (documented) {
    if (documented.typeInferred) {
      ctx.report(endpoint.source, 'type-inferred', 'info',
        `Path parameter \`${name}\` of \`${endpoint.method} ${endpoint.path}\` read as \`${schemaTypes(typeToSchema(documented.type)).join(' or ')}\` from ${documented.typeInferred}`);
    }
    return toParameter(documented, 'path', ctx, describe);
  }
  // A path segment is a string; nothing more is known.
  return { name, in: 'path', required: true, schema: { type: 'string' }, 'x-source': xSource(endpoint.source) };
}

export interface OperationOptions {
  /** From method and path (naming.ts). */
  operationId: string;
  /** The CLI's `<resource> <verb>`, recorded as `x-gitlab-command` for the command table. */
  command: string;
  tag: string;
  /** What the entity pass found for the success responses, by status. */
  bodies?: Map<number, ResponseBody>;
  /**
   * Writes each description (the operation's, its parameters', its responses'): the page's links
   * resolved where they are made, rather than in a walk over the finished operation.
   */
  describe?: Describe;
}

export function toOperation(endpoint: Endpoint, options: OperationOptions, ctx: Context): OperationObject {
  const describe = options.describe ?? AS_WRITTEN;
  const params = uniqueParameters(endpoint, ctx);
  const pathNames = pathParameterNames(endpoint.path);
  // One array literal filled by push: built by `map` it started out holey (or empty) and then took
  // objects, and the optimized code was thrown away for that on later runs (a different elements kind).
  const parameters: (ParameterObject | ReferenceObject)[] = [];
  for (const name of pathNames) parameters.push(pathParameter(name, params.find((p) => p.name === name), endpoint, ctx, describe));
  const rest = params.filter((p) => !pathNames.includes(p.name));
  const inBody = BODY_METHODS.has(endpoint.method);
  if (!inBody) for (const p of rest) parameters.push(toParameter(p, 'query', ctx, describe));
  const { responses, paginated, inferred } = toResponses(endpoint, options.bodies, describe);
  if (paginated) {
    // Unless the section documents them itself (names must be unique per location).
    for (const name of ['page', 'per_page']) {
      if (!rest.some((p) => p.name === name)) parameters.push({ $ref: `#/components/parameters/${name}` });
    }
  }
  parameters.push({ $ref: '#/components/parameters/Sudo' });

  const operation: OperationObject = {
    operationId: options.operationId,
    summary: endpoint.heading,
    description: describe(endpoint.description.trim() || endpoint.heading),
    tags: [options.tag],
  };
  if (endpoint.deprecated) operation.deprecated = true;
  operation.parameters = parameters;
  if (inBody) {
    const body = toRequestBody(rest, endpoint, ctx, describe);
    if (body) operation.requestBody = body;
  }
  operation.responses = responses;
  const samples = toCodeSamples(endpoint);
  if (samples.length) operation['x-codeSamples'] = samples;
  operation['x-source'] = xSource(endpoint.source);
  operation['x-gitlab-command'] = options.command;
  if (paginated) operation['x-gitlab-paginated'] = true;
  // The docs show no example of the body: its schema is the entity the route names (entities/infer.ts).
  if (inferred) operation['x-gitlab-inferred-response'] = true;
  if (endpoint.availability?.tier?.length) operation['x-gitlab-tier'] = endpoint.availability.tier;
  if (endpoint.availability?.offering?.length) operation['x-gitlab-offering'] = endpoint.availability.offering;
  // `**Status:** Experiment` / `Beta`: clients should not rely on such an operation staying as it is.
  if (endpoint.availability?.status) operation['x-gitlab-status'] = endpoint.availability.status;
  return operation;
}
