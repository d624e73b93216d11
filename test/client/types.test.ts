// The client's types as an editor sees them: completions through the TypeScript language service,
// compile errors for wrong calls (fixtures/types/*.ts, one per fixture spec), readable errors for
// wrong paths.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService, repoRoot } from './helpers/language-service.js';

const TYPES = resolve(repoRoot, 'test/client/fixtures/types');
/** One file of type tests per fixture spec: the mini spec (usage.ts), entities, uploads. */
const TYPE_TESTS = readdirSync(TYPES).filter((f) => f.endsWith('.ts') && !f.startsWith('__'));
const PROBE = resolve(repoRoot, 'test/client/fixtures/types/__probe.ts');
const HEAD = `import { createGitLabClient, paginate } from '../../../../src/client/index.js';
import type { Calls, TagCalls } from '../mini-schema.js';
const gitlab = createGitLabClient<Calls, TagCalls>({ host: 'gitlab.example.com', token: 't' });
`;

/** One service for every probe of this file (creating one costs seconds); a probe replaces PROBE's text. */
let service: ts.LanguageService;
const files: Record<string, string> = {};
function probe(source: string): { text: string; offset: number } {
  const offset = HEAD.length + source.indexOf('|');
  const text = HEAD + source.replace('|', '');
  files[PROBE] = text;
  return { text, offset };
}

beforeAll(() => {
  files[PROBE] = HEAD;
  for (const name of TYPE_TESTS) files[resolve(TYPES, name)] = readFileSync(resolve(TYPES, name), 'utf8');
  service = createService(files);
});

function completions(source: string): string[] {
  const { offset } = probe(source);
  return service.getCompletionsAtPosition(PROBE, offset, {})?.entries.map((e) => e.name) ?? [];
}

function errors(source: string): { code: number; message: string }[] {
  probe(source);
  return service.getSemanticDiagnostics(PROBE).map((d) => ({ code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }));
}

describe('completion in the editor (language service)', () => {
  it("inside gitlab.issues.GET('') offers the issues page's GET paths, and only those", () => {
    expect(completions(`gitlab.issues.GET('|', {});`).sort()).toEqual(['/projects/{id}/issues', '/projects/{id}/issues/{issue_iid}']);
  });

  it('inside gitlab.issues.DELETE offers only paths with a DELETE', () => {
    expect(completions(`gitlab.issues.DELETE('|', {});`)).toEqual(['/projects/{id}/issues/{issue_iid}']);
  });

  it('tag views complete after gitlab.', () => {
    const names = completions(`gitlab.|`);
    expect(names).toEqual(expect.arrayContaining(['issues', 'projects', 'repositoryFiles', 'branches', 'mergeRequests', 'request', 'paginate']));
  });

  it('path and query parameters complete', () => {
    expect(completions(`gitlab.issues.GET('/projects/{id}/issues/{issue_iid}', { params: { path: { | } } });`).sort()).toEqual(['id', 'issue_iid']);
    expect(completions(`gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 1 }, query: { | } } });`)).toEqual(
      expect.arrayContaining(['"iids[]"', 'state', 'labels', 'page', 'per_page']),
    );
    expect(completions(`gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 1 }, query: { state: '|' } } });`).sort()).toEqual(['closed', 'opened']);
  });

  it('body keys complete, with exact bodies (excess keys are errors, completion is kept)', () => {
    expect(completions(`gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { | } });`).sort()).toEqual(['description', 'labels', 'title']);
    expect(completions(`gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { title: 'x', | } });`).sort()).toEqual(['description', 'labels']);
    expect(completions(`gitlab.core.POST('/projects/{id}/issues', { | });`)).toEqual(expect.arrayContaining(['params', 'body', 'headers', 'signal', 'throwOnError', 'parseAs']));
  });

  it('a wrong path is a readable "not assignable" error listing the tag\'s paths, not TS2589', () => {
    const found = errors(`gitlab.issues.GET('/nope', {});`);
    expect(found.map((e) => e.code)).toEqual([2345]);
    expect(found[0].message).toContain(`Argument of type '"/nope"' is not assignable`);
    expect(found[0].message).toContain('/projects/{id}/issues');
  });
});

describe.each(TYPE_TESTS)('type tests (fixtures/types/%s)', (name) => {
  const path = resolve(TYPES, name);
  it('compiles with no diagnostics: right calls typecheck, every @ts-expect-error meets an error', () => {
    const diagnostics = [...service.getSyntacticDiagnostics(path), ...service.getSemanticDiagnostics(path)].map(
      (d) => `${d.start === undefined ? '?' : ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(path)!, d.start).line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('the directives are load-bearing: without them there is one error per wrong call', () => {
    const source = ts.sys.readFile(path)!;
    const expected = source.split('\n').filter((l) => l.includes('@ts-expect-error')).length;
    files[PROBE] = source.replaceAll('@ts-expect-error', 'expected error:');
    const lines = new Set(
      service.getSemanticDiagnostics(PROBE).map((d) => ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(PROBE)!, d.start!).line),
    );
    expect(expected).toBeGreaterThanOrEqual(name === 'usage.ts' ? 20 : 3);
    expect(lines.size).toBe(expected);
  });
});
