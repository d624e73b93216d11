// `npm run fuzz [-- --seconds N] [--seed S]`: the pipeline property of
// test/fuzz/pipeline.property.test.ts, for as long as asked (default 60 s). Prints the cases run
// and, on a failure, the shrunk counterexample with the seed and path to replay it; exit 1 then.
import fc from 'fast-check';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { caseArb, checkOutcome, mutate, runPipeline } from './fuzz-pipeline.js';
import { listPages, readPages } from './pages.js';
import { ROOT } from './generate.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`fuzz: --${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

const seconds = option('seconds', 60);
let seed = option('seed', Date.now() % 2 ** 31);
const docs = join(ROOT, 'docs-source');
const { pages } = await readPages(docs, await listPages(docs));
const validator = new Validator();
const deadline = Date.now() + seconds * 1000;
let cases = 0;
let batches = 0;

while (Date.now() < deadline) {
  const result = await fc.check(
    fc.asyncProperty(caseArb(pages.length), async ({ page, mutations }) => {
      const { file, text } = pages[page];
      const mutated = mutate(text, mutations);
      cases++;
      let problems: string[];
      try {
        problems = await checkOutcome(file, mutated, runPipeline(file, mutated), validator);
      } catch (error) {
        problems = [`threw: ${error instanceof Error ? error.stack : String(error)}`];
      }
      if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
    }),
    { numRuns: 25, seed, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()) },
  );
  batches++;
  if (result.failed) {
    console.error(`fuzz: FAILED after ${cases} cases (seed ${result.seed}, path ${result.counterexamplePath})`);
    console.error(`counterexample: ${JSON.stringify(result.counterexample)}`);
    console.error(String(result.errorInstance ?? '').slice(0, 2000));
    process.exit(1);
  }
  seed = (seed * 48271 + 1) % 2 ** 31;
}
console.log(`fuzz: ${cases} cases in ${batches} batches over ${seconds} s, ${pages.length} pages: no failure`);
