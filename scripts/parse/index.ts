// The parse stage: docs pages -> DocsModel. `parsePage` is pure per page so that the caller
// (scripts/generate.ts) can parse pages in worker threads and cache each PageResult under the
// page's content hash, then call `assembleDocs` on the results.
import type { DocsModel } from '../model.js';
import { assembleDocs, type ParseOptions } from './assemble.js';
import { parsePage } from './page.js';

export { assembleDocs, type ParseOptions } from './assemble.js';

export { extractEndpoints, parsePage } from './page.js';

export type { SectionMemo, StoredSection } from './markdown-sections.js';

/** Parses every page and assembles the model. Pages are read in the order given, sorted by file. */
export function parseDocs(pages: { file: string; text: string }[], options: ParseOptions = {}): DocsModel {
  return assembleDocs(pages.map((p) => parsePage(p.file, p.text)), options);
}
