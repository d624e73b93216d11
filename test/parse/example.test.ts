import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseCodeExample } from '../../scripts/parse/example.js';

/** A fenced block whose fence is on `line` (its text starts on the next line). */
const fenced = (value: string, lang: string | null = 'json', line = 10): Code => ({
  type: 'code', lang, value,
  position: { start: { line, column: 1, offset: 0 }, end: { line: line + value.split('\n').length + 1, column: 4, offset: 0 } },
});

describe('parseCodeExample', () => {
  it('keeps strict JSON as a json example without diagnostics', () => {
    const { example, diagnostics } = parseCodeExample(fenced('{\n  "id": 1\n}'), 'issues.md', 'Example response:');
    expect(example).toEqual({
      kind: 'json', lang: 'json', raw: '{\n  "id": 1\n}', value: { id: 1 }, caption: 'Example response:',
      source: { file: 'issues.md', line: 10, column: 1 },
    });
    expect(diagnostics).toEqual([]);
  });

  it('repairs a trailing comma and reports it at its line in the file', () => {
    const { example, diagnostics } = parseCodeExample(fenced('{\n  "id": 1,\n}'), 'snippets.md');
    expect(example).toMatchObject({ kind: 'json', value: { id: 1 }, repaired: true });
    expect(diagnostics).toEqual([{
      file: 'snippets.md', line: 12, column: 10, ruleId: 'invalid-json-example', severity: 'warning',
      reason: 'JSON example is not valid JSON: trailing comma (line 12); repaired',
    }]);
  });

  it('counts lines from the first line of an indented (unfenced) block', () => {
    const code: Code = { type: 'code', lang: null, value: '{\n  "a": 1\n  "b": 2\n}', position: { start: { line: 5, column: 5 }, end: { line: 8, column: 6 } } };
    const { example, diagnostics } = parseCodeExample(code, 'a.md');
    expect(example).toMatchObject({ kind: 'json', value: { a: 1, b: 2 } });
    expect(diagnostics.map((d) => d.line)).toEqual([6]);
  });

  it('an empty block opened on the last line of the page is reported on that line (found by npm run fuzz)', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse('Example response:\n\n```json');
    let code: Code | undefined;
    visit(tree, 'code', (node: Code) => { code = node; });
    const { diagnostics } = parseCodeExample(code!, 'version.md');
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.reason])).toEqual([[3, 'invalid-json-example', 'JSON example cannot be read: empty block (line 3); kept as text']]);
  });

  it('keeps an unrecoverable block as text with an error', () => {
    const { example, diagnostics } = parseCodeExample(fenced('{"a": 1}\nwhere a is the id'), 'a.md');
    expect(example).toEqual({ kind: 'text', lang: 'json', raw: '{"a": 1}\nwhere a is the id', source: { file: 'a.md', line: 10, column: 1 } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'invalid-json-example', severity: 'error', line: 12 });
    expect(diagnostics[0].reason).toContain('text after the JSON value');
  });

  it('keeps several documents of one block as values', () => {
    const { example } = parseCodeExample(fenced('{"level": "watch"}\n\n{"level": "custom"}'), 'a.md');
    expect(example).toMatchObject({ kind: 'json', value: { level: 'watch' }, values: [{ level: 'watch' }, { level: 'custom' }], repaired: true });
  });

  it.each<[string, string, string | null]>([
    ['a curl call', 'curl --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" https://gitlab.example.com/api/v4/projects', 'bash'],
    ['plain text', 'Hello {world', null],
    ['an untagged block that only starts with a bracket', '[core]\n  editor = vim', null],
    ['a broken JSON-looking shell block', '{ "a": 1, }', 'shell'],
  ])('keeps %s as text without diagnostics', (_name, value, lang) => {
    const { example, diagnostics } = parseCodeExample(fenced(value, lang), 'a.md');
    expect(example.kind).toBe('text');
    expect(example.lang).toBe(lang ?? '');
    expect(diagnostics).toEqual([]);
  });

  it('reads an untagged block that looks like JSON', () => {
    const { example } = parseCodeExample(fenced('[{"name": "a"}]', null), 'a.md');
    expect(example).toMatchObject({ kind: 'json', lang: '', value: [{ name: 'a' }] });
  });

  it('reports e-mail addresses written `user at host`, once per block', () => {
    const value = '{\n  "email": "john at example.com",\n  "ssh": "git at example.com:a/b.git",\n  "at": "look at this"\n}';
    const { diagnostics } = parseCodeExample(fenced(value), 'users.md');
    expect(diagnostics).toEqual([{
      file: 'users.md', line: 12, column: 13, ruleId: 'obfuscated-email', severity: 'info',
      reason: 'example writes e-mail addresses as `user at host` (`john at example.com`, `git at example.com`; lines 12, 13): not a value the API returns or accepts',
    }]);
  });

  it('never throws, whatever the block holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('json', null, 'bash', 'js'), (value, lang) => {
        const { example, diagnostics } = parseCodeExample(fenced(value, lang), 'a.md');
        expect(example.raw).toBe(value);
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(10);
      }),
      { numRuns: 500 },
    );
  });
});

// The real pages: every code block of docs-source, parsed the way the pipeline does.
const DOCS = join(import.meta.dirname, '../../docs-source');
function allBlocks(): { file: string; code: Code }[] {
  const blocks: { file: string; code: Code }[] = [];
  const files = readdirSync(DOCS, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  for (const file of files) {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(join(DOCS, file), 'utf8'));
    visit(tree, 'code', (code: Code) => {
      blocks.push({ file, code });
    });
  }
  return blocks;
}

describe('parseCodeExample on docs-source', () => {
  const results = allBlocks().map(({ file, code }) => ({ file, code, ...parseCodeExample(code, file) }));
  const at = (r: (typeof results)[number]) => `${r.file}:${r.code.position!.start.line}`;
  const jsonTagged = results.filter((r) => r.code.lang === 'json');

  it('finds the 331 ```json blocks: 304 strict, 27 repaired, none lost', () => {
    expect(jsonTagged).toHaveLength(331);
    expect(jsonTagged.filter((r) => r.example.kind === 'json' && !r.example.repaired)).toHaveLength(304);
    expect(jsonTagged.filter((r) => r.example.repaired)).toHaveLength(27);
    expect(jsonTagged.filter((r) => r.example.kind === 'text')).toHaveLength(0);
  });

  it('reads the three untagged JSON blocks, and nothing else untagged, as JSON', () => {
    const untagged = results.filter((r) => !r.code.lang && r.example.kind === 'json');
    expect(untagged.map(at)).toEqual(['oauth2.md:123', 'oauth2.md:133', 'repositories.md:192']);
  });

  it('repairs exactly the blocks that are not strict JSON', () => {
    const repaired = results.filter((r) => r.example.repaired).map(at);
    expect(repaired).toEqual([
      'README.md:516', 'boards.md:26', 'boards.md:95', 'branches.md:24', 'commits.md:181', 'commits.md:447',
      'discussions.md:520', 'discussions.md:815', 'group_badges.md:36', 'group_badges.md:187', 'keys.md:15',
      'merge_requests.md:493', 'merge_requests.md:564', 'notification_settings.md:159', 'project_badges.md:33',
      'project_badges.md:184', 'project_import_export.md:68', 'projects.md:64', 'projects.md:97', 'projects.md:564',
      'protected_branches.md:32', 'protected_tags.md:33', 'runners.md:79', 'runners.md:365', 'snippets.md:46',
      'snippets.md:97', 'snippets.md:149',
    ]);
    // One warning per repaired block, no errors anywhere.
    const jsonDiagnostics = results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'invalid-json-example');
    expect(jsonDiagnostics).toHaveLength(27);
    expect(jsonDiagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  // Read by eye in the pages: the line of each flaw and what it is.
  it.each<[string, number, string[]]>([
    ['boards.md:26', 40, ['missing comma (line 40)']],
    ['commits.md:181', 200, ['missing comma (lines 200, 202)']],
    ['commits.md:447', 449, ['`...` standing for more elements (lines 449, 494)']],
    ['discussions.md:520', 528, ['unquoted value `DiffNote` (line 528)']],
    ['keys.md:15', 48, ['missing comma (line 48)']],
    ['runners.md:79', 98, ['missing comma (lines 98, 108)']],
    ['group_badges.md:187', 192, ['trailing comma (line 192)']],
    ['snippets.md:46', 64, ['trailing comma (line 64)']],
    ['projects.md:564', 568, ['`...` standing for more elements (lines 568, 605)', 'trailing comma (line 590)']],
    ['merge_requests.md:564', 626, ['missing comma (line 626)', 'invalid escape in a string `\\ ` (line 633)']],
    ['README.md:516', 522, ['`...` standing for more elements (lines 522, 528)', 'trailing comma (line 529)']],
    ['notification_settings.md:159', 164, ['several JSON documents in one block (line 164)']],
  ])('reports %s at line %i', (place, line, parts) => {
    const result = results.find((r) => at(r) === place)!;
    const diagnostic = result.diagnostics.find((d) => d.ruleId === 'invalid-json-example')!;
    expect(diagnostic.line).toBe(line);
    for (const part of parts) expect(diagnostic.reason).toContain(part);
  });

  it('recovers the values a reader sees', () => {
    const value = (place: string) => results.find((r) => at(r) === place)!.example;
    expect((value('discussions.md:520').value as { notes: { type: string }[] }[])[0].notes[0].type).toBe('DiffNote');
    expect(value('notification_settings.md:159').values).toHaveLength(2);
    expect((value('notification_settings.md:159').values![1] as { events: Record<string, boolean> }).events.new_note).toBe(true);
    const forked = value('projects.md:564').value as Record<string, unknown>;
    expect(Object.keys(forked)).toEqual(['id', 'forked_from_project']);
    // Two statuses between the two ellipses (commits.md:451 and :472).
    expect((value('commits.md:447').value as { id: number }[]).map((s) => s.id)).toEqual([91, 90]);
    expect(Object.keys((value('boards.md:26').value as { milestone: object }[])[0].milestone)).toEqual(['id', 'title']);
  });

  it('reports the obfuscated e-mail addresses of the examples', () => {
    const emails = results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'obfuscated-email');
    expect(emails.every((d) => d.severity === 'info')).toBe(true);
    const places = emails.map((d) => `${d.file}:${d.line}`);
    // branches.md:35 (`"author_email": "john at example.com"`), repositories.md:195 and :201 in one block.
    expect(places).toContain('branches.md:35');
    expect(places).toContain('repositories.md:195');
    expect(emails.find((d) => d.line === 195 && d.file === 'repositories.md')!.reason).toContain('`contact at jacobvosmaer.nl`');
    expect(places).toContain('projects.md:580');
  });
});
