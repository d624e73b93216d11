// [slow] The client against the real spec (spec/openapi.json, or $GITLAB_SPEC): one call per tag through
// a server that checks every request against the spec and answers with the docs' example; typed calls
// with the shipped types (generated/schema.d.ts); and the editor experience (completion, wrong calls) at
// the real size, through the TypeScript language service over generated/schema.d.ts.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { pathsByTag } from '../../scripts/emit/types.js';
import { createGitLabClient } from '../../src/client/index.js';
import type { paths } from '../../src/client/index.js';
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

  it('typed calls through the tag views (the shipped types): results typed, and equal to the docs\' examples', async () => {
    // The client's default types are generated/schema.d.ts: what a user of the package gets.
    const gitlab = createGitLabClient({ baseUrl: server.apiRoot, token: 'glpat-real-spec-token', retry: false });
    const example = (path: string, method: string) => {
      const op = doc.paths[path][method];
      return deref(doc, Object.entries(op.responses).find(([s]) => /^2/.test(s))![1]).content['application/json'].example;
    };
    const before = server.violations.length;

    const issues = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'group/subgroup/project' }, query: { state: 'opened', 'iids[]': [1, 2] } } });
    // throwOnError (the default) narrows: no `?.`, no `!`.
    expectTypeOf(issues.data[0].project_id).toEqualTypeOf<number>();
    expectTypeOf(issues.data[0].title).toEqualTypeOf<paths['/projects/{id}/issues']['get']['responses'][200]['content']['application/json'][number]['title']>();
    const first: number = issues.data[0].project_id;
    expect(first).toBe(example('/projects/{id}/issues', 'get')[0].project_id);
    expect(server.matched.at(-1)).toMatchObject({ operationId: 'listProjectIssues', path: { id: 'group/subgroup/project' }, query: { state: ['opened'], 'iids[]': ['1', '2'] } });

    const created = await gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 4 } }, body: { title: 'Issues with auth', labels: 'bug' } });
    const title: string | undefined = created.data?.title;
    expect([created.response.status, title]).toEqual([201, example('/projects/{id}/issues', 'post').title]);

    const file = await gitlab.repositoryFiles.GET('/projects/{id}/repository/files/{file_path}', { params: { path: { id: '13083', file_path: 'lib/a b.rb' }, query: { ref: 'master' } } });
    expect(file.data?.file_name).toBe(example('/projects/{id}/repository/files/{file_path}', 'get').file_name);
    expect(server.matched.at(-1)?.path).toEqual({ id: '13083', file_path: 'lib/a b.rb' });

    const branch = await gitlab.branches.GET('/projects/{id}/repository/branches/{branch}', { params: { path: { id: 5, branch: 'feature/x' } } });
    const merged: boolean | undefined = branch.data?.merged;
    expect(merged).toBe(example('/projects/{id}/repository/branches/{branch}', 'get').merged);
    expect(server.matched.at(-1)?.path.branch).toBe('feature/x');

    const mr = await gitlab.mergeRequests.PUT('/projects/{id}/merge_requests/{merge_request_iid}', { params: { path: { id: 3, merge_request_iid: 1 } }, body: { state_event: 'close' } });
    expect(mr.data?.iid).toBe(example('/projects/{id}/merge_requests/{merge_request_iid}', 'put').iid);

    expect(server.violations.slice(before)).toEqual([]);
  });

  describe('editor experience with the shipped types (generated/schema.d.ts)', () => {
    const dir = resolve(repoRoot, '.cache/test-client-real');
    const probe = resolve(dir, 'probe.ts');
    const other = resolve(dir, 'calls.ts');
    // No type arguments: the client's defaults are generated/schema.d.ts's paths and TagPaths.
    const head = `import { createGitLabClient, paginate } from '../../src/client/index.js';\nconst gitlab = createGitLabClient({ host: 'x' });\n`;
    beforeAll(() => {
      mkdirSync(dir, { recursive: true });
    });

    it("completion inside gitlab.issues.GET('') returns the issues page's paths; wrong calls are readable errors on their own line, never TS2589", () => {
      // One language service for both files: building a program over the real types costs seconds.
      const completion = `${head}gitlab.issues.GET('', {});`;
      // Each line ending in `// TSnnnn` must get that error, and no other line any error.
      const calls = `${head}export async function f() {
  const { data } = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'a/b' }, query: { state: 'opened' } } });
  const iid: number | undefined = data?.[0]?.iid;
  await gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { title: 'x' } });
  for await (const issue of paginate(gitlab.issues, '/projects/{id}/issues', { params: { path: { id: 1 } } }, { perPage: 100 })) void issue.iid;
  gitlab.issues.GET('/nope', {}); // TS2345
  gitlab.issues.GET('/projects/{id}/issues', { params: { path: { project: 1 } } }); // TS2353
  gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 1 }, query: { state: 'open' } } }); // TS2322
  gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { description: 'no title' } }); // TS2741
  gitlab.branches.GET('/projects/{id}/repository/branches/{branch}', { params: { path: { id: 1 } } }); // TS2741
  gitlab.issues.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { id: 1, issue_iid: 'one' } } }); // TS2322
  return iid;
}`;
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
      const wanted = calls.split('\n').flatMap((line, i) => (/\/\/ TS(\d+)$/.test(line) ? [[i + 1, Number(/TS(\d+)$/.exec(line)![1])]] : []));
      expect(found.map((d) => [d.line, d.code]), JSON.stringify(found, null, 1)).toEqual(wanted);
      expect(found[0].message).toContain(`'"/nope"' is not assignable`);
      expect(found[0].message).toContain('/projects/{id}/issues');
      expect(found.find((d) => d.line === 11)!.message).toContain("Property 'title' is missing");
    });
  });
});
