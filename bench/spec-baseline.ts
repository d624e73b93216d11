// Shared by `npm run bench spec` and `npm run bench generate`: the spec stage (toOpenAPI) of the code
// before issue 12's response model beside today's, on the same docs, in the same run.
// - "Before" is 136a919's first parent (the merge that brought the response model). Its scripts/ (and
//   package.json, for ESM) are taken with `git archive` into a temporary folder whose node_modules
//   links to ours; each side parses the docs with its own parser (the model changed with the pass),
//   once, into a JSON file of the pages' results.
// - Each measurement is a fresh node process under tsx that loads those results (as `npm run
//   generate` gets them: JSON from its cache, or a clone from a worker thread): the first toOpenAPI
//   call (cold, as `npm run generate` runs the stage once in a process: the code runs unoptimized
//   while V8 compiles what gets hot, on other threads, whose CPU time counts), then, in the first
//   WARM_PROCESSES, WARMUP calls left out (the JIT settling) and warm calls. The heap is collected
//   first (`--expose-gc`), so that no collection of the loading's garbage lands in the measured
//   calls. The two sides alternate,
//   process by process, so that both see the same load; CPU time of the process (process.cpuUsage,
//   every thread: the compiler's and the collector's too) and wall time around each call; medians
//   over the processes (cold) and over every warm call.
// - Without that commit (a shallow clone, an export), `compareWithBefore` answers undefined and the
//   benches fall back to the with / without the entity pass ratio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scripts/generate.js';
import { median } from './measure.js';

/** The code before the response model (issue 12): the merge's first parent. */
export const BEFORE = '136a919^1';
/** Issue 12: the spec stage may cost at most this much more than before. */
export const TARGET = 1.1;
/** Calls after the first that are not measured: the JIT's tiering settles over about ten. */
export const WARMUP = 10;
/**
 * Processes a side at least: first calls of one side spread over a third of their median between
 * processes (210 to 300 ms of CPU on a loaded day), and medians of nine moved the ratio by 0.1 from
 * one run to the next. Twenty-five a side, cheap now that a child loads the pages' results rather
 * than parsing them.
 */
export const MIN_PROCESSES = 25;
/** Of them, the processes that go on to the warm calls (which vary far less). */
export const WARM_PROCESSES = 9;

interface Sample {
  cpu: number;
  wall: number;
}

interface ChildResult {
  operations: number;
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
  now: SideCost;
}

// Run once a side, under tsx: every page of the docs parsed with the code under ROOT, the pages'
// results written as JSON to a file.
const PARSE = `
  const [root, docs, out] = process.argv.slice(1);
  const { pathToFileURL } = await import('node:url');
  const { writeFileSync } = await import('node:fs');
  const load = (path) => import(pathToFileURL(root + '/scripts/' + path).href);
  const { listPages, readPages } = await load('pages.ts');
  const { parsePage } = await load('parse/index.ts');
  const { pages } = await readPages(docs, await listPages(docs));
  writeFileSync(out, JSON.stringify(pages.map((p) => parsePage(p.file, p.text))));`;

// Run in a child process under tsx: the docs' model from the pages' results PARSE wrote (as
// \`npm run generate\` has them: read as JSON from its cache, or cloned from a worker thread), then
// toOpenAPI timed.
const CHILD = `
  const [root, results, warmup, runs] = process.argv.slice(1);
  const { pathToFileURL } = await import('node:url');
  const { readFileSync } = await import('node:fs');
  const load = (path) => import(pathToFileURL(root + '/scripts/' + path).href);
  const { assembleDocs } = await load('parse/index.ts');
  const { toOpenAPI } = await load('openapi/index.ts');
  const model = assembleDocs(JSON.parse(readFileSync(results, 'utf8')));
  // A heap without the loading's garbage: collecting it is not the stage's work, and it would fall
  // in some processes' first calls and not in others'.
  gc();
  gc();
  let document;
  const time = () => {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    document = toOpenAPI(model).document;
    const wall = performance.now() - wall0;
    const cpu = process.cpuUsage(cpu0);
    return { cpu: (cpu.user + cpu.system) / 1000, wall };
  };
  const first = time();
  const warm = [];
  if (Number(runs) > 0) {
    for (let i = 0; i < Number(warmup); i++) time();
    for (let i = 0; i < Number(runs); i++) warm.push(time());
  }
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(JSON.stringify({ operations, first, warm }));`;

const tsx = (script: string, args: string[], expose = false) =>
  execFileSync(process.execPath, [...(expose ? ['--expose-gc'] : []), '--import', 'tsx', '--input-type=module', '-e', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });

/** `docs` parsed by the code under `root`, its pages' results in `out`. */
function parseSide(root: string, docs: string, out: string): void {
  tsx(PARSE, [root, docs, out]);
}

function runChild(root: string, results: string, runs: number): ChildResult {
  const stdout = tsx(CHILD, [root, results, String(WARMUP), String(runs)], true);
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
 * toOpenAPI before issue 12 and now on `docs`, `asked` fresh processes each (MIN_PROCESSES at least,
 * alternating), each timing its first call and, the first WARM_PROCESSES of them (or `asked`), after
 * WARMUP more, `warmRuns` more. Undefined when the commit is not in this clone.
 */
export function compareWithBefore(docs: string, asked: number, warmRuns: number): Comparison | undefined {
  const processes = Math.max(asked, MIN_PROCESSES);
  const commit = beforeCommit();
  if (!commit) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-before-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'scripts', 'package.json'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // Each side's parser reads the docs once; every measured child loads what it made.
    const parsed = { before: join(dir, 'before-pages.json'), now: join(dir, 'now-pages.json') };
    parseSide(dir, docs, parsed.before);
    parseSide(ROOT, docs, parsed.now);
    const before: ChildResult[] = [];
    const now: ChildResult[] = [];
    for (let i = 0; i < processes; i++) {
      // Alternate which side goes first, so that neither always follows the other.
      const order = i % 2 === 0 ? [[dir, parsed.before, before], [ROOT, parsed.now, now]] as const : [[ROOT, parsed.now, now], [dir, parsed.before, before]] as const;
      const runs = i < Math.max(asked, WARM_PROCESSES) ? warmRuns : 0;
      for (const [root, pages, results] of order) results.push(runChild(root, pages, runs));
    }
    return { commit, processes, before: summarize(before), now: summarize(now) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (now: number, before: number) => `${(now / before).toFixed(2)}x`;

/**
 * The before / now lines for `docs` (named `folder`): a heading and two lines under it; without the
 * commit, one line saying so and giving `fallback()` (the with / without the entity pass ratio).
 */
export function beforeNowLines(docs: string, folder: string, processes: number, warmRuns: number, fallback: () => string): string[] {
  const c = compareWithBefore(docs, processes, warmRuns);
  if (!c) return [`${folder}: ${BEFORE} is not in this clone (shallow?): no before / now comparison; instead ${fallback()}`];
  const line = (name: string, key: 'cold' | 'warm') => {
    const cpu = c.now[key].cpu / c.before[key].cpu;
    return `  ${name}: before ${ms(c.before[key].cpu)} CPU (${ms(c.before[key].wall)} wall), now ${ms(c.now[key].cpu)} CPU (${ms(c.now[key].wall)} wall): ` +
      `${ratio(c.now[key].cpu, c.before[key].cpu)} CPU, ${ratio(c.now[key].wall, c.before[key].wall)} wall (target at most ${TARGET.toFixed(2)}x CPU: ${cpu <= TARGET ? 'met' : 'not met'}); ` +
      `least CPU ${ms(c.before.least[key])} and ${ms(c.now.least[key])}: ${ratio(c.now.least[key], c.before.least[key])}`;
  };
  return [
    `${folder}, toOpenAPI before issue 12 (${c.commit.slice(0, 7)}, ${c.before.operations} operations) and now (${c.now.operations} operations), ${c.processes} fresh process${c.processes === 1 ? '' : 'es'} each, alternating:`,
    line('first call (cold), median of the processes', 'cold'),
    line(`warm calls (${warmRuns} a process after ${WARMUP} left out), median of all`, 'warm'),
  ];
}
