// `npm run fuzz [-- --seconds N] [--seed S] [--path P] [--lint-every K]`: the property of
// test/fuzz/pipeline.property.test.ts (scripts/fuzz-pipeline.ts), for as long as asked (default
// 60 s) instead of a bounded number of cases. `redocly lint` runs on one case in K (default 20,
// chosen by a hash of the case, so a replay lints the same cases). Prints the cases run; on a
// failure, the shrunk case, the seed and path that replay it, and the mutated page written to a
// folder that `npm run generate -- --docs` reproduces it with; exit 1 then.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { caseArb, caseHash, encodePage, mutate, redoclyErrors, runCase, writePage, type FuzzCase } from './fuzz-pipeline.js';
import { listPages, readPages } from './pages.js';
import { ROOT } from './generate.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

function numberOption(name: string, fallback: number, min: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`fuzz: --${name} needs a whole number of at least ${min}`);
    process.exit(2);
  }
  return value;
}

const known = new Set(['--seconds', '--seed', '--path', '--lint-every']);
for (let i = 2; i < process.argv.length; i += 2) {
  if (!known.has(process.argv[i])) {
    console.error(`fuzz: unknown option ${process.argv[i]} (options: --seconds N, --seed S, --path P, --lint-every K)`);
    process.exit(2);
  }
}

const seconds = numberOption('seconds', 60, 1);
const seed = numberOption('seed', Math.floor(Math.random() * 2 ** 31), -(2 ** 31));
const path = option('path');
const lintEvery = numberOption('lint-every', 20, 1);
const docs = join(ROOT, 'docs-source');
const { pages } = await readPages(docs, await listPages(docs));
const validator = new Validator();
const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-fuzz-'));
let cases = 0;
let linted = 0;
let lastFailure: { c: FuzzCase; problems: string[] } | undefined;
const started = Date.now();
const progress = setInterval(() => console.log(`fuzz: ${cases} cases (${linted} linted by redocly) in ${Math.round((Date.now() - started) / 1000)} s`), 30_000);

const property = fc.asyncProperty(caseArb(pages.length), async (c) => {
  cases++;
  const { file, text } = pages[c.page];
  const outcome = await runCase(work, file, mutate(text, c.mutations), validator, c);
  const problems = [...outcome.problems];
  if (problems.length === 0 && outcome.specFile && caseHash(c) % lintEvery === 0) {
    linted++;
    problems.push(...(await redoclyErrors(outcome.specFile)));
  }
  if (problems.length > 0) {
    lastFailure = { c, problems };
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
});

const result = await fc.check(property, {
  seed,
  path,
  // As many cases as fit in the time; a failure found is still shrunk, within the same limit.
  numRuns: path ? 1 : 2 ** 31 - 1,
  interruptAfterTimeLimit: seconds * 1000,
  markInterruptAsFailure: false,
});
clearInterval(progress);
rmSync(work, { recursive: true, force: true });

if (result.failed && result.counterexample) {
  const [c] = result.counterexample as [FuzzCase];
  const { file, text } = pages[c.page];
  const repro = join(tmpdir(), `gitlab-openapi-fuzz-failure-${result.seed}`);
  mkdirSync(repro, { recursive: true });
  writePage(join(repro, 'docs'), file, encodePage(mutate(text, c.mutations), c.encoding), c.layout);
  writeFileSync(join(repro, 'case.json'), JSON.stringify(c, null, 1));
  const problems = lastFailure && JSON.stringify(lastFailure.c) === JSON.stringify(c) ? lastFailure.problems : [String(result.errorInstance)];
  console.error(`fuzz: FAILED after ${cases} cases (${result.numShrinks} shrinks); ${file} (${c.encoding}, ${c.layout}) with ${c.mutations.map((m) => m.kind).join(', ')}`);
  for (const p of problems) console.error(`  ${p.slice(0, 2000)}`);
  console.error(`replay:    npm run fuzz -- --seed ${result.seed} --path ${result.counterexamplePath}`);
  console.error(`           FUZZ_SEED=${result.seed} FUZZ_PATH=${result.counterexamplePath} npx vitest run test/fuzz`);
  console.error(`reproduce: npm run generate -- --docs ${join(repro, 'docs')} --out ${join(repro, 'out')} --no-cache --keep-going`);
  process.exit(1);
}
console.log(`fuzz: ${cases} cases in ${Math.round((Date.now() - started) / 1000)} s over ${pages.length} pages (seed ${seed}), ${linted} of them also linted by redocly: no failure`);
