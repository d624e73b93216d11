// The spec stage on unchanged docs: when no page, no page's name and no code of the stage changed
// since the spec on disk was written, that spec is the answer, and the model and the document
// (about 0.5 s of a 1 s regeneration) are not built again. What the summary needs besides the spec
// (the diagnostics, the pages without endpoints) is kept in `<out>/.cache/generate/spec-stage.json`
// with the spec's hash, written after the outputs are in place, as the output stamps are: a record
// never vouches for a spec that was not written, and a spec edited by hand is built again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from './model.js';
import type { ReusedStage } from './spec-stage.js';
import { sha256, stepKey, writeCacheFile } from './output-stamps.js';

export interface SpecRecord {
  /** stepKey of the stage's code version, the options and every page read. */
  key: string;
  /** sha256 of spec/openapi.json as written. */
  spec: string;
  diagnostics: Diagnostic[];
  pagesWithoutEndpoints: string[];
}

function recordPath(outDir: string): string {
  return join(outDir, '.cache', 'generate', 'spec-stage.json');
}

/** The key of a spec stage: its code, its options, and each page's name and bytes (in order). */
export function specStageKey(codeVersion: string, options: Record<string, unknown>, pages: { file: string; text: string }[]): string {
  return stepKey(codeVersion, {
    options: JSON.stringify(options),
    pages: sha256(pages.map((page) => `${page.file}\0${sha256(page.text)}`).join('\0')),
  });
}

/** The spec on disk and what its run recorded, when the record has `key` and the spec is the one it recorded. */
export async function reusableSpec(outDir: string, key: string): Promise<ReusedStage | undefined> {
  try {
    const record = JSON.parse(await readFile(recordPath(outDir), 'utf8')) as SpecRecord;
    if (record.key !== key) return undefined;
    const json = await readFile(join(outDir, 'spec', 'openapi.json'), 'utf8');
    if (sha256(json) !== record.spec) return undefined;
    return { json, diagnostics: record.diagnostics, pagesWithoutEndpoints: record.pagesWithoutEndpoints };
  } catch {
    return undefined; // no record yet, or no spec: build it
  }
}

export async function recordSpec(outDir: string, record: SpecRecord): Promise<void> {
  await writeCacheFile(recordPath(outDir), JSON.stringify(record));
}
