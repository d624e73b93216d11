// Size (issues 7 and 17): do time and memory grow linearly with the input? Every run is the spec
// stage of `generate` (read, parse, model, spec, JSON + YAML, diagnostics report, written) in a
// fresh node process, one thread (--jobs 1), no cache, no emitters; against docs-source measured in
// the same run:
// - one page of 1, 5 and 20 MB: projects.md repeated (the same endpoints again: merged into one
//   operation each and reported as duplicates), and the same with every endpoint path prefixed per
//   copy (`GET /c7/projects/:id`: a spec that grows with the page);
// - the corpus repeated 10 times under other names (copy0/ ... copy9/): a folder that grows;
// - hostile nesting: a page with 10,000 nested list levels on one line, and one with 10,000 nested
//   block quotes (issue 17: cut to 100 levels before parsing, the rest of the page read as usual).
// Time is wall-clock and CPU (user + system, all threads: on a shared machine CPU time is the
// steadier one). Memory is the process's peak RSS.
//
//   BENCH_SIZE_RUNS=N        runs of each input, the median shown (default 1)
//   BENCH_SIZE_MB=1,5,20     page sizes (default 1,5,20)
//   BENCH_SIZE_EMITTERS=1    also time every emitter on the largest spec (types, completions, docs site)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EMITTERS, ROOT } from '../scripts/generate.js';

interface SizeRun {
  ms: number;
  cpuMs: number;
  peakKb: number;
  timings: Record<string, number>;
  operations: number;
  bytes: number;
  specBytes: number;
  diagnostics: number;
}

function childRun(docs: string, out: string, emitters: boolean): SizeRun {
  const noEmit = emitters ? ['changelog'] : EMITTERS.map((e) => e.name);
  const code = `
    const { generate } = await import(${JSON.stringify(join(ROOT, 'scripts', 'generate.ts'))});
    const start = performance.now();
    const cpu = process.cpuUsage();
    const r = await generate({ docs: ${JSON.stringify(docs)}, out: ${JSON.stringify(out)}, cacheDir: false, jobs: 1,
      noEmit: ${JSON.stringify(noEmit)}, keepGoing: true });
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakKb: process.resourceUsage().maxRSS,
      timings: r.summary.timings, operations: r.summary.operations, diagnostics: r.diagnostics.length }));`;
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<SizeRun, 'bytes' | 'specBytes'>;
  const specBytes = statSync(join(out, 'spec', 'openapi.json')).size;
  rmSync(out, { recursive: true, force: true });
  return { ...result, bytes: folderBytes(docs), specBytes };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
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

const MB = 1024 * 1024;
const s = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
const x = (a: number, b: number) => `x${(a / b).toFixed(1)}`;

function row(label: string, r: SizeRun, base?: SizeRun): string {
  const perMb = r.bytes / MB;
  const t = r.timings;
  const parts = [
    `${label}: ${mb(r.bytes)}, ${r.operations} operations, spec ${mb(r.specBytes)}, ${r.diagnostics} diagnostics`,
    `${s(r.ms)} wall, ${s(r.cpuMs)} CPU (parse ${s(t.parse)}, model ${s(t.model)}, spec ${s(t.spec)}, serialize ${s(t.serialize)}, write ${s(t.write)})`,
    `peak RSS ${mb(r.peakKb * 1024)}`,
  ];
  // Per MB only of inputs large enough for it to mean something (not the nesting pages' 2 KB).
  if (r.bytes >= MB / 10) parts.push(`per MB of input: ${s(r.ms / perMb)} wall, ${s(r.cpuMs / perMb)} CPU, ${mb((r.peakKb * 1024) / perMb)} RSS`);
  if (base) parts.push(`against docs-source: bytes ${x(r.bytes, base.bytes)}, wall ${x(r.ms, base.ms)}, CPU ${x(r.cpuMs, base.cpuMs)}, peak RSS ${x(r.peakKb, base.peakKb)}`);
  return `  ${parts.join('\n    ')}`;
}

export async function run(): Promise<void> {
  const runs = Number(process.env.BENCH_SIZE_RUNS ?? 1);
  const sizes = (process.env.BENCH_SIZE_MB ?? '1,5,20').split(',').map(Number).filter((n) => n > 0);
  const docs = join(ROOT, 'docs-source');
  const work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-size-'));
  const measure = (dir: string, emitters = false) => median(Array.from({ length: runs }, () => childRun(dir, join(work, 'out'), emitters)));
  const folder = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, name, file)), { recursive: true });
      writeFileSync(join(work, name, file), text);
    }
    return join(work, name);
  };
  try {
    console.log(`Fresh node process per run, --jobs 1, no cache, no emitters; median of ${runs} (BENCH_SIZE_RUNS)`);
    const corpus = measure(docs);
    console.log(row('docs-source (69 pages)', corpus));

    const projects = readFileSync(join(docs, 'projects.md'), 'utf8');
    let largest = '';
    for (const distinct of [false, true]) {
      console.log(`\nOne page, projects.md repeated${distinct ? ', every copy\'s paths prefixed (/c7/projects/...)' : ' as it is'}:`);
      for (const size of sizes) {
        const copies = Math.max(1, Math.round((size * MB) / projects.length));
        const text = Array.from({ length: copies }, (_, i) => (distinct ? prefixPaths(projects, `c${i}`) : projects)).join('\n');
        const dir = folder(`page-${size}-${distinct}`, { 'projects.md': text });
        const result = measure(dir);
        console.log(row(`${size} MB (${copies} copies)`, result, corpus));
        if (distinct && size === Math.max(...sizes)) largest = dir;
        else rmSync(dir, { recursive: true, force: true });
      }
    }

    console.log('\nThe corpus 10 times under other names (copy0/ ... copy9/), paths prefixed per copy:');
    const files = readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md'));
    const tenfold: Record<string, string> = {};
    for (let i = 0; i < 10; i++) {
      for (const e of files) {
        const rel = join(e.parentPath, e.name).slice(docs.length + 1);
        tenfold[join(`copy${i}`, rel)] = prefixPaths(readFileSync(join(e.parentPath, e.name), 'utf8'), `c${i}`);
      }
    }
    const tenfoldDir = folder('tenfold', tenfold);
    console.log(row('docs-source x10', measure(tenfoldDir), corpus));
    rmSync(tenfoldDir, { recursive: true, force: true });

    console.log('\nHostile nesting, in version.md (cut to 100 levels before parsing; its endpoint still read):');
    const version = readFileSync(join(docs, 'version.md'), 'utf8');
    const plain = measure(folder('version', { 'version.md': version }));
    console.log(row('version.md as it is', plain));
    for (const [label, line] of [['10,000 nested list levels on one 20 KB line', `${'- '.repeat(10_000)}deep`], ['10,000 nested block quotes', `${'> '.repeat(10_000)}deep`]]) {
      const nested = measure(folder(label.replace(/\W+/g, '-'), { 'version.md': version.replace(/\n\n/, `\n\n${line}\n\n`) }));
      console.log(row(`version.md + ${label}`, nested));
      console.log(`    parse: ${Math.round(nested.timings.parse)} ms against ${Math.round(plain.timings.parse)} ms without it`);
    }

    if (process.env.BENCH_SIZE_EMITTERS === '1' && largest) {
      console.log('\nEvery emitter (types, completions, docs site) on the largest page\'s spec:');
      const r = measure(largest, true);
      console.log(row(`${Math.max(...sizes)} MB, paths prefixed, with emitters`, r, corpus));
      console.log(`    ${Object.entries(r.timings).filter(([k]) => k.startsWith('emit:')).map(([k, v]) => `${k} ${s(v)}`).join(', ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
