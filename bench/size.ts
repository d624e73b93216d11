// Size (issue 7): does the spec stage (read, parse, model, spec, JSON + YAML, write) grow about
// linearly with its input? Against baselines measured in the same run:
// - one page 50 times larger than projects.md, against projects.md itself;
// - the whole corpus repeated 10 times under other file names, against the corpus once.
// Each input twice: the copies as they are (the same endpoints again: merged, reported as
// duplicates) and with every endpoint path prefixed per copy (`GET /c7/projects/:id`: a spec 50 or
// 10 times larger, operationIds de-duplicated). Every run in a fresh node process, one thread
// (--jobs 1), no cache; memory is the peak RSS above what the process holds once the pipeline's
// modules are loaded. BENCH_SIZE_RUNS (default 1) runs of each, the median shown.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EMITTERS, ROOT } from '../scripts/generate.js';

interface SizeRun {
  ms: number;
  /** Peak RSS of the process, and its RSS once the modules were loaded, in KB. */
  peakKb: number;
  floorKb: number;
  timings: Record<string, number>;
  operations: number;
  bytes: number;
}

function childRun(docs: string, out: string): SizeRun {
  const code = `
    const { generate } = await import(${JSON.stringify(join(ROOT, 'scripts', 'generate.ts'))});
    await import(${JSON.stringify(join(ROOT, 'scripts', 'parse', 'index.ts'))});
    await import(${JSON.stringify(join(ROOT, 'scripts', 'openapi', 'index.ts'))});
    const floorKb = Math.round(process.memoryUsage().rss / 1024);
    const start = performance.now();
    const r = await generate({ docs: ${JSON.stringify(docs)}, out: ${JSON.stringify(out)}, cacheDir: false, jobs: 1,
      noEmit: ${JSON.stringify(EMITTERS.map((e) => e.name))} });
    console.log(JSON.stringify({ ms: performance.now() - start, peakKb: process.resourceUsage().maxRSS, floorKb,
      timings: r.summary.timings, operations: r.summary.operations }));`;
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<SizeRun, 'bytes'>;
  return { ...result, bytes: folderBytes(docs) };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + readFileSync(join(e.parentPath, e.name)).length, 0);
}

function median(runs: SizeRun[]): SizeRun {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

/** `GET /projects/:id` -> `GET /c7/projects/:id`, in endpoint lines and in curl examples alike. */
function prefixPaths(text: string, prefix: string): string {
  return text
    .replace(/^(\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)\//gm, `$1/${prefix}/`)
    .replace(/(\/api\/v4)\//g, `$1/${prefix}/`);
}

const fmt = (ms: number) => `${Math.round(ms)} ms`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const x = (a: number, b: number) => `x${(a / b).toFixed(1)}`;

function row(label: string, r: SizeRun, base?: SizeRun): string {
  const grown = r.peakKb - r.floorKb;
  const parts = [
    `${label}: ${Math.round(r.bytes / 1024)} KB, ${r.operations} operations`,
    `${fmt(r.ms)} (parse ${fmt(r.timings.parse)}, spec ${fmt(r.timings.spec)}, serialize ${fmt(r.timings.serialize)})`,
    `peak RSS ${mb(r.peakKb)}, ${mb(grown)} above the loaded process`,
  ];
  if (base) {
    parts.push(`against 1x: bytes ${x(r.bytes, base.bytes)}, operations ${x(r.operations, base.operations)}, time ${x(r.ms, base.ms)}, ` +
      `parse ${x(r.timings.parse, base.timings.parse)}, spec ${x(r.timings.spec, base.timings.spec)}, serialize ${x(r.timings.serialize, base.timings.serialize)}, ` +
      `memory above the loaded process ${x(grown, Math.max(1, base.peakKb - base.floorKb))}`);
  }
  return `  ${parts.join('; ')}`;
}

export async function run(): Promise<void> {
  const runs = Number(process.env.BENCH_SIZE_RUNS ?? 1);
  const docs = join(ROOT, 'docs-source');
  const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-size-'));
  const measure = (dir: string) => median(Array.from({ length: runs }, () => childRun(dir, join(work, 'out'))));
  try {
    const projects = readFileSync(join(docs, 'projects.md'), 'utf8');
    const page = (name: string, text: string) => {
      mkdirSync(join(work, name));
      writeFileSync(join(work, name, 'projects.md'), text);
      return join(work, name);
    };
    console.log(`Fresh node process per run, --jobs 1, no cache, median of ${runs} (BENCH_SIZE_RUNS)`);
    console.log('\nOne page 50 times larger than projects.md:');
    const one = measure(page('one', projects));
    console.log(row('projects.md (1x)', one));
    console.log(row('x50, same text', measure(page('fifty-same', Array.from({ length: 50 }, () => projects).join('\n'))), one));
    console.log(row('x50, paths prefixed', measure(page('fifty-distinct', Array.from({ length: 50 }, (_, i) => prefixPaths(projects, `c${i}`)).join('\n'))), one));

    console.log('\nThe corpus repeated 10 times under other names (copy0/ ... copy9/):');
    const corpus = measure(docs);
    console.log(row('docs-source (1x)', corpus));
    const files = readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md'));
    for (const distinct of [false, true]) {
      const dir = join(work, distinct ? 'tenfold-distinct' : 'tenfold-same');
      for (let i = 0; i < 10; i++) {
        for (const e of files) {
          const target = join(dir, `copy${i}`, join(e.parentPath, e.name).slice(docs.length + 1));
          mkdirSync(dirname(target), { recursive: true });
          const text = readFileSync(join(e.parentPath, e.name), 'utf8');
          writeFileSync(target, distinct ? prefixPaths(text, `c${i}`) : text);
        }
      }
      console.log(row(`x10, ${distinct ? 'paths prefixed' : 'same text'}`, measure(dir), corpus));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

