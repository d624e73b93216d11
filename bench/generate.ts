// The spec stage of `npm run generate` (read, parse, model, spec, serialize, write), on docs-source.
// - In-process stages: medians of several runs; baseline in the same run: remark + remark-gfm
//   alone over the same pages (the floor any parser built on them pays).
// - Whole runs, each in a fresh `node` process (what a user waits for): cold (no cache), one page
//   changed (cache warm for the others), nothing changed; wall time and peak RSS.
// Growth with the size of the input (issue 7) is measured by bench/size.ts.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { EMITTERS, ROOT, specJson } from '../scripts/generate.js';
import { toYaml } from '../scripts/spec-yaml.js';
import { listPages, readPages } from '../scripts/pages.js';
import { assembleDocs, parsePage } from '../scripts/parse/index.js';
import { toOpenAPI } from '../scripts/openapi/index.js';
import { measure } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const fmt = (ms: number) => `${Math.round(ms)} ms`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

interface ChildRun {
  ms: number;
  maxRssKb: number;
  parsed: number;
  cached: number;
  timings: Record<string, number>;
}

/**
 * The floor under a cold run: a fresh node process that only parses the pages with remark + remark-gfm
 * (none of our code, no tsx), on the main thread alone or with one worker thread taking pages from
 * the same queue as the parse pool does. Wall time from the process's start, and its CPU time.
 */
function remarkFloor(docs: string, threads: 1 | 2): { ms: number; cpuMs: number } {
  const url = (name: string) => JSON.stringify(import.meta.resolve(name));
  const code = `
    import { Worker, isMainThread, parentPort } from 'node:worker_threads';
    import { readdirSync, readFileSync } from 'node:fs';
    const { unified } = await import(${url('unified')});
    const remarkParse = (await import(${url('remark-parse')})).default;
    const remarkGfm = (await import(${url('remark-gfm')})).default;
    const processor = unified().use(remarkParse).use(remarkGfm);
    if (!isMainThread) {
      parentPort.on('message', (text) => { processor.parse(text); parentPort.postMessage(0); });
    } else {
      const dir = ${JSON.stringify(docs)};
      const queue = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(dir + '/' + f, 'utf8')).sort((a, b) => b.length - a.length);
      const worker = ${threads} === 2 ? new Worker(process.argv[1], { eval: true }) : undefined;
      const workerDone = new Promise((resolve) => {
        if (!worker) return resolve();
        const next = () => { const text = queue.shift(); if (text === undefined) resolve(); else worker.postMessage(text); };
        worker.on('message', next);
        next();
      });
      for (let text = queue.shift(); text !== undefined; text = queue.shift()) {
        processor.parse(text);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await workerDone;
      await worker?.terminate();
      const cpu = process.cpuUsage();
      console.log(JSON.stringify({ ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 }));
    }`;
  // The worker evaluates the same code (passed as argv[1]), taking the !isMainThread branch.
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', code, code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout.trim()) as { ms: number; cpuMs: number };
}

/** One whole generate run in a fresh node process (module loading included), as a user runs it. */
function childRun(docs: string, out: string, cacheDir: string | false): ChildRun {
  const code = `
    const start = performance.now();
    const { generate } = await import(${JSON.stringify(join(ROOT, 'scripts', 'generate.ts'))});
    const r = await generate({ docs: ${JSON.stringify(docs)}, out: ${JSON.stringify(out)}, cacheDir: ${JSON.stringify(cacheDir)},
      noEmit: ${JSON.stringify(EMITTERS.map((e) => e.name))} });
    console.log(JSON.stringify({ ms: performance.now() - start, maxRssKb: process.resourceUsage().maxRSS,
      parsed: r.summary.parsed, cached: r.summary.cached, timings: r.summary.timings }));`;
  const start = performance.now();
  const env = { ...process.env, GITLAB_OPENAPI_PARSER_VERSION: `bench-${process.pid}` };
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as ChildRun;
  return { ...result, ms: performance.now() - start };
}

function medianRun(runs: ChildRun[]): ChildRun {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  const docs = join(ROOT, 'docs-source');
  const files = await listPages(docs);
  const { pages } = await readPages(docs, files);
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  console.log(`docs-source: ${pages.length} pages, ${Math.round(bytes / 1024)} KB; medians of ${RUNS} runs`);

  const processor = unified().use(remarkParse).use(remarkGfm);
  const baseline = measure(RUNS, () => pages.map((p) => processor.parse(p.text)));
  const parse = measure(RUNS, () => pages.map((p) => parsePage(p.file, p.text)));
  const model = measure(RUNS, () => assembleDocs(parse.result));
  const spec = measure(RUNS, () => toOpenAPI(model.result));
  const serialize = measure(RUNS, () => [specJson(spec.result.document), toYaml(spec.result.document)]);
  console.log('\nIn-process stages, one thread:');
  console.log(`  baseline remark+gfm parse: ${fmt(baseline.ms)}`);
  console.log(`  parse (parsePage x ${pages.length}): ${fmt(parse.ms)} (${(parse.ms / baseline.ms).toFixed(2)}x baseline)`);
  console.log(`  model (assembleDocs): ${fmt(model.ms)}`);
  console.log(`  spec (toOpenAPI): ${fmt(spec.ms)}`);
  console.log(`  serialize (JSON + YAML): ${fmt(serialize.ms)}`);

  const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-bench-'));
  try {
    const copy = join(work, 'docs');
    cpSync(docs, copy, { recursive: true });
    const out = join(work, 'out');
    const cache = join(work, 'cache');
    const runs = Math.max(3, Math.min(RUNS, 5));
    const cold: ChildRun[] = [];
    const onePage: ChildRun[] = [];
    const unchanged: ChildRun[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(cache, { recursive: true, force: true });
      cold.push(childRun(copy, out, cache));
      appendFileSync(join(copy, 'projects.md'), `\nChanged for the bench, run ${i}.\n`);
      onePage.push(childRun(copy, out, cache));
      unchanged.push(childRun(copy, out, cache));
    }
    const show = (name: string, r: ChildRun) =>
      console.log(`  ${name}: ${fmt(r.ms)} wall, peak RSS ${mb(r.maxRssKb)} (parsed ${r.parsed}, cached ${r.cached}; ` +
        `${Object.entries(r.timings).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')})`);
    console.log(`\nWhole spec stage, fresh node process each (median of ${runs}; target < 1500 ms):`);
    const c = medianRun(cold);
    const o = medianRun(onePage);
    show('cold, no cache', c);
    show('one page changed', o);
    show('nothing changed', medianRun(unchanged));
    console.log(`  one page changed / cold: ${(o.ms / c.ms).toFixed(2)}`);
    const floor = (threads: 1 | 2) => {
      const samples = Array.from({ length: runs }, () => remarkFloor(copy, threads)).sort((a, b) => a.ms - b.ms);
      return samples[Math.floor(samples.length / 2)];
    };
    const one = floor(1);
    const two = floor(2);
    console.log(`\nFloor of a cold run: remark + remark-gfm alone, fresh node process, no tsx, none of our code (median of ${runs}):`);
    console.log(`  one thread: ${fmt(one.ms)} wall, ${fmt(one.cpuMs)} CPU (V8's compiler and GC threads use the other core)`);
    console.log(`  main + 1 worker: ${fmt(two.ms)} wall, ${fmt(two.cpuMs)} CPU`);
    console.log(`  cold run / this floor: ${(c.ms / Math.min(one.ms, two.ms)).toFixed(2)}x`);

  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
