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
}

export interface SpecStage {
  /** The `.md` files read, relative to the folder. */
  files: string[];
  model: DocsModel;
  document: OpenAPIDocument;
  /** Every diagnostic of every stage, sorted and without repeats. */
  diagnostics: Diagnostic[];
  pool: PoolResult;
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
  const pool = await time(timings, 'parse', () => parsePages(read.pages, {
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
  const model = await time(timings, 'model', () => assembleDocs(pool.results));
  const { document, diagnostics: specDiagnostics } = await time(timings, 'spec', () => toOpenAPI(model, { version: options.version }));
  const diagnostics = normalizeDiagnostics([...linkDiagnostics, ...read.diagnostics, ...failureDiagnostics, ...model.diagnostics, ...specDiagnostics]);
  return { files, model, document, diagnostics, pool, leftOut: pagesLeftOut(diagnostics) };
}
