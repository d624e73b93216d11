// `npm run bench spec`: What the response model (scripts/openapi/entities/) costs the spec stage:
// toOpenAPI with its entity pass against the same calls without it, on docs-source and on
// docs-versions/current.
// - Each toOpenAPI call times its entity pass (`timings.entities`); the stage without the pass is the
//   rest of that call, so both sides see the same load, heap and JIT state (garbage one side leaves
//   may be collected on the other: the split is of time spent, not of work caused).
// - The first call (in this process, for docs-source: cold, as `npm run generate` runs the stage
//   once), then the medians of 4 x BENCH_RUNS (default 5) warm calls and of the per-call ratios.
// - Then the spec stage before issue 12 and now, each side its own code in fresh processes
//   (bench/spec-baseline.ts): what issue 12's target (at most 1.10x) is measured by.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scripts/generate.js';
import { listPages, readPages } from '../scripts/pages.js';
import { assembleDocs, parsePage } from '../scripts/parse/index.js';
import { toOpenAPI } from '../scripts/openapi/index.js';
import type { DocsModel } from '../scripts/model.js';
import { median } from './measure.js';
import { beforeNowLines } from './spec-baseline.js';

const RUNS = 4 * Number(process.env.BENCH_RUNS ?? 5);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Call {
  /** The whole toOpenAPI call, ms. */
  total: number;
  /** Its entity pass, ms. */
  entities: number;
  operations: number;
}

function call(model: DocsModel): Call {
  const timings: Record<string, number> = {};
  const start = performance.now();
  const { document } = toOpenAPI(model, { timings });
  const total = performance.now() - start;
  const operations = Object.values(document.paths ?? {}).reduce((n, item) => n + Object.keys(item ?? {}).length, 0);
  return { total, entities: timings.entities, operations };
}

const show = (calls: Call[]) => {
  const total = median(calls.map((c) => c.total));
  const entities = median(calls.map((c) => c.entities));
  const without = median(calls.map((c) => c.total - c.entities));
  const ratio = median(calls.map((c) => c.total / (c.total - c.entities)));
  return `with the pass ${fmt(total)}, without ${fmt(without)} (the pass ${fmt(entities)}): ${ratio.toFixed(2)}x`;
};

export async function run(): Promise<void> {
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} (a shared machine gives loose figures: compare the ratios)`);
  for (const folder of ['docs-source', 'docs-versions/current']) {
    const docs = join(ROOT, folder);
    const { pages } = await readPages(docs, await listPages(docs));
    const model = assembleDocs(pages.map((p) => parsePage(p.file, p.text)));
    // The first call: cold for docs-source (as `npm run generate` runs the stage, once in a process).
    const first = call(model);
    const calls = Array.from({ length: RUNS }, () => call(model));
    console.log(`${folder} (${pages.length} pages, ${first.operations} operations), toOpenAPI wall time, target at most 1.10x:`);
    console.log(`  first call${folder === 'docs-source' ? ' (cold)' : ''}: ${show([first])}`);
    console.log(`  warm, median of ${RUNS}: ${show(calls)}`);
  }
  console.log('\nBefore the response model (issue 12) and now, CPU time of toOpenAPI, target at most 1.10x:');
  const processes = Number(process.env.BENCH_RUNS ?? 5);
  for (const folder of ['docs-source', 'docs-versions/current']) {
    for (const line of beforeNowLines(join(ROOT, folder), folder, processes, 10, () => 'see the with / without ratios above')) console.log(`  ${line}`);
  }
}
