// The client's types as an editor sees them: completions through the TypeScript language service,
// compile errors for wrong calls (fixtures/types/usage.ts), readable errors for wrong paths.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService, repoRoot } from './helpers/language-service.js';

const USAGE = resolve(repoRoot, 'test/client/fixtures/types/usage.ts');
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
  files[USAGE] = readFileSync(USAGE, 'utf8');
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

  it('a wrong path is a readable "not assignable" error listing the tag\'s paths, not TS2589', () => {
    const found = errors(`gitlab.issues.GET('/nope', {});`);
    expect(found.map((e) => e.code)).toEqual([2345]);
    expect(found[0].message).toContain(`Argument of type '"/nope"' is not assignable`);
    expect(found[0].message).toContain('/projects/{id}/issues');
  });
});

describe('type tests (fixtures/types/usage.ts)', () => {
  it('compiles with no diagnostics: right calls typecheck, every @ts-expect-error meets an error', () => {
    const diagnostics = [...service.getSyntacticDiagnostics(USAGE), ...service.getSemanticDiagnostics(USAGE)].map(
      (d) => `${d.start === undefined ? '?' : ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(USAGE)!, d.start).line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('the directives are load-bearing: without them there is one error per wrong call', () => {
    const source = ts.sys.readFile(USAGE)!;
    const expected = source.split('\n').filter((l) => l.includes('@ts-expect-error')).length;
    files[PROBE] = source.replaceAll('@ts-expect-error', 'expected error:');
    const lines = new Set(
      service.getSemanticDiagnostics(PROBE).map((d) => ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(PROBE)!, d.start!).line),
    );
    expect(expected).toBeGreaterThanOrEqual(15);
    expect(lines.size).toBe(expected);
  });
});
