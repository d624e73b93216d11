import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';
import { flattenDeepNesting, MAX_NESTING } from '../../scripts/parse/nesting.js';

const ROOT = join(import.meta.dirname, '..', '..');
const flat = (text: string) => flattenDeepNesting(text, 'x.md');

describe('flattenDeepNesting', () => {
  const cases: [string, string, string][] = [
    // [name, given, want]
    ['a page as it is', '# Title\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n', '# Title\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n'],
    ['100 list levels on one line (the limit)', `${'- '.repeat(100)}x\n`, `${'- '.repeat(100)}x\n`],
    ['101 list levels on one line', `${'- '.repeat(101)}x\n`, `${'- '.repeat(100)}x\n`],
    ['10,000 list levels on one line', `a\n${'- '.repeat(10_000)}x\nb\n`, `a\n${'- '.repeat(100)}x\nb\n`],
    ['10,000 ordered levels', `${'1. '.repeat(10_000)}x`, `${'1. '.repeat(100)}x`],
    ['10,000 block quotes with spaces', `${'> '.repeat(10_000)}x`, `${'> '.repeat(100)}x`],
    ['10,000 block quotes without spaces', `${'>'.repeat(10_000)}x`, `${'>'.repeat(100)}x`],
    ['quotes and lists mixed', `${'> - '.repeat(5_000)}x`, `${'> - '.repeat(50)}x`],
    // Continuing a list takes 2 columns a level: 300 columns of indentation are cut to 201.
    ['indentation past 201 columns', `${' '.repeat(300)}- x\n`, `${' '.repeat(201)}x\n`],
    ['a rule of dashes is no nesting', `${'-'.repeat(500)}\n`, `${'-'.repeat(500)}\n`],
    ['digits that are no list marker', `${'1'.repeat(500)}. x\n`, `${'1'.repeat(500)}. x\n`],
    ['CRLF lines', `a\r\n${'> '.repeat(150)}x\r\nb`, `a\r\n${'> '.repeat(100)}x\r\nb`],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(flat(given).text).toBe(want);
  });

  it('keeps every line where it was, and reports each cut run at its first line and column', () => {
    const text = ['# T', '', `${'- '.repeat(10_000)}one`, `${'> '.repeat(150)}two`, '', 'text', `${'>'.repeat(300)}three`, ''].join('\n');
    const result = flat(text);
    expect(result.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(result.text.split('\n').map((l) => l.replace(/^[->\s]+/, ''))).toEqual(['# T', '', 'one', 'two', '', 'text', 'three', '']);
    expect(result.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.severity])).toEqual([
      [3, 201, 'deep-nesting', 'warning'],
      [7, 101, 'deep-nesting', 'warning'],
    ]);
    expect(result.diagnostics[0].reason).toBe(`block quotes or lists nested 10000 levels deep (this line and the 1 after it); the levels past ${MAX_NESTING} were dropped before parsing`);
  });

  it('finds nothing to cut in any real page', () => {
    for (const page of ['projects.md', 'issues.md', 'merge_requests.md', 'README.md']) {
      const text = readFileSync(join(ROOT, 'docs-source', page), 'utf8');
      expect(flat(text)).toEqual({ text, diagnostics: [] });
    }
  });
});

describe('parsePage on pathological nesting (issue 17)', () => {
  // docs-source/version.md: `GET /version` at line 10 (before the insertion: line 8).
  const version = readFileSync(join(ROOT, 'docs-source', 'version.md'), 'utf8');
  const withLine = (line: string) => version.replace('\n\n', `\n\n${line}\n\n`);

  it.each([
    // [name, inserted at line 3, first line cut]
    ['10,000 nested list levels on one 20 KB line', `${'- '.repeat(10_000)}deep`, 3],
    ['10,000 nested block quotes', `${'> '.repeat(10_000)}deep`, 3],
    ['120 list levels, one more indented per line (cut from level 101)', Array.from({ length: 120 }, (_, d) => `${'  '.repeat(d)}- level ${d}`).join('\n'), 103],
  ])('%s: cut at its line, the page and its endpoint read as usual', (_name, line, cut) => {
    const { page, diagnostics } = parsePage('version.md', withLine(line));
    expect(page.title).toBe('Version');
    expect(page.endpoints.map((e) => [e.method, e.path])).toEqual([['GET', '/version']]);
    expect(page.endpoints[0].responses[0]?.examples[0]?.value).toEqual({ version: '8.13.0-pre', revision: '4e963fe' });
    expect(diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[cut, 'deep-nesting']]);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('unreadable-page');
  });
});
