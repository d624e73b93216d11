// Page results (parsed now or read from the cache) -> DocsModel, with the document-wide passes
// (types and enums the docs give on other rows and pages). Kept apart from the parser so that a
// run whose pages all come from the cache never loads remark (about 0.5 s of a warm run).
import type { ApiInfo, DocsModel, PageResult } from '../model.js';
import { attachListedValues } from './enum-reference.js';
import { inferTypes } from './type-inference.js';

export interface ParseOptions {
  /** `info.version`; else the newest `GitLab NN.N` the pages mention. */
  version?: string;
}

/** Builds the model from page results (possibly from a cache), sorted by file for stable output. */
export function assembleDocs(results: PageResult[], options: ParseOptions = {}): DocsModel {
  const sorted = [...results].sort((a, b) => (a.page.file < b.page.file ? -1 : a.page.file > b.page.file ? 1 : 0));
  const overview = sorted.find((r) => r.apiInfo)?.apiInfo;
  const api: ApiInfo = {
    paginationHeaders: overview?.paginationHeaders ?? [],
    paginationParameters: overview?.paginationParameters ?? [],
  };
  const version = options.version ?? newestVersion(sorted.map((r) => r.page.mentionedVersion));
  if (version) api.version = version;
  // What one page leaves open the rest of the docs may settle: types first, then the enums of
  // linked lists (whose values must fit the type).
  const typed = inferTypes(sorted.map((r) => r.page));
  const listed = attachListedValues(typed.pages);
  return {
    pages: listed.pages,
    api,
    diagnostics: [...sorted.flatMap((r) => r.diagnostics), ...typed.diagnostics, ...listed.diagnostics],
  };
}

/** The newest of `NN.N` versions; the first of equals. */
export function newestVersion(versions: (string | undefined)[]): string | undefined {
  let best: number[] | undefined;
  for (const version of versions) {
    if (!version) continue;
    const parts = version.split('.').map(Number);
    if (!best || parts[0] > best[0] || (parts[0] === best[0] && parts[1] > best[1])) best = parts;
  }
  return best ? best.join('.') : undefined;
}
