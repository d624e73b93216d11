// Finding and reading the docs pages: every `**/*.md` under the docs folder, in a stable order.
// Files that are not text (binary, invalid UTF-8) or hold nothing are reported and left out,
// so one bad file never stops the run.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './model.js';
import type { PageInput } from './parse-pool.js';

export class FatalError extends Error {}

export async function listPages(docsDir: string): Promise<string[]> {
  const info = await stat(docsDir).catch(() => undefined);
  if (!info) throw new FatalError(`docs folder not found: ${docsDir}`);
  if (!info.isDirectory()) throw new FatalError(`not a folder: ${docsDir}`);
  const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(docsDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').includes('node_modules'))
    .sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Git's rule of thumb: a NUL byte in the first 8000 bytes means binary; so does invalid UTF-8. */
export function decodePage(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8000).includes(0)) return undefined;
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export async function readPages(docsDir: string, files: string[]): Promise<{ pages: PageInput[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const pages: PageInput[] = [];
  const contents = await Promise.all(files.map((file) => readFile(join(docsDir, file))));
  files.forEach((file, index) => {
    const text = decodePage(contents[index]);
    const at = { file, line: 1, column: 1 };
    if (text === undefined) {
      diagnostics.push({ ...at, ruleId: 'binary-file', severity: 'error', reason: 'Not a text file (binary or not UTF-8); skipped' });
    } else if (text.trim() === '') {
      diagnostics.push({ ...at, ruleId: 'empty-file', severity: 'warning', reason: 'The page is empty; skipped' });
    } else {
      pages.push({ file, text });
    }
  });
  return { pages, diagnostics };
}
