// Issue 7, the pipeline: mutations of the real pages (lines deleted, duplicated, swapped; a cut at
// a random byte; Unicode, control characters and NUL; unbalanced fences; rows with too many or too
// few cells; huge rows; deep nesting) never make parse + openapi throw, the spec stays valid for
// both validators, and every diagnostic points at a line that exists. A bounded number of cases
// here; `npm run fuzz -- --seconds N` runs more.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROOT } from '../../scripts/generate.js';
import { listPages, readPages } from '../../scripts/pages.js';
import { applyMutation, caseArb, checkOutcome, mutate, runPipeline } from '../../scripts/fuzz-pipeline.js';
import { redoclyLint } from '../helpers/redocly.js';

const docs = join(ROOT, 'docs-source');
const { pages } = await readPages(docs, await listPages(docs));
const validator = new Validator();
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 40);

describe('mutations', () => {
  it('do what they say', () => {
    const text = 'a\nb\nc\n| x | y |';
    expect(applyMutation(text, { kind: 'delete-line', at: 1, n: 0 })).toBe('a\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'duplicate-line', at: 0, n: 0 })).toBe('a\na\nb\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'swap-lines', at: 0, n: 2 })).toBe('c\nb\na\n| x | y |');
    expect(applyMutation('héllo', { kind: 'cut', at: 2, n: 0 })).toBe('h\uFFFD');
    expect(applyMutation(text, { kind: 'insert', at: 1, n: 0, text: '\u0000' })).toBe('a\u0000\nb\nc\n| x | y |');
    expect(applyMutation(text, { kind: 'narrow-row', at: 0, n: 0 })).toBe('a\nb\nc\n');
    expect(applyMutation(text, { kind: 'wide-row', at: 0, n: 1 })).toBe('a\nb\nc\n| x | y | extra | extra |');
  });
});

describe('the pipeline on mutated real pages', () => {
  const samples: { file: string; text: string }[] = [];

  it(`never throws, keeps the spec valid and every diagnostic on an existing line (${NUM_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(pages.length), async ({ page, mutations }) => {
        const { file, text } = pages[page];
        const mutated = mutate(text, mutations);
        const outcome = runPipeline(file, mutated);
        const problems = await checkOutcome(file, mutated, outcome, validator);
        if (samples.length < 3 && Object.keys(outcome.document.paths ?? {}).length > 0) samples.push({ file, text: JSON.stringify(outcome.document) });
        expect(problems).toEqual([]);
      }),
      { numRuns: NUM_RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 600_000);

  const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('and redocly lint finds 0 errors in a few of those specs', async () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const [index, sample] of samples.slice(0, 2).entries()) {
      const file = join(dir, `spec-${index}.json`);
      writeFileSync(file, sample.text);
      const report = await redoclyLint(file);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${sample.file}: ${p.ruleId}: ${p.message}`)).toEqual([]);
    }
  }, 300_000);
});
