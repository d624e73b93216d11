// `npm run bench generate`: Regeneration as the user waits for it, and the floor under it.
// - Whole runs of `npm run generate` (every output: spec, types, completions, docs site, changelog,
//   diagnostics), each a fresh process on a copy of docs-source, medians of BENCH_RUNS (default 5):
//   cold (`--no-cache`: every page parsed, every output built), one page changed (a description
//   in projects.md, so that the spec and every output change; the other pages from the cache),
//   nothing changed. Wall time from the user's command (`npm run generate`) and from the command npm
//   runs (`node scripts/launch.mjs ...`), CPU time of the whole process tree, and where the time went.
// - The floor under a cold run, in the same run: a fresh node process that only parses the pages
//   with remark + remark-gfm (none of our code), main thread alone or with one worker.
// - The parts: each stage in process (median), and openapi-typescript alone (types emitter).
// The targets (issue 11) are printed beside the figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import openapiTS, { astToString } from 'openapi-typescript';
import { ROOT, specJson } from '../scripts/generate.js';
import { toYaml } from '../scripts/spec-yaml.js';
import { listPages, readPages } from '../scripts/pages.js';
import { assembleDocs, parsePage } from '../scripts/parse/index.js';
import { toOpenAPI } from '../scripts/openapi/index.js';
import { typeNodes } from '../scripts/emit/types-nodes.js';
import { typesOptions } from '../scripts/emit/types.js';
import { measure, median } from './measure.js';
import { beforeNowLines } from './spec-baseline.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const fmt = (ms: number) => `${Math.round(ms)} ms`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface WholeRun {
  /** Wall time of the process, ms. */
  ms: number;
  /** CPU time (user + system) of the process and its children, ms. */
  cpuMs: number;
  /** Peak RSS of the largest process of the tree, KB. */
  maxRssKb: number;
  stdout: string;
}

/** One command as a fresh process tree, timed by /usr/bin/time (wall, CPU of the tree, peak RSS). */
function wholeRun(command: string[]): WholeRun {
  const result = spawnSync('/usr/bin/time', ['-f', '@@time %e %U %S %M', ...command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const line = result.stderr.split('\n').find((l) => l.startsWith('@@time '));
  if (!line) throw new Error(`no timing from /usr/bin/time:\n${result.stderr}`);
  const [wall, user, system, rss] = line.slice(7).split(' ').map(Number);
  return { ms: wall * 1000, cpuMs: (user + system) * 1000, maxRssKb: rss, stdout: result.stdout };
}

/** The summary's `Time:` line as stage -> ms. */
function timings(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('Time: ')) ?? '';
  return Object.fromEntries(line.slice(6).split(', ').map((part) => {
    const [stage, ms] = part.split(' ');
    return [stage, Number(ms)];
  }));
}

/**
 * The floor under a cold run: a fresh node process that only parses the pages with remark + remark-gfm
 * (none of our code, no loader), on the main thread alone or with one worker thread taking pages from
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
      const queue = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(dir + '/' + f, 'utf8')).sort((a, b) => b.length - a.length);
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

/**
 * The types emitter's work in a fresh process, from generate's bundle as generate runs it: loading
 * its chunk (openapi-typescript's transform and TypeScript), then transforming and printing (cold).
 */
function typesAlone(spec: string): Record<string, number> {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.cache', 'bundle', 'scripts_generate.ts.json'), 'utf8')) as { outdir: string; chunks: Record<string, string> };
  const chunk = JSON.stringify(pathToFileURL(join(manifest.outdir, manifest.chunks['scripts/emit/types.ts'])).href);
  const code = `
    const t0 = performance.now();
    const { emitTypes } = await import(${chunk});
    const t1 = performance.now();
    const doc = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(spec)}, 'utf8'));
    const t2 = performance.now();
    await emitTypes(doc);
    const t3 = performance.now();
    console.log(JSON.stringify({ load: t1 - t0, emit: t3 - t2 }));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
}

function medianRun(runs: WholeRun[]): WholeRun {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

export async function run(): Promise<void> {
  const docs = join(ROOT, 'docs-source');
  const files = await listPages(docs);
  const { pages } = await readPages(docs, files);
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  console.log(`docs-source: ${pages.length} pages, ${Math.round(bytes / 1024)} KB; medians of ${RUNS} runs; a shared machine gives loose figures: compare the ratios`);

  const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-bench-'));
  try {
    const copy = join(work, 'docs');
    cpSync(docs, copy, { recursive: true });
    const out = join(work, 'out');
    const projects = join(copy, 'projects.md');
    const original = readFileSync(projects, 'utf8');
    const sentence = 'Get a list of all visible projects across GitLab for the authenticated user.';
    if (!original.includes(sentence)) throw new Error(`projects.md no longer says "${sentence}": pick another sentence to change`);

    const launch = [process.execPath, join(ROOT, 'scripts', 'launch.mjs'), 'scripts/generate.ts', '--docs', copy, '--out', out];
    const viaNpm = ['npm', 'run', '--silent', 'generate', '--', '--docs', copy, '--out', out];
    const cold: WholeRun[] = [];
    const onePage: WholeRun[] = [];
    const unchanged: WholeRun[] = [];
    const npmUnchanged: WholeRun[] = [];
    const floors: { one: number; two: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(wholeRun([...launch, '--no-cache']));
      wholeRun(launch); // fills the page cache and records the outputs (not measured)
      // A text no earlier bench parsed (the page cache is keyed by content).
      writeFileSync(projects, original.replace(sentence, `${sentence} (Changed for the bench ${process.pid}-${Date.now()}, run ${i}.)`));
      onePage.push(wholeRun(launch));
      unchanged.push(wholeRun(launch));
      npmUnchanged.push(wholeRun(viaNpm));
      // The floor in the same loop, so that it sees the same load as the runs it is compared with.
      floors.push({ one: remarkFloor(copy, 1).ms, two: remarkFloor(copy, 2).ms });
    }
    const floor = Math.min(median(floors.map((f) => f.one)), median(floors.map((f) => f.two)));
    const c = medianRun(cold);
    const o = medianRun(onePage);
    const u = medianRun(unchanged);
    const n = medianRun(npmUnchanged);
    const outputsLine = (r: WholeRun) => r.stdout.split('\n').find((l) => l.startsWith('Outputs: ')) ?? '';
    const changedLine = (r: WholeRun) => (r.stdout.split('\n').find((l) => / changed under /.test(l)) ?? '').replace(/ under .*/, '');
    const show = (name: string, r: WholeRun, target: string) => {
      console.log(`  ${name}: ${secs(r.ms)} wall, ${secs(r.cpuMs)} CPU, peak RSS ${Math.round(r.maxRssKb / 1024)} MB; ${target}`);
      console.log(`    ${outputsLine(r)}; ${changedLine(r)}`);
      console.log(`    ${Object.entries(timings(r.stdout)).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
    };
    console.log(`\nnpm run generate, every output, each run a fresh process (median of ${RUNS}):`);
    show('nothing changed', u, `npm run generate ${secs(n.ms)} wall (target: at most 1.0 s)`);
    show('one page changed', o, 'target: at most 1.5 s');
    show('cold (--no-cache)', c, `${(c.ms / floor).toFixed(2)}x the floor (target: at most 2x)`);
    console.log(`\nFloor of a cold run: remark + remark-gfm alone in a fresh node process (median of ${RUNS}, same loop):`);
    console.log(`  one thread ${fmt(median(floors.map((f) => f.one)))}, main + 1 worker ${fmt(median(floors.map((f) => f.two)))}; the floor is the lower`);
    console.log(`  cold / floor: ${(c.ms / floor).toFixed(2)}x; one page changed / floor: ${(o.ms / floor).toFixed(2)}x; nothing changed / floor: ${(u.ms / floor).toFixed(2)}x`);

    // The parts, in this process (modules loaded, JIT warm).
    const processor = unified().use(remarkParse).use(remarkGfm);
    const baseline = measure(RUNS, () => pages.map((p) => processor.parse(p.text)));
    const parse = measure(RUNS, () => pages.map((p) => parsePage(p.file, p.text)));
    const model = measure(RUNS, () => assembleDocs(parse.result));
    const spec = measure(RUNS, () => toOpenAPI(model.result));
    const json = measure(RUNS, () => specJson(spec.result.document));
    const yaml = measure(RUNS, () => toYaml(spec.result.document));
    console.log('\nIn-process stages, one thread, warm (median):');
    console.log(`  remark + gfm parse ${fmt(baseline.ms)}; parse ${fmt(parse.ms)} (${(parse.ms / baseline.ms).toFixed(2)}x); model ${fmt(model.ms)}; spec ${fmt(spec.ms)}; JSON ${fmt(json.ms)}; YAML ${fmt(yaml.ms)}`);
    // Issue 12's target: the spec stage before its response model and now (bench/spec-baseline.ts).
    const withoutEntities = () => {
      const timings: Record<string, number> = {};
      const start = performance.now();
      toOpenAPI(model.result, { timings });
      const total = performance.now() - start;
      return `with / without the entity pass ${(total / (total - timings.entities)).toFixed(2)}x (one warm call)`;
    };
    const [heading, ...lines] = beforeNowLines(docs, 'docs-source', RUNS, 10, withoutEntities);
    console.log(`  spec stage, ${heading}`);
    for (const line of lines) console.log(`  ${line}`);
    const doc = spec.result.document;
    const fullTimes: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3) + 1; i++) {
      const start = performance.now();
      astToString(await openapiTS(structuredClone(doc), typesOptions));
      if (i > 0) fullTimes.push(performance.now() - start); // the first warms up
    }
    const direct = measure(Math.min(RUNS, 3), () => astToString(typeNodes(doc, typesOptions)));
    console.log(`  types: openapiTS() + print ${fmt(median(fullTimes))} (Redocly lint and bundle, then the transform) against the transform alone + print ${fmt(direct.ms)} (scripts/emit/types-nodes.ts)`);
    const specFile = join(work, 'openapi.json');
    writeFileSync(specFile, specJson(doc));
    const alone = Array.from({ length: Math.min(RUNS, 3) }, () => typesAlone(specFile));
    const part = (key: string) => fmt(median(alone.map((a) => a[key])));
    console.log(`  types emitter in a fresh process, from generate's bundle: load its chunk (openapi-typescript's transform, TypeScript) ${part('load')}, transform + print ${part('emit')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
