// What the completion must offer, computed straight from the spec by the conventions (not by the
// CLI's command table): per operation, its path/query/header parameters (Sudo is the global
// --sudo) and its request body's properties, as `--name` with a trailing `[]` dropped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CLI's global options, as issue 4 lists them. */
export const GLOBALS = [
  '--url', '--token', '--oauth-token', '--job-token', '--sudo', '--config', '--output', '--include',
  '--paginate', '--all', '--max-pages', '--data', '--dry-run', '--verbose', '--help', '--version',
];
export const JUNK = ['--true=', '--false=', '--null=', '--_=', '--true', '--false', '--null', '--_'];

const root = join(import.meta.dirname, '../..');
export const REAL_SPEC = join(root, 'spec/openapi.json');
export const FIXTURE_SPEC = join(root, 'test/cli/fixtures/openapi.json');

/** The real spec once the openapi stage has produced it, else the fixture. */
export function specUnderTest(): { name: string; doc: any } {
  // GITLAB_API_TEST_SPEC: another spec to try (a generate --out run, a fork's spec).
  const path = process.env.GITLAB_API_TEST_SPEC ?? (existsSync(REAL_SPEC) ? REAL_SPEC : FIXTURE_SPEC);
  const name = path === REAL_SPEC ? 'spec/openapi.json' : path === FIXTURE_SPEC ? 'fixture spec' : path;
  return { name, doc: JSON.parse(readFileSync(path, 'utf8')) };
}

function resolve(doc: any, node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref.slice(2).split('/').reduce((o: any, k: string) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return node ?? {};
}

export interface ExpectedOperation {
  name: string;
  method: string;
  params: { flag: string; required: boolean; enum?: string[]; file: boolean; boolean: boolean }[];
}

const kebab = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();

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
      ops.push({ name: kebab(op.operationId), method: method.toUpperCase(), params });
    }
  }
  return ops;
}

/** Candidates minus the global options: must equal the operation's own parameters. */
export function ownParams(candidates: string[], op: ExpectedOperation): string[] {
  const own = new Set(op.params.map((p) => p.flag));
  return candidates.filter((c) => own.has(c) || !GLOBALS.includes(c));
}
