// What the gitlab-api-v4 completion must offer, computed here straight from the spec and the method
// table by the CLI's rules (not by the emitter's code): a method's operation is the spec's path
// whose segments equal the method's route, any placeholder matching any placeholder; its keys are
// the operation's query parameters and request-body properties (path parameters are the
// arguments; the CLI sends no headers), required first, when the method takes \%params at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodTable, PerlMethod } from '../../../scripts/emit/gitlab-api-v4/method-table.js';
import { resolve } from '../../completions/expected.js';

export const TABLE: MethodTable = JSON.parse(readFileSync(join(import.meta.dirname, '../../../scripts/emit/gitlab-api-v4/methods.json'), 'utf8'));

/** The junk of the script attached to Debian bug #913055 (backticked words of the docs taken for parameters). */
export const JUNK = ['true', 'false', 'null', '_', 'no', 'yes'];

export interface ExpectedKey {
  key: string;
  required: boolean;
  enum?: string[];
  boolean: boolean;
  /** An upload (`format: binary`). */
  binary: boolean;
  in: 'query' | 'body';
}

export interface ExpectedMethod {
  method: PerlMethod;
  /** `create-issue`. */
  name: string;
  /** The operation, when exactly one spec path matches. */
  operation?: { verb: string; path: string };
  keys: ExpectedKey[];
}

function pathPattern(route: string): RegExp {
  const segments = route.split('/').map((s) => (s.startsWith(':') ? '\\{[^/{}]+\\}' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}$`);
}

export function operationKeys(doc: any, path: string, verb: string): ExpectedKey[] {
  const item = resolve(doc, doc.paths[path]);
  const op = item[verb.toLowerCase()];
  const keys: ExpectedKey[] = [];
  const add = (name: string, schema: any, required: boolean, where: 'query' | 'body') => {
    if (keys.some((k) => k.key === name)) return;
    const s = resolve(doc, schema);
    const items = resolve(doc, s.items);
    const values = s.enum ?? items.enum;
    keys.push({ key: name, required, in: where, boolean: s.type === 'boolean', binary: s.format === 'binary' || items.format === 'binary', ...(values ? { enum: values.filter((v: unknown) => v !== null).map(String) } : {}) });
  };
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = resolve(doc, raw);
    if (p.in === 'query') add(p.name, p.schema, !!p.required, 'query');
  }
  const content = resolve(doc, op.requestBody).content ?? {};
  const media = content['multipart/form-data'] ?? content['application/json'] ?? Object.values<any>(content)[0];
  if (media) {
    const schema = resolve(doc, media.schema);
    for (const [name, s] of Object.entries<any>(schema.properties ?? {})) add(name, s, (schema.required ?? []).includes(name), 'body');
  }
  return [...keys.filter((k) => k.required), ...keys.filter((k) => !k.required)];
}

/** Every method of the table, with its operation when exactly one spec path matches. */
export function expectedMethods(doc: any, table: MethodTable = TABLE): ExpectedMethod[] {
  return table.methods.map((method) => {
    const pattern = pathPattern(method.route);
    const paths = Object.keys(doc.paths ?? {}).filter((p) => pattern.test(p) && resolve(doc, doc.paths[p])[method.verb.toLowerCase()]);
    const name = method.name.replace(/_/g, '-');
    if (paths.length !== 1) return { method, name, keys: [] };
    const all = method.params === 'none' ? [] : operationKeys(doc, paths[0], method.verb);
    // edit_project_multipart uploads every value as a file: only the uploads fit.
    const keys = method.params === 'files' ? all.filter((k) => k.binary) : all;
    return { method, name, operation: { verb: method.verb, path: paths[0] }, keys };
  });
}
