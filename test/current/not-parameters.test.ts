// What must never become a request parameter, over the whole spec of the current pages:
// rows of response-attribute tables, value tables, hash-key tables, status tables and the other
// non-parameter tables, and the lines of history lists in both syntaxes. The forbidden lines are
// found from the raw page text with rules of their own (not with the parser's classifier), then
// every parameter and request-body property of the spec is checked against them by its x-source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../scripts/generate.js';
import { ALL_CURRENT_PAGES, CURRENT, CURRENT_PAGES, currentRun, operations, params } from './pipeline.js';

let run: GenerateResult;
beforeAll(async () => {
  run = await currentRun();
}, 120_000);

type Kind = 'response-attributes' | 'values' | 'keys' | 'statuses' | 'other-table' | 'history';

/** Line numbers (1-based) of the rows of each kind of non-parameter table, and of history lines. */
function forbiddenLines(text: string): Map<number, Kind> {
  const lines = text.split('\n');
  const found = new Map<number, Kind>();
  let inHistory = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\{\{<\s*history\s*>\}\}/.test(line)) inHistory = true;
    if (/^\{\{<\s*\/history\s*>\}\}/.test(line)) inHistory = false;
    if (inHistory && /^\s*- /.test(line)) found.set(i + 1, 'history');
    if (/^> - /.test(line)) found.set(i + 1, 'history');
    // a table's header line: the first `|` line of a run
    if (!/^\|/.test(line) || (i > 0 && /^\|/.test(lines[i - 1]))) continue;
    const header = line.split('|').slice(1, -1).map((c) => c.trim().toLowerCase());
    // the lead: the nearest non-blank line above the table
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === '') j--;
    const lead = (lines[j] ?? '').toLowerCase();
    const twoBack = (lines[j - 1] ?? '').toLowerCase();
    let kind: Kind | undefined;
    if (header[0] === 'value') kind = 'values';
    else if (header[0] === 'key') kind = 'keys';
    else if (header[0] === 'http status' || header[0] === 'status') kind = 'statuses';
    else if (['deprecated attribute', 'sha field'].includes(header[0])) kind = 'other-table';
    else if (header[0] === 'attribute' && !header.includes('required') &&
      (/response attributes/.test(`${twoBack} ${lead}`) || /^#+ response\s*$/.test(lead))) kind = 'response-attributes';
    if (!kind) continue;
    for (let k = i + 2; k < lines.length && /^\|/.test(lines[k]); k++) found.set(k + 1, kind);
  }
  return found;
}

const texts = new Map(ALL_CURRENT_PAGES.map((file) => [file, readFileSync(join(CURRENT, file), 'utf8')]));
const forbidden = new Map(ALL_CURRENT_PAGES.map((file) => [file, forbiddenLines(texts.get(file)!)]));

describe('the current pages: what is not a request parameter never is one', () => {
  it('finds the non-parameter rows and history lines of each kind in the text (the check is not vacuous)', () => {
    const counts: Record<string, number> = {};
    for (const file of CURRENT_PAGES) for (const kind of forbidden.get(file)!.values()) counts[kind] = (counts[kind] ?? 0) + 1;
    // merge_requests.md: 7 response-attribute tables (lines 284, 680, 1042, 1906, 2933, 2968, 3686);
    // groups.md: value tables at 1083 and 1354, the key table at 1098; 4 status tables in merge_requests.md;
    // projects.md:52 and merge_requests.md:3660 are the other two.
    expect(counts['response-attributes']).toBeGreaterThan(150);
    expect(counts.values).toBe(9);
    expect(counts.keys).toBe(4);
    expect(counts.statuses).toBe(15);
    expect(counts['other-table']).toBe(6);
    expect(counts.history).toBeGreaterThan(30);
  });

  it('no parameter or request-body property of the spec comes from one of those lines', () => {
    const offending: string[] = [];
    let checked = 0;
    for (const { method, path, operation } of operations(run.document)) {
      for (const [name, p] of Object.entries(params(operation))) {
        checked++;
        expect(p.source, `${method} ${path} ${name} has x-source`).toBeDefined();
        const kind = forbidden.get(p.source!.file)!.get(p.source!.line);
        if (kind) offending.push(`${p.source!.file}:${p.source!.line} ${kind} row read as ${p.in} parameter \`${name}\` of ${method.toUpperCase()} ${path}`);
      }
    }
    expect(offending).toEqual([]);
    expect(checked).toBeGreaterThan(800);
  });

  it('no parameter is named like a response field (`[].merged_by`, `commits[].id`, `commit.author_email`)', () => {
    const dotted = operations(run.document).flatMap(({ method, path, operation }) =>
      Object.keys(params(operation)).filter((name) => /^\[\]|\[\]\.|^\w+\.\w/.test(name)).map((name) => `${method} ${path} ${name}`));
    expect(dotted).toEqual([]);
  });

  it('history and availability blocks end up in no description (operations, parameters, tags)', () => {
    const leaks: string[] = [];
    const check = (where: string, text: unknown) => {
      if (typeof text === 'string' && /\{\{<|^DETAILS:|\*\*Tier:\*\*|^- Tier:|^> - /m.test(text)) leaks.push(`${where}: ${text.slice(0, 80)}`);
    };
    for (const { method, path, operation } of operations(run.document)) {
      check(`${method} ${path}`, operation.description);
      for (const [name, p] of Object.entries(params(operation))) check(`${method} ${path} ${name}`, p.description);
    }
    for (const tag of run.document.tags ?? []) check(`tag ${tag.name}`, tag.description);
    expect(leaks).toEqual([]);
    // the check can see them: the pages are full of both
    expect([...texts.values()].join('\n')).toMatch(/^DETAILS:$/m);
    expect([...texts.values()].join('\n')).toMatch(/^\{\{< history >\}\}$/m);
  });

  it('the attributes that history lists name are not added by the history (`state` of the tokens list is its table row)', () => {
    // project_access_tokens.md:21 "`state` attribute introduced in GitLab 17.2" — `state` is a parameter
    // only because the table has a row for it (line 44); merge_requests.md:14-20 name `reference`,
    // `merged_by`, `prepared_at` (response fields) which no operation of the page takes.
    const list = operations(run.document).find((o) => o.method === 'get' && o.path === '/projects/{id}/access_tokens')!;
    expect(params(list.operation).state.source).toEqual({ file: 'project_access_tokens.md', line: 44 });
    const mrNames = operations(run.document).filter((o) => o.operation['x-source'].file === 'merge_requests.md').flatMap((o) => Object.keys(params(o.operation)));
    for (const name of ['reference', 'merged_by', 'prepared_at', 'merge_status', 'detailed_merge_status']) expect(mrNames).not.toContain(name);
  });
});
