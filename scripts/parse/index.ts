// The parse stage: docs pages -> DocsModel. `parsePage` is pure per page so that the caller
// (scripts/generate.ts) can parse pages in worker threads and cache each PageResult under the
// page's content hash, then call `assembleDocs` on the results.
import type { ApiInfo, DocsModel, PageResult } from '../model.js';
import { parsePage } from './page.js';

export { extractEndpoints, parsePage } from './page.js';

export interface ParseOptions {
  /** `info.version`; else the newest `GitLab NN.N` the pages mention. */
  version?: string;
}

/** Parses every page and assembles the model. Pages are read in the order given, sorted by file. */
export function parseDocs(pages: { file: string; text: string }[], options: ParseOptions = {}): DocsModel {
  return assembleDocs(pages.map((p) => parsePage(p.file, p.text)), options);
}

/** Builds the model from page results (possibly from a cache), sorted by file for stable output. */
export function assembleDocs(results: PageResult[], options: ParseOptions = {}): DocsModel {
  const sorted = [...results].sort((a, b) => (a.page.file < b.page.file ? -1 : a.page.file > b.page.file ? 1 : 0));
  const overview = sorted.find((r) => r.apiInfo)?.apiInfo;
  const api: ApiInfo = {
    paginationHeaders: overview?.paginationHeaders ?? [],
    paginationParameters: overview?.paginationParameters ?? [],
  };
  const version = options.version ?? newest(sorted.map((r) => r.page.mentionedVersion));
  if (version) api.version = version;
  return {
    pages: sorted.map((r) => r.page),
    api,
    diagnostics: sorted.flatMap((r) => r.diagnostics),
  };
}

function newest(versions: (string | undefined)[]): string | undefined {
  let best: number[] | undefined;
  for (const version of versions) {
    if (!version) continue;
    const parts = version.split('.').map(Number);
    if (!best || parts[0] > best[0] || (parts[0] === best[0] && parts[1] > best[1])) best = parts;
  }
  return best ? best.join('.') : undefined;
}
