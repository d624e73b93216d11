// Small specs and method tables for the unit tests: a spec of operations given as
// `VERB /path` with query parameters and body properties, and methods given as the module has them.
import type { MethodTable, PerlMethod } from '../../../scripts/emit/gitlab-api-v4/method-table.js';

export interface Op {
  /** `POST /projects/{id}/issues` */
  op: string;
  summary?: string;
  query?: Record<string, object>;
  body?: Record<string, object>;
  required?: string[];
}

export function specOf(...ops: Op[]): any {
  const paths: Record<string, any> = {};
  ops.forEach(({ op, summary, query = {}, body, required = [] }, n) => {
    const [verb, path] = op.split(' ');
    const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    paths[path] ??= {};
    paths[path][verb.toLowerCase()] = {
      operationId: `op${n}`,
      summary: summary ?? op,
      parameters: [
        ...placeholders.map((name) => ({ name, in: 'path', required: true, description: `the ${name}`, schema: { type: 'string' } })),
        { name: 'Sudo', in: 'header', schema: { type: 'string' } },
        ...Object.entries(query).map(([name, schema]) => ({ name, in: 'query', required: required.includes(name), schema })),
      ],
      ...(body ? { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: body, required: required.filter((r) => r in body) } } } } } : {}),
      responses: { 200: { description: 'OK' } },
    };
  });
  return { openapi: '3.1.0', info: { title: 'fixture', version: '1' }, paths };
}

export function methodOf(name: string, request: string, params: PerlMethod['params'] = 'query'): PerlMethod {
  const [verb, route] = request.split(' ');
  return { name, verb: verb as PerlMethod['verb'], route, args: [...route.matchAll(/:(\w+)/g)].map((m) => m[1]), params, section: 'Things', line: 1 };
}

export function tableOf(...methods: PerlMethod[]): MethodTable {
  return {
    source: { module: 'GitLab::API::v4', version: '0.26', files: [] },
    cli: { commands: ['help'], options: [{ names: ['url'], value: true, description: 'Sets url.' }, { names: ['all', 'a'], value: false, description: '' }], aliases: { access_level: ['guest', 'owner'] } },
    methods,
  };
}
