// Issue 7, the pipeline: mutations of the real pages of docs-source (lines deleted, duplicated,
// swapped; a cut at a random byte; Unicode, control characters and NUL; unbalanced fences; rows
// with too many or too few cells; huge rows; deep nesting of lists and block quotes) never make a
// real generate() run throw or its parser fail, the written spec stays valid for both validators,
// and every diagnostic points at a line that exists; issue 17: 10,000 levels of nesting on a line,
// pages in UTF-16 or Windows-1252, reached through symbolic links, are read. A bounded number of cases here (FUZZ_RUNS,
// default 80; `redocly lint` on REDOCLY_SAMPLES of them, default 3, as it takes ~1.5 s a spec);
// `npm run fuzz -- --seconds N` runs more. FUZZ_SEED and FUZZ_PATH replay a failure.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROOT } from '../../scripts/generate.js';
import { listPages, readPages } from '../../scripts/pages.js';
import { applyMutation, caseArb, diagnosticProblems, encodePage, ENCODINGS, LAYOUTS, mutate, MUTATION_KINDS, readingProblems, redoclyErrors, runCase } from '../../scripts/fuzz-pipeline.js';

const docs = join(ROOT, 'docs-source');
const { pages } = await readPages(docs, await listPages(docs));
const validator = new Validator();
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const REDOCLY_SAMPLES = Number(process.env.REDOCLY_SAMPLES ?? 3);
const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('mutations', () => {
  it('do what they say', () => {
    const text = 'a\nb\nc\n| x | y |';
    expect(applyMutation(text, { kind: 'delete-line', at: 1, n: 0 })).toBe('a\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'duplicate-line', at: 0, n: 0 })).toBe('a\na\nb\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'swap-lines', at: 0, n: 2 })).toBe('c\nb\na\n| x | y |');
    expect(applyMutation('héllo', { kind: 'cut', at: 2, n: 0 })).toBe('h\uFFFD');
    expect(applyMutation(text, { kind: 'insert', at: 1, n: 0, text: '\u0000' })).toBe('a\u0000\nb\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'fence', at: 1, n: 0 })).toBe('a\n```\nb\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'narrow-row', at: 0, n: 0 })).toBe('a\nb\nc\n');
    expect(applyMutation(text, { kind: 'wide-row', at: 0, n: 1 })).toBe('a\nb\nc\n| x | y | extra | extra |');
    expect(applyMutation(text, { kind: 'huge-row', at: 0, n: 0 }).split('\n')[3]).toHaveLength(20_000 + 27);
    expect(applyMutation(text, { kind: 'deep-quote', at: 0, n: 0 }).split('\n')[0]).toBe(`${'> '.repeat(50)}deep`);
    const list = applyMutation(text, { kind: 'deep-list', at: 0, n: 0 }).split('\n');
    expect(list[19]).toBe(`${'  '.repeat(19)}- \`level19\` (optional) - nested`);
    expect(applyMutation(text, { kind: 'deep-line', at: 0, n: 4 * 9900 }).split('\n')[0]).toBe(`${'- '.repeat(10_000)}deep`);
    expect(applyMutation(text, { kind: 'deep-line', at: 0, n: 1 }).split('\n')[0]).toBe(`${'> '.repeat(100)}deep`);
  });

  it('encodings write the bytes they say', () => {
    expect([...encodePage('é\n', 'utf-8')]).toEqual([0xc3, 0xa9, 0x0a]);
    expect([...encodePage('é\n', 'utf-8-bom')]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0a]);
    expect([...encodePage('é\n', 'utf-16le')]).toEqual([0xff, 0xfe, 0xe9, 0x00, 0x0a, 0x00]);
    expect([...encodePage('é\n', 'utf-16be')]).toEqual([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x0a]);
    expect([...encodePage('é€✓\n', 'windows-1252')]).toEqual([0xe9, 0x80, 0x3f, 0x0a]);
  });

  it('every kind, encoding and layout is generated', () => {
    const sample = fc.sample(caseArb(pages.length), { numRuns: 300, seed: 7 });
    expect([...new Set(sample.flatMap((c) => c.mutations.map((m) => m.kind)))].sort()).toEqual([...MUTATION_KINDS].sort());
    expect([...new Set(sample.map((c) => c.encoding))].sort()).toEqual([...ENCODINGS].sort());
    expect([...new Set(sample.map((c) => c.layout))].sort()).toEqual([...LAYOUTS].sort());
  });

  it('the checks can fail', async () => {
    const at = { file: 'a.md', column: 1, ruleId: 'x', severity: 'warning' as const, reason: 'r' };
    expect(diagnosticProblems('a.md', 'one\ntwo', [{ ...at, line: 2 }])).toEqual([]);
    expect(diagnosticProblems('a.md', 'one\ntwo', [{ ...at, line: 3 }])).toHaveLength(1);
    expect(diagnosticProblems('a.md', 'one\ntwo', [{ ...at, line: 0 }])).toHaveLength(1);
    expect(diagnosticProblems('a.md', 'one\ntwo', [{ ...at, line: 1, ruleId: 'parse-failed' }])).toHaveLength(1);
    const binary = [{ ...at, line: 1, ruleId: 'binary-file', severity: 'error' as const }];
    const latin1 = Uint8Array.of(0x23, 0xe9, 0x0a);
    expect(readingProblems('a.md', latin1, 'windows-1252', [{ ...at, line: 1, ruleId: 'not-utf8' }], [], [])).toEqual([]);
    expect(readingProblems('a.md', latin1, 'windows-1252', [], [], [])).toHaveLength(1);
    expect(readingProblems('a.md', encodePage('# a', 'utf-16le'), 'utf-16le', binary, ['a.md'], [])).toHaveLength(1);
    expect(readingProblems('a.md', Uint8Array.of(0x23, 0x00), 'utf-8', binary, ['a.md'], [])).toEqual([]);
    expect(readingProblems('a.md', Uint8Array.of(0x23, 0x00), 'utf-8', binary, [], [])).toHaveLength(1);
    expect(readingProblems('a.md', Uint8Array.of(0x23), 'utf-8', [], [], ['loop'])).toHaveLength(1);
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/a/{id}': { get: { responses: { 200: { description: 'ok' } } } } } }));
    expect((await redoclyErrors(bad)).join('\n')).toMatch(/path-parameters-defined|no-identical|operation/);
  }, 60_000);
});

describe('generate on mutated real pages', () => {
  const linted: { label: string; file: string }[] = [];

  it(`never throws, keeps the spec valid and every diagnostic on an existing line (${NUM_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(pages.length), async (c) => {
        const { file, text } = pages[c.page];
        const outcome = await runCase(work, file, mutate(text, c.mutations), validator, c);
        if (linted.length < REDOCLY_SAMPLES && outcome.specFile && Object.keys(outcome.document?.paths ?? {}).length > 0) {
          const copy = join(work, `lint-${linted.length}.json`);
          copyFileSync(outcome.specFile, copy);
          linted.push({ label: `${file} (${c.encoding}, ${c.layout}) with ${c.mutations.map((m) => m.kind).join(', ')}`, file: copy });
        }
        expect(outcome.problems).toEqual([]);
      }),
      {
        numRuns: NUM_RUNS,
        seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
        path: process.env.FUZZ_PATH,
        // No shrinking here (a case can take a second; shrinking took minutes): the seed and path in
        // the report replay the case, and `npm run fuzz -- --seed S --path P` shrinks it.
        endOnFailure: true,
      },
    );
  }, 600_000);

  it(`and redocly lint (recommended) finds 0 errors in ${REDOCLY_SAMPLES} of those specs`, async () => {
    expect(linted.length).toBe(Math.min(REDOCLY_SAMPLES, NUM_RUNS));
    for (const { label, file } of linted) expect(await redoclyErrors(file), label).toEqual([]);
  }, 300_000);
});
