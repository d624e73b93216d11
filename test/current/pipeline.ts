// Test helper, in the manner of test/helpers/pipeline.ts: runs the pipeline (parse + openapi and the
// diagnostics, no other emitter) on a docs folder once per test file and hands out the result.
//   const run = await currentRun();       // docs-versions/current, the 18 GitLab 17.x/18.x pages
//   op(run.document, 'get', '/projects/{id}')
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMITTERS, generate, ROOT, type GenerateOptions, type GenerateResult } from '../../scripts/generate.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

/** The current pages (GitLab 17.x and 18.x), read-only; docs-versions/PROVENANCE.txt says what each brings. */
export const CURRENT = join(ROOT, 'docs-versions', 'current');
/** Every page of CURRENT. */
export const ALL_CURRENT_PAGES = readdirSync(CURRENT).filter((f) => f.endsWith('.md')).sort();
/** The first six (GitLab 17.x), whose non-parameter tables the tests counted by hand. */
export const CURRENT_PAGES = ['group_access_tokens.md', 'groups.md', 'merge_requests.md', 'milestones.md', 'project_access_tokens.md', 'projects.md'];

/** generate() on `docs` into a temporary folder that is removed afterwards; no emitter but diagnostics. */
export async function runPipeline(docs: string, options: Partial<GenerateOptions> = {}): Promise<GenerateResult> {
  const out = await mkdtemp(join(tmpdir(), 'gitlab-openapi-current-'));
  try {
    return await generate({ docs, out, noEmit: EMITTERS.map((e) => e.name), ...options });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

let current: Promise<GenerateResult> | undefined;
/** The pipeline on the current pages, run once per test file (the module is loaded once per file). */
export function currentRun(): Promise<GenerateResult> {
  current ??= runPipeline(CURRENT);
  return current;
}

export type Operation = Record<string, any>;

/** The operation at `method path` (OpenAPI form: `/projects/{id}`); throws when there is none. */
export function op(doc: OpenAPIDocument, method: string, path: string): Operation {
  const found = (doc.paths?.[path] as Record<string, Operation> | undefined)?.[method];
  if (!found) throw new Error(`no operation ${method.toUpperCase()} ${path} in the spec`);
  return found;
}

/** Every operation of the spec. */
export function operations(doc: OpenAPIDocument): { method: string; path: string; operation: Operation }[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method))
      .map(([method, operation]) => ({ method, path, operation })));
}

/** A parameter of an operation, or a property of its request body, as `in`, `required` and schema. */
export interface Param {
  in: 'path' | 'query' | 'body';
  required: boolean;
  schema: Record<string, any>;
  description?: string;
  source?: { file: string; line: number };
}

/** The operation's own parameters and body properties by name (the shared `$ref` ones left out). */
export function params(operation: Operation): Record<string, Param> {
  const result: Record<string, Param> = {};
  for (const p of operation.parameters ?? []) {
    if (p.$ref) continue;
    result[p.name] = { in: p.in, required: p.required === true, schema: p.schema, description: p.description, source: p['x-source'] };
  }
  const content = operation.requestBody?.content ?? {};
  const media = content['application/json'] ?? content['multipart/form-data'] ?? Object.values(content)[0];
  const schema = media?.schema ?? {};
  for (const [name, property] of Object.entries<Record<string, any>>(schema.properties ?? {})) {
    result[name] = { in: 'body', required: (schema.required ?? []).includes(name), schema: property, description: property.description, source: property['x-source'] };
  }
  return result;
}

/** A schema in brief: `integer`, `integer|string`, `string[]`, `string{a,b}`, `string(date-time)`. */
export function brief(schema: Record<string, any> | undefined): string {
  if (!schema) return 'none';
  if (schema.$ref) return schema.$ref;
  const type = Array.isArray(schema.type) ? schema.type.join('|') : schema.type ?? (schema.oneOf ?? schema.anyOf ? (schema.oneOf ?? schema.anyOf).map(brief).join('|') : 'any');
  if (type === 'array') return `${brief(schema.items)}[]`;
  return `${type}${schema.format ? `(${schema.format})` : ''}${schema.enum ? `{${schema.enum.join(',')}}` : ''}`;
}

/** `in name*: type` for every own parameter, in the spec's order: path and query first, then body. */
export function signature(operation: Operation): string[] {
  return Object.entries(params(operation)).map(([name, p]) => `${p.in} ${name}${p.required ? '*' : ''}: ${brief(p.schema)}`);
}

/** The documented statuses of an operation, as numbers, sorted. */
export function statuses(operation: Operation): number[] {
  return Object.keys(operation.responses ?? {}).filter((s) => /^\d{3}$/.test(s)).map(Number).sort((a, b) => a - b);
}

/** The JSON schema of a response (application/json), or undefined. */
export function responseSchema(operation: Operation, status: number): Record<string, any> | undefined {
  return operation.responses?.[status]?.content?.['application/json']?.schema;
}

/** A schema with its `$ref` followed (`#/components/schemas/MergeRequest` -> that entity), and its items'. */
export function resolved(doc: OpenAPIDocument, schema: Record<string, any> | undefined): Record<string, any> | undefined {
  if (typeof schema?.$ref === 'string') return resolved(doc, (doc.components?.schemas as Record<string, any>)?.[schema.$ref.split('/').pop()!]);
  if (schema?.type === 'array') return { ...schema, items: resolved(doc, schema.items) };
  return schema;
}
