// The spec stage, docs folder -> OpenAPI document: read the pages, parse them (worker pool and
// page cache), assemble the model, build the spec. Shared by `npm run generate` and by
// `npm run changelog` for a docs-folder side, so both read docs the same way at the same speed.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, DocsModel, PageResult } from './model.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { toOpenAPI } from './openapi/index.js';
import { normalizeDiagnostics } from './emit/diagnostics.js';
import { parsePages, type PoolResult } from './parse-pool.js';
import { FatalError, findPages, readPages } from './pages.js';
import { pagesLeftOut, type LeftOutPage } from './left-out.js';
import { specStageKey } from './spec-reuse.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SpecStageOptions {
  /** Parser threads, the main one included. Default: up to 2. */
  jobs?: number;
  /** Folder of the parse cache; false for none. Default `<repo>/.cache/parse`. */
  cacheDir?: string | false;
  /** `info.version`; default: what the pages say. */
  version?: string;
  /** Only these pages of the folder (relative paths); default: every `.md` page in it. */
  only?: string[];
  /** Milliseconds per stage, added to. */
  timings?: Record<string, number>;
  /** Called as pages are done (from the cache or parsed), out of all pages. */
  onParsed?: (done: number, total: number) => void;
  /**
   * A stage kept from an earlier run (scripts/spec-reuse.ts): `find` gets the key of this run's
   * code version, options and pages, and answers what that run gave, or undefined to build it.
   */
  reuse?: { codeVersion: string; find: (key: string) => Promise<ReusedStage | undefined> };
}

/** What a spec stage gives besides its files and pool, as an earlier run kept it. */
export interface ReusedStage {
  /** The spec as serialized (spec/openapi.json). */
  json: string;
  diagnostics: Diagnostic[];
  pagesWithoutEndpoints: string[];
}

export interface SpecStage {
  /** The `.md` files read, relative to the folder. */
  files: string[];
  /** Pages that document no endpoint (an overview, a guide), the whole page read. */
  pagesWithoutEndpoints: string[];
  document: OpenAPIDocument;
  /** With `reuse`: the key of this run, and the spec's JSON when an earlier run's was taken. */
  reuse?: { key: string; json?: string };
  /** Every diagnostic of every stage, sorted and without repeats. */
  diagnostics: Diagnostic[];
  /** The parse pool's counts (its page results are the model's, not kept past this stage). */
  pool: Omit<PoolResult, 'results'>;
  /** Pages whose endpoints are not in the document (unreadable, binary, parser failed). */
  leftOut: LeftOutPage[];
}

/** Runs `work` and adds its duration to `timings[stage]`. */
export async function time<T>(timings: Record<string, number>, stage: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

export async function buildSpec(docsDir: string, options: SpecStageOptions = {}): Promise<SpecStage> {
  const timings = options.timings ?? {};
  const found = await time(timings, 'read', () => findPages(docsDir));
  const only = options.only ? new Set(options.only) : undefined;
  const files = only ? found.files.filter((file) => only.has(file)) : found.files;
  const linkDiagnostics = only ? found.diagnostics.filter((d) => only.has(d.file)) : found.diagnostics;
  if (files.length === 0) {
    const links = linkDiagnostics.map((d) => `${d.file}: ${d.reason}`).join('; ');
    throw new FatalError(`${docsDir}: no .md pages in this folder${links ? ` (${links})` : ''}`);
  }
  const read = await time(timings, 'read', () => readPages(docsDir, files));
  const key = options.reuse && specStageKey(options.reuse.codeVersion, {
    version: options.version, only: options.only, found: linkDiagnostics, read: read.diagnostics,
  }, read.pages);
  const reused = key ? await time(timings, 'read', () => options.reuse!.find(key)) : undefined;
  if (key && reused) {
    return {
      files,
      pagesWithoutEndpoints: reused.pagesWithoutEndpoints,
      document: JSON.parse(reused.json) as OpenAPIDocument,
      reuse: { key, json: reused.json },
      diagnostics: reused.diagnostics,
      pool: { failures: [], parsed: 0, cached: files.length, byWorkers: 0, workerErrors: [] },
      leftOut: pagesLeftOut(reused.diagnostics),
    };
  }
  const { results, ...pool } = await time(timings, 'parse', () => parsePages(read.pages, {
    jobs: options.jobs ?? Math.min(2, availableParallelism()),
    cacheDir: options.cacheDir ?? join(ROOT, '.cache', 'parse'),
    onParsed: options.onParsed,
  }));
  const failureDiagnostics: Diagnostic[] = pool.failures.map(({ file, message }) => ({
    file, line: 1, column: 1, ruleId: 'parse-failed', severity: 'error', reason: `The parser failed on this page: ${message}`,
  }));
  // The assembler alone, not the parse stage's index: when every page comes from the cache, remark
  // and micromark (about 0.5 s to load) are not needed at all.
  const { assembleDocs } = await time(timings, 'load-parser', async () =>
    (await import('./parse/assemble.js')) as { assembleDocs: (r: PageResult[]) => DocsModel });
  const model = await time(timings, 'model', () => assembleDocs(results));
  const { document, diagnostics: specDiagnostics } = await time(timings, 'spec', () => toOpenAPI(model, { version: options.version }));
  const diagnostics = normalizeDiagnostics([...linkDiagnostics, ...read.diagnostics, ...failureDiagnostics, ...model.diagnostics, ...specDiagnostics]);
  return {
    files,
    pagesWithoutEndpoints: model.pages.filter((page) => page.endpoints.length === 0).map((page) => page.file),
    document,
    ...(key ? { reuse: { key } } : {}),
    diagnostics,
    pool,
    leftOut: pagesLeftOut(diagnostics),
  };
}
