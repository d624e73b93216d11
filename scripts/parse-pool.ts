// Parses pages in parallel and caches each page's result under the hash of its content.
//
// Parallelism: the main thread parses too, beside `jobs - 1` worker threads, all taking the next
// page (largest first) from one queue, so a 2-core machine runs two parsers with one worker's
// start-up cost. Few or small pages are parsed on the main thread alone (a worker costs ~0.3 s).
//
// Cache: `.cache/parse/<sha256>.json`, keyed by the page's path, its content and the parser's
// version (a hash of the parse stage's sources and the model), so changing one page re-parses
// that page only, and changing the parser invalidates everything. Beside it, each page's sections
// from its last parse (`.cache/parse/sections/<hash of the path>.json`, scripts/parse/markdown-sections.ts),
// so that a changed page runs micromark only on its changed sections.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageResult } from './model.js';
import type { SectionMemo, StoredSection } from './parse/index.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';
import { parserBundle } from './parser-bundle.js';
import { pruneOldest, touch, type PruneLimits } from './cache-prune.js';

export interface PageInput {
  file: string;
  text: string;
}

export interface PoolOptions {
  jobs: number;
  /** Folder of the cache, or false for none. */
  cacheDir: string | false;
  /** Called as pages are done (from the cache, then each parsed one), out of all pages: progress. */
  onParsed?: (done: number, total: number) => void;
}

export interface PoolResult {
  results: PageResult[];
  /** Pages whose parser threw: file and message (generate turns them into diagnostics). */
  failures: { file: string; message: string }[];
  parsed: number;
  cached: number;
  /** Of the parsed pages, how many worker threads parsed (the rest: the main thread). */
  byWorkers: number;
  /** Workers that failed; their pages were parsed on the main thread. */
  workerErrors: string[];
}

let parserVersionMemo: string | undefined;

/** A hash of the parse stage's sources: any change to the parser invalidates the cache. */
export async function parserVersion(): Promise<string> {
  if (parserVersionMemo) return parserVersionMemo;
  // bench/generate.ts pins it, so that edits to the parser during a bench run don't empty the cache.
  if (process.env.GITLAB_OPENAPI_PARSER_VERSION) return (parserVersionMemo = process.env.GITLAB_OPENAPI_PARSER_VERSION);
  const hash = createHash('sha256');
  const parseDir = fileURLToPath(new URL('./parse/', import.meta.url));
  const files = (await readdir(parseDir, { recursive: true })).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
  for (const file of files) hash.update(file).update('\0').update(await readFile(join(parseDir, file))).update('\0');
  // The model, the worker (the bundle's entry) and the locked dependencies (a new remark parses
  // differently) belong to the parser too.
  for (const rel of ['./model.ts', './parse-worker.ts', '../package-lock.json']) {
    hash.update(await readFile(fileURLToPath(new URL(rel, import.meta.url))).catch(() => Buffer.alloc(0))).update('\0');
  }
  parserVersionMemo = hash.digest('hex').slice(0, 16);
  return parserVersionMemo;
}

export function cacheKey(version: string, page: PageInput): string {
  return createHash('sha256').update(version).update('\0').update(page.file).update('\0').update(page.text).digest('hex');
}

/** How many pages' results the cache keeps: several versions of a large docs folder, or of a few. */
export function cacheLimits(pages: number): PruneLimits {
  return { over: Math.max(2000, 3 * pages), keep: Math.max(1500, 2 * pages) };
}

async function readCached(path: string): Promise<PageResult | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PageResult;
  } catch {
    return undefined; // absent or unreadable: parse again
  }
}

/** A page's sections as its last parse left them, if the parser's version is the same. */
type Sections = [string, StoredSection][];

function sectionsPath(cacheDir: string, file: string): string {
  return join(cacheDir, 'sections', `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.json`);
}

async function readSections(path: string, version: string): Promise<Sections> {
  try {
    const stored = JSON.parse(await readFile(path, 'utf8')) as { version: string; sections: Sections };
    return stored.version === version ? stored.sections : [];
  } catch {
    return []; // absent or unreadable: every section parsed
  }
}

async function writeCached(path: string, value: unknown): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, path);
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

type ParseFn = (file: string, text: string, options?: { sections?: SectionMemo }) => PageResult;

/** URL of tsx's ESM register API (its CommonJS build cannot register ESM hooks in a worker). */
function tsxEsmApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // vitest's module runner has no import.meta.resolve: take the ESM file beside the CommonJS one.
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  }
}

function startWorker(bundle: string | undefined): Worker {
  if (bundle) return new Worker(new URL(bundle));
  // Workers do not inherit tsx's loader: register it inside the worker, then load the worker module.
  const api = tsxEsmApi();
  const target = new URL('./parse-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(code, { eval: true });
}

interface ParseAllResult {
  results: Map<string, PageResult>;
  /** Each parsed page's sections, when `previous` was given. */
  sections: Map<string, Sections>;
  failures: PoolResult['failures'];
  byWorkers: number;
  workerErrors: string[];
}

/** `previous`: each page's sections from its last parse; parsed by sections and kept only when given. */
async function parseAll(pages: PageInput[], jobs: number, version: string, onPage: () => void, previous?: Map<string, Sections>): Promise<ParseAllResult> {
  const results = new Map<string, PageResult>();
  const sections = new Map<string, Sections>();
  const failures: PoolResult['failures'] = [];
  const workerErrors: string[] = [];
  let byWorkers = 0;
  const queue = [...pages].sort((a, b) => b.text.length - a.text.length);
  const totalBytes = pages.reduce((n, p) => n + p.text.length, 0);
  const workers = pages.length > 2 && totalBytes > 100_000 ? Math.max(0, Math.min(jobs - 1, pages.length - 1)) : 0;
  const bundle = await parserBundle(version);
  const pool = Array.from({ length: workers }, () => startWorker(bundle));

  // Two literal imports, not `import(bundle ?? ...)`: scripts/launch.mjs's bundle can then resolve the second.
  const { parsePage } = (bundle ? await import(bundle) : await import('./parse/index.js')) as { parsePage: ParseFn };
  const runMain = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      try {
        const memo = previous && { previous: new Map(previous.get(page.file)), next: new Map() };
        results.set(page.file, parsePage(page.file, page.text, { sections: memo }));
        if (memo) sections.set(page.file, [...memo.next]);
      } catch (error) {
        failures.push({ file: page.file, message: error instanceof Error ? error.message : String(error) });
      }
      onPage();
      await new Promise((resolve) => setImmediate(resolve)); // let worker replies in
    }
  };
  // A worker that fails (cannot start, crashes) gives its page back; the main thread parses it.
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let current: PageInput | undefined;
      const next = () => {
        current = queue.shift();
        if (!current) return resolve();
        const request: ParseRequest = { id: 0, file: current.file, text: current.text };
        if (previous) request.sections = previous.get(current.file) ?? [];
        worker.postMessage(request);
      };
      worker.on('message', (reply: ParseReply) => {
        if ('error' in reply) failures.push({ file: current!.file, message: reply.error });
        else {
          results.set(current!.file, reply.result as PageResult);
          if (reply.sections) sections.set(current!.file, reply.sections);
          byWorkers++;
        }
        onPage();
        next();
      });
      worker.on('error', (error) => {
        if (current) queue.push(current);
        current = undefined;
        workerErrors.push(error instanceof Error ? error.message : String(error));
        resolve();
      });
      // Post at once: messages wait in the port until the worker listens. (Waiting for 'online'
      // could hang: it may fire while the main thread still loads the parser, before this listener.)
      next();
    });
  try {
    await Promise.all([runMain(), ...pool.map(runWorker)]);
    await runMain(); // pages given back by failed workers
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { results, sections, failures, byWorkers, workerErrors };
}

export async function parsePages(pages: PageInput[], options: PoolOptions): Promise<PoolResult> {
  const version = await parserVersion();
  const cached = new Map<string, PageResult>();
  const keys = new Map<string, string>();
  const used: Promise<void>[] = [];
  if (options.cacheDir) {
    await mkdir(options.cacheDir, { recursive: true });
    await Promise.all(pages.map(async (page) => {
      const path = join(options.cacheDir as string, `${cacheKey(version, page)}.json`);
      keys.set(page.file, path);
      const hit = await readCached(path);
      if (hit) {
        cached.set(page.file, hit);
        used.push(touch(path));
      }
    }));
  }
  const toParse = pages.filter((p) => !cached.has(p.file));
  let done = cached.size;
  options.onParsed?.(done, pages.length);
  const cacheDir = options.cacheDir;
  const previous = cacheDir ? new Map(await Promise.all(toParse.map(async (p) => [p.file, await readSections(sectionsPath(cacheDir, p.file), version)] as const))) : undefined;
  const { results, sections, failures, byWorkers, workerErrors } = toParse.length > 0
    ? await parseAll(toParse, options.jobs, version, () => options.onParsed?.(++done, pages.length), previous)
    : { results: new Map<string, PageResult>(), sections: new Map<string, Sections>(), failures: [], byWorkers: 0, workerErrors: [] };
  if (cacheDir) {
    if (sections.size) await mkdir(join(cacheDir, 'sections'), { recursive: true });
    await Promise.all([
      ...[...results].map(([file, result]) => writeCached(keys.get(file)!, result)),
      ...[...sections].map(([file, kept]) => writeCached(sectionsPath(cacheDir, file), { version, sections: kept })),
      ...used,
    ]);
    // Bounded: a few times this folder's pages, the least recently used go (scripts/cache-prune.ts).
    if (results.size) await pruneOldest(cacheDir, cacheLimits(pages.length), (name) => name.endsWith('.json'));
  }
  const ordered = pages.flatMap((p) => {
    const result = cached.get(p.file) ?? results.get(p.file);
    return result ? [result] : [];
  });
  return { results: ordered, failures, parsed: results.size, cached: cached.size, byWorkers, workerErrors };
}
