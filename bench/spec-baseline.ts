// Shared by `npm run bench spec` and `npm run bench generate`: the spec stage (toOpenAPI) of the code
// before issue 12's response model beside today's, on the same docs, in the same run.
// - "Before" is 136a919's first parent (the merge that brought the response model). Its scripts/ (and
//   package.json, for ESM) are taken with `git archive` into a temporary folder whose node_modules
//   links to ours; each side parses the docs with its own parser (the model changed with the pass).
// - Each measurement is a fresh node process under tsx: the first toOpenAPI call (cold, as
//   `npm run generate` runs the stage once in a process: the code runs unoptimized while V8
//   compiles what gets hot, on other threads, whose CPU time counts), then WARMUP calls left out
//   (the JIT settling), then warm calls. CPU time of the process (process.cpuUsage, every thread:
//   the compiler's and the collector's too) and wall time around each call; medians over the
//   processes (cold) and over every warm call.
// - Three sides, alternating process by process so that all see the same load:
//   - before: its modules, compiled as the stage runs (as its `npm run generate` ran it);
//   - now: as `npm run generate` runs it today (scripts/spec-code.ts), its compiled code read from
//     the code cache a first, unmeasured process wrote; loading it (reading and deserializing the
//     code) is counted in the first call;
//   - now, compiled as it runs: today's modules loaded as before's are, no code cache: what the
//     code itself costs a process that compiles it (a run after the code changed).
// - Without that commit (a shallow clone, an export), `compareWithBefore` answers undefined and the
//   benches fall back to the with / without the entity pass ratio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scripts/generate.js';
import { moduleVersions } from '../scripts/module-graph.mjs';
import { SPEC_CODE_ENTRY } from '../scripts/spec-code.js';
import { median } from './measure.js';

/** The code before the response model (issue 12): the merge's first parent. */
export const BEFORE = '136a919^1';
/** Issue 12: the spec stage may cost at most this much more than before. */
export const TARGET = 1.1;
/** Calls after the first that are not measured: the JIT's tiering settles over about ten. */
export const WARMUP = 10;

interface Sample {
  cpu: number;
  wall: number;
}

interface ChildResult {
  operations: number;
  /** Where the code came from (scripts/spec-code.ts's `from`), or `modules`. */
  from: string;
  first: Sample;
  warm: Sample[];
}

export interface SideCost {
  operations: number;
  /** Medians over the processes of their first call, ms. */
  cold: Sample;
  /** Medians over every warm call of every process, ms. */
  warm: Sample;
  /** The least CPU time of a first call and of a warm call: what load can only add to. */
  least: { cold: number; warm: number };
}

export interface Comparison {
  commit: string;
  processes: number;
  before: SideCost;
  /** As `npm run generate` runs it: its compiled code from the code cache. */
  now: SideCost;
  /** Today's modules compiled as they run, as before's are. */
  compiled: SideCost;
}

/** How a child loads the stage: its modules, or scripts/spec-code.ts's bundle (version, cache folder). */
type Loading = { kind: 'modules' } | { kind: 'code-cache'; version: string; cacheDir: string };

// Run in a child process under tsx: parse the docs with the code under ROOT, then time toOpenAPI.
const CHILD = `
  const [root, docs, warmup, runs, loading] = process.argv.slice(1);
  const how = JSON.parse(loading);
  const { pathToFileURL } = await import('node:url');
  const load = (path) => import(pathToFileURL(root + '/scripts/' + path).href);
  const { listPages, readPages } = await load('pages.ts');
  const { assembleDocs, parsePage } = await load('parse/index.ts');
  const { pages } = await readPages(docs, await listPages(docs));
  const model = assembleDocs(pages.map((p) => parsePage(p.file, p.text)));
  const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  let toOpenAPI, from = 'modules', keep = () => {}, loaded = { cpu: 0, wall: 0 };
  if (how.kind === 'code-cache') {
    // What generate's bundle holds already (the loader's modules) is loaded first; reading and
    // deserializing the cached code is the stage's (without the cache, compiling is in the call).
    const { loadSpecCode } = await load('spec-code.ts');
    const start = { cpu: cpuNow(), wall: performance.now() };
    ({ toOpenAPI, from, keep } = await loadSpecCode({ version: how.version, cacheDir: how.cacheDir }));
    loaded = { cpu: cpuNow() - start.cpu, wall: performance.now() - start.wall };
  } else ({ toOpenAPI } = await load('openapi/index.ts'));
  let document;
  const time = () => {
    const cpu0 = cpuNow();
    const wall0 = performance.now();
    document = toOpenAPI(model).document;
    return { cpu: cpuNow() - cpu0, wall: performance.now() - wall0 };
  };
  const call = time();
  keep();
  const first = { cpu: loaded.cpu + call.cpu, wall: loaded.wall + call.wall };
  for (let i = 0; i < Number(warmup); i++) time();
  const warm = Array.from({ length: Number(runs) }, time);
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(JSON.stringify({ operations, from, first, warm }));`;

function runChild(root: string, docs: string, runs: number, loading: Loading): ChildResult {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, root, docs, String(WARMUP), String(runs), JSON.stringify(loading)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

function summarize(results: ChildResult[]): SideCost {
  const warm = results.flatMap((r) => r.warm);
  return {
    operations: results[0].operations,
    cold: { cpu: median(results.map((r) => r.first.cpu)), wall: median(results.map((r) => r.first.wall)) },
    warm: { cpu: median(warm.map((s) => s.cpu)), wall: median(warm.map((s) => s.wall)) },
    least: { cold: Math.min(...results.map((r) => r.first.cpu)), warm: Math.min(...warm.map((s) => s.cpu)) },
  };
}

/** The commit "before" names, or undefined when this clone does not hold it. */
export function beforeCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${BEFORE}^{commit}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * toOpenAPI before issue 12 and now (both ways, see the top) on `docs`, `processes` fresh processes
 * each (alternating), each timing its first call and, after WARMUP more, `warmRuns` more. Undefined
 * when the commit is not in this clone.
 */
export async function compareWithBefore(docs: string, processes: number, warmRuns: number): Promise<Comparison | undefined> {
  const commit = beforeCommit();
  if (!commit) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-before-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'scripts', 'package.json'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', join(dir)], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const version = (await moduleVersions('scripts/generate.ts'))[SPEC_CODE_ENTRY];
    const cached: Loading = { kind: 'code-cache', version, cacheDir: join(dir, '.cache') };
    // The run that builds the bundle and writes the cache, as the first regeneration after a change does.
    runChild(ROOT, docs, 0, cached);
    const sides = [
      { root: dir, loading: { kind: 'modules' } as Loading, results: [] as ChildResult[] },
      { root: ROOT, loading: cached, results: [] as ChildResult[] },
      { root: ROOT, loading: { kind: 'modules' } as Loading, results: [] as ChildResult[] },
    ];
    for (let i = 0; i < processes; i++) {
      // Each side starts a round in turn, so that none always follows another.
      for (let s = 0; s < sides.length; s++) {
        const side = sides[(i + s) % sides.length];
        const result = runChild(side.root, docs, warmRuns, side.loading);
        if (side.loading.kind === 'code-cache' && result.from !== 'cache') throw new Error(`the stage's code did not come from the code cache (${result.from})`);
        side.results.push(result);
      }
    }
    const [before, now, compiled] = sides.map((side) => summarize(side.results));
    return { commit, processes, before, now, compiled };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (now: number, before: number) => `${(now / before).toFixed(2)}x`;

/**
 * The before / now lines for `docs` (named `folder`): a heading and the lines under it; without the
 * commit, one line saying so and giving `fallback()` (the with / without the entity pass ratio).
 */
export async function beforeNowLines(docs: string, folder: string, processes: number, warmRuns: number, fallback: () => string): Promise<string[]> {
  const c = await compareWithBefore(docs, processes, warmRuns);
  if (!c) return [`${folder}: ${BEFORE} is not in this clone (shallow?): no before / now comparison; instead ${fallback()}`];
  const line = (name: string, key: 'cold' | 'warm', now: SideCost, target: boolean) => {
    const cpu = now[key].cpu / c.before[key].cpu;
    const verdict = target ? ` (target at most ${TARGET.toFixed(2)}x CPU: ${cpu <= TARGET ? 'met' : 'not met'})` : '';
    return `    ${name}: before ${ms(c.before[key].cpu)} CPU (${ms(c.before[key].wall)} wall), now ${ms(now[key].cpu)} CPU (${ms(now[key].wall)} wall): ` +
      `${ratio(now[key].cpu, c.before[key].cpu)} CPU, ${ratio(now[key].wall, c.before[key].wall)} wall${verdict}; ` +
      `least CPU ${ms(c.before.least[key])} and ${ms(now.least[key])}: ${ratio(now.least[key], c.before.least[key])}`;
  };
  const cold = 'first call (cold), median of the processes';
  const warm = `warm calls (${warmRuns} a process after ${WARMUP} left out), median of all`;
  return [
    `${folder}, toOpenAPI before issue 12 (${c.commit.slice(0, 7)}, ${c.before.operations} operations) and now (${c.now.operations} operations), ${c.processes} fresh process${c.processes === 1 ? '' : 'es'} each, alternating:`,
    '  as npm run generate runs it (now: its compiled code read from the code cache, the load counted; before: compiled as it runs):',
    line(cold, 'cold', c.now, true),
    line(warm, 'warm', c.now, true),
    '  the code alone (now compiled as it runs too: a run after the code changed):',
    line(cold, 'cold', c.compiled, false),
    line(warm, 'warm', c.compiled, false),
  ];
}
