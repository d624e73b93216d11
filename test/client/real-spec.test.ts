// [slow] The client against the real spec (spec/openapi.json, or $GITLAB_SPEC): one call per tag through
// a server that checks every request against the spec and answers with the docs' example; and the
// editor experience (completion, a wrong path) at the real size, with the types emitTypes produces.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { emitTypes, pathsByTag } from '../../scripts/emit/types.js';
import { createGitLabClient } from '../../src/client/index.js';
import ts from 'typescript';
import { createService, repoRoot } from './helpers/language-service.js';
import { startSpecServer } from './helpers/spec-server.js';
import type { SpecServer } from './helpers/spec-server.js';

const specPath = process.env.GITLAB_SPEC ?? resolve(repoRoot, 'spec/openapi.json');
const haveSpec = existsSync(specPath);
type Json = Record<string, any>;

function deref(doc: Json, value: any): any {
  if (value?.$ref) return deref(doc, value.$ref.slice(2).split('/').reduce((n: any, k: string) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc));
  return value;
}

/** A value that fits `schema`, as a user would pass it. */
function sample(doc: Json, schemaRef: any, name: string): unknown {
  const schema = deref(doc, schemaRef) ?? {};
  if (schema.enum) return schema.enum[0];
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['string'];
  if (name === 'id' && types.includes('string')) return 'group/subgroup/project';
  if (types.includes('integer') || types.includes('number')) return 1;
  if (types.includes('boolean')) return true;
  if (types.includes('array')) return [sample(doc, schema.items, name)];
  if (types.includes('object')) return {};
  return name.includes('path') ? 'lib/a b.rb' : 'feature/x';
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete', 'head'];

describe.skipIf(!haveSpec)(`[slow] against the real spec (${haveSpec ? specPath : 'spec/openapi.json not generated yet: skipped'})`, () => {
  let doc: Json;
  let server: SpecServer;
  beforeAll(async () => {
    doc = JSON.parse(readFileSync(specPath, 'utf8'));
    server = await startSpecServer(doc);
  });
  afterAll(() => server?.close());

  it('one call per tag: every request fits the spec, every answer is the documented example', async () => {
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 'glpat-real-spec-token', retry: false });
    const byTag = pathsByTag(doc as OpenAPIDocument);
    const done: string[] = [];
    for (const [key, { paths }] of byTag) {
      // Prefer a GET (the docs' examples are mostly reads), else the tag's first operation.
      const candidates = paths.flatMap((p) => METHOD_ORDER.filter((m) => doc.paths[p][m]?.tags?.includes(byTag.get(key)!.tag?.name)).map((m) => [p, m] as const));
      const [path, method] = candidates.find(([, m]) => m === 'get') ?? candidates[0];
      const op = doc.paths[path][method];
      const params = [...(doc.paths[path].parameters ?? []), ...(op.parameters ?? [])].map((p: any) => deref(doc, p));
      const pathValues = Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, sample(doc, p.schema, p.name)])) as Record<string, string | number>;
      const query = Object.fromEntries(params.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, sample(doc, p.schema, p.name)]));
      const bodySchema = deref(doc, deref(doc, op.requestBody)?.content?.['application/json']?.schema);
      const body = bodySchema?.properties
        ? Object.fromEntries((bodySchema.required ?? []).map((n: string) => [n, sample(doc, bodySchema.properties[n], n)]))
        : undefined;
      const before = server.violations.length;
      const result = await gitlab.request(method.toUpperCase(), path, { path: pathValues, query, body }).catch((e: Error) => e);
      expect(server.violations.slice(before), `${key}: ${method} ${path}`).toEqual([]);
      expect(result, `${key}: ${method} ${path}`).not.toBeInstanceOf(Error);
      const media = deref(doc, Object.entries(op.responses).find(([s]) => /^2/.test(s))?.[1])?.content?.['application/json'];
      if (media?.example !== undefined) expect((result as { data: unknown }).data, `${key}: ${method} ${path}`).toEqual(media.example);
      done.push(key);
    }
    expect(done.length).toBe(byTag.size);
    expect(done.length).toBe((doc.tags ?? []).filter((t: Json) => [...byTag.values()].some((v) => v.tag?.name === t.name)).length);
  });

  describe('editor experience with the real types', () => {
    const dir = resolve(repoRoot, '.cache/test-client-real');
    const probe = resolve(dir, 'probe.ts');
    const head = `import { createGitLabClient } from '../../src/client/index.js';\nimport type { paths, TagPaths } from './schema.js';\nconst gitlab = createGitLabClient<paths, TagPaths>({ host: 'x' });\n`;
    beforeAll(async () => {
      mkdirSync(dir, { recursive: true });
      const [file] = await emitTypes(doc as OpenAPIDocument);
      writeFileSync(resolve(dir, 'schema.d.ts'), file.content);
    });

    it("completion inside gitlab.issues.GET('') returns the issues page's paths; a wrong path is TS2345, not TS2589; typed calls compile", () => {
      // One language service for both probes: building a program over the real types costs seconds.
      const completion = `${head}gitlab.issues.GET('', {});`;
      const calls = `${head}export async function f() {
  gitlab.issues.GET('/nope', {});
  const { data } = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'a/b' }, query: { state: 'opened' } } });
  const iid: number | undefined = data?.[0]?.iid;
  await gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { title: 'x' } });
  return iid;
}`;
      const other = resolve(dir, 'calls.ts');
      const service = createService({ [probe]: completion, [other]: calls });
      const names = service.getCompletionsAtPosition(probe, completion.indexOf("GET('") + 5, {})?.entries.map((e) => e.name) ?? [];
      const issuesGets = pathsByTag(doc as OpenAPIDocument).get('issues')!.paths.filter((p) => doc.paths[p].get);
      expect(names.sort()).toEqual(issuesGets.sort());
      const sf = service.getProgram()!.getSourceFile(other)!;
      const found = service.getSemanticDiagnostics(other).map((d) => ({
        line: sf.getLineAndCharacterOfPosition(d.start!).line + 1,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
      expect(found.map((d) => [d.line, d.code])).toEqual([[5, 2345]]);
      expect(found[0].message).toContain('/projects/{id}/issues');
    });
  });
});
