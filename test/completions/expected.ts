// What the completion must offer, computed straight from the spec by the conventions (not by the
// CLI's command table): per operation, its path/query/header parameters (Sudo is the global
// --sudo) and its request body's properties, as `--name` with a trailing `[]` dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec, specPath } from '../helpers/pipeline.js';

/** The CLI's global options, as issues 4 and 14 list them. */
export const GLOBALS = [
  '--url', '--token', '--oauth-token', '--job-token', '--sudo', '--config', '--output', '--output-file', '--include',
  '--paginate', '--all', '--max-pages', '--data', '--timeout', '--dry-run', '--verbose', '--help', '--version',
];
/** Options of `gitlab-api api` only. */
export const API_OPTIONS = ['--method', '--field', '--raw-field', '--header', '--input'];
/** Options of operations that return a list (and of api). */
export const LIST_OPTIONS = ['--paginate', '--all', '--max-pages'];
/** What `gitlab-api --` offers: every global option but those of a body, a list or api. */
export const BEFORE_COMMAND = GLOBALS.filter((g) => g !== '--data' && !LIST_OPTIONS.includes(g));
export const JUNK = ['--true=', '--false=', '--null=', '--_=', '--true', '--false', '--null', '--_'];

const root = join(import.meta.dirname, '../..');
export const FIXTURE_SPEC = join(root, 'test/cli/fixtures/openapi.json');

/**
 * The spec this test run generated from docs-source (test/setup/pipeline.ts), so "every operation"
 * means every operation the pipeline produces now, not a stale copy. GITLAB_API_TEST_SPEC: another
 * spec to try (spec/openapi.json, a generate --out run, a fork's spec).
 */
export function specUnderTest(): { name: string; path: string; doc: any; fromDocs: boolean } {
  const override = process.env.GITLAB_API_TEST_SPEC;
  if (override) return { name: override, path: override, doc: JSON.parse(readFileSync(override, 'utf8')), fromDocs: false };
  return { name: 'spec of docs-source', path: specPath('json'), doc: loadSpec(), fromDocs: true };
}

/** docs-source documents hundreds of operations: a spec of a handful means the pipeline broke, and "all pass" would say nothing. */
export const MIN_DOCS_OPERATIONS = 300;

export function resolve(doc: any, node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return node ?? {};
}

export interface ExpectedOperation {
  /** The spec's x-gitlab-command: `project-issue list`. */
  name: string;
  method: string;
  /** POST/PUT/PATCH or a request body: `--data` is offered. */
  body: boolean;
  /** Returns a list (x-gitlab-paginated, or a 2xx array schema): `--paginate` is offered. */
  list: boolean;
  params: { flag: string; required: boolean; enum?: string[]; file: boolean; boolean: boolean; array: boolean }[];
}

export function expectedOperations(doc: any): ExpectedOperation[] {
  const ops: ExpectedOperation[] = [];
  for (const [, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']) {
      const op = item[method];
      if (!op) continue;
      const params: ExpectedOperation['params'] = [];
      const add = (name: string, schema: any, required: boolean) => {
        const flag = `--${name.replace(/\[\]$/, '')}`;
        if (params.some((p) => p.flag === flag)) return;
        const s = resolve(doc, schema);
        const items = resolve(doc, s.items);
        const e = s.enum ?? items.enum;
        params.push({
          flag,
          required,
          enum: e?.filter((v: unknown) => v !== null).map(String),
          file: s.format === 'binary' || items.format === 'binary',
          boolean: s.type === 'boolean',
          array: s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array')),
        });
      };
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = resolve(doc, raw);
        if (p.in === 'cookie' || (p.in === 'header' && p.name.toLowerCase() === 'sudo')) continue;
        add(p.name, p.schema, p.in === 'path' || !!p.required);
      }
      const content = resolve(doc, op.requestBody).content ?? {};
      const media = content['multipart/form-data'] ?? content['application/json'] ?? Object.values<any>(content)[0];
      if (media) {
        const schema = resolve(doc, media.schema);
        for (const [name, s] of Object.entries<any>(schema.properties ?? {})) add(name, s, (schema.required ?? []).includes(name));
      }
      const list = !!op['x-gitlab-paginated'] || Object.entries<any>(op.responses ?? {}).some(([status, r]) => status.startsWith('2') && resolve(doc, resolve(doc, r).content?.['application/json']?.schema).type === 'array');
      ops.push({ name: op['x-gitlab-command'], method: method.toUpperCase(), body: !!media || ['post', 'put', 'patch'].includes(method), list, params });
    }
  }
  return ops;
}

/** The global options an operation reaches: not shadowed, `--data` only with a body, `--paginate` only for a list. */
export function globalsOf(op: ExpectedOperation): string[] {
  const own = new Set(op.params.map((p) => p.flag));
  return GLOBALS.filter((g) => !own.has(g) && (g !== '--data' || op.body) && (!LIST_OPTIONS.includes(g) || op.list));
}

/**
 * Every candidate after `gitlab-api <resource> <verb> --`: the operation's parameters in order,
 * required ones first (spec order otherwise), then the global options it reaches (globalsOf), in
 * any order; no `--no-` form until `--no` is typed. Returns what is wrong, or nothing.
 */
export function checkCandidates(got: string[], op: ExpectedOperation): string[] {
  const params = [...op.params.filter((p) => p.required), ...op.params.filter((p) => !p.required)].map((p) => p.flag);
  const globals = globalsOf(op);
  const problems: string[] = [];
  const head = got.slice(0, params.length);
  if (JSON.stringify(head) !== JSON.stringify(params)) problems.push(`${op.name}: parameters ${head.join(' ')}; want ${params.join(' ')}`);
  const tail = got.slice(params.length);
  if (JSON.stringify([...tail].sort()) !== JSON.stringify([...globals].sort())) problems.push(`${op.name}: then ${tail.join(' ')}; want the global options ${globals.join(' ')}`);
  for (const j of JUNK) if (got.includes(j)) problems.push(`${op.name}: junk ${j}`);
  return problems;
}
