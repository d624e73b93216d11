// Finding and reading the docs pages: every `**/*.md` under the docs folder, in a stable order.
//
// Symbolic links inside the folder are followed, to files and to folders, as long as they stay in
// it: each real file is read once, under its own path when that is a page of the folder, else
// under the link's. A link that leaves the folder, dangles or loops is reported, not followed.
// A file that is not text or cannot be read is reported and left out (scripts/left-out.ts says
// which reports mean a page was left out); one bad file never stops the run.
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './model.js';
import { decodePage } from './page-encoding.js';
import type { PageInput } from './parse-pool.js';

export { decodePage } from './page-encoding.js';

export class FatalError extends Error {}

export interface FoundPages {
  /** Pages to read, relative to the folder, `/`-separated, sorted. */
  files: string[];
  /** Links not followed (leaving the folder, dangling, looping). */
  diagnostics: Diagnostic[];
}

const isPage = (name: string) => name.endsWith('.md');
const toPosix = (path: string) => path.split(sep).join('/');
const at = (file: string) => ({ file, line: 1, column: 1 });

export async function findPages(docsDir: string): Promise<FoundPages> {
  const info = await stat(docsDir).catch(() => undefined);
  if (!info) throw new FatalError(`docs folder not found: ${docsDir}`);
  if (!info.isDirectory()) throw new FatalError(`not a folder: ${docsDir}`);
  const root = await realpath(docsDir);
  const inside = (real: string) => real === root || real.startsWith(root + sep);

  const pages = new Map<string, string>(); // real path -> name
  const walkedDirs = new Set<string>([root]);
  const links: string[] = [];
  const diagnostics: Diagnostic[] = [];

  /** Reads one folder (`dir` relative to the docs folder): pages and subfolders now, links for later. */
  const walk = async (dir: string, realDir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(docsDir, dir), { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ ...at(dir || '.'), ruleId: 'unreadable-file', severity: 'error', reason: `the folder could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); its pages are left out` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.name === 'node_modules') continue;
      if (entry.isSymbolicLink()) links.push(name);
      else if (entry.isDirectory()) {
        const real = join(realDir, entry.name);
        walkedDirs.add(real);
        await walk(name, real);
      } else if (entry.isFile() && isPage(entry.name)) pages.set(join(realDir, entry.name), name);
    }
  };
  await walk('', root);

  // Links after the plain walk, so that a page reached both ways keeps its own name. Links found
  // in a followed folder join the queue.
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const name = link.split('/').pop()!;
    let target: string;
    try {
      target = await realpath(join(docsDir, link));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') diagnostics.push({ ...at(link), ruleId: 'symlink-loop', severity: 'warning', reason: 'a symbolic link that leads back to itself; not followed' });
      else if (isPage(name)) diagnostics.push({ ...at(link), ruleId: 'broken-symlink', severity: 'error', reason: `a symbolic link to nothing (${code ?? 'unreadable'}); left out` });
      continue;
    }
    const kind = await stat(target).catch(() => undefined);
    if (!kind || (!kind.isDirectory() && !(kind.isFile() && isPage(name)))) continue; // not a page nor a folder
    if (!inside(target)) {
      diagnostics.push({ ...at(link), ruleId: 'symlink-outside', severity: 'error', reason: `a symbolic link to ${target}, outside the docs folder; not followed, left out` });
      continue;
    }
    if (kind.isFile()) {
      if (!pages.has(target)) pages.set(target, link);
      continue;
    }
    if (walkedDirs.has(target)) {
      // Already read. A link to a folder above it would go round for ever: say so.
      const linkDir = join(root, ...link.split('/').slice(0, -1));
      if (linkDir === target || linkDir.startsWith(target + sep)) {
        diagnostics.push({ ...at(link), ruleId: 'symlink-loop', severity: 'warning', reason: `a symbolic link to ${toPosix(relative(root, target)) || '.'}, a folder it is in; not followed` });
      }
      continue;
    }
    walkedDirs.add(target);
    await walk(link, target);
  }
  return { files: [...pages.values()].sort(), diagnostics };
}

/** The pages' names only (benches and the fuzzer). */
export async function listPages(docsDir: string): Promise<string[]> {
  return (await findPages(docsDir)).files;
}

export async function readPages(docsDir: string, files: string[]): Promise<{ pages: PageInput[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const pages: PageInput[] = [];
  const contents = await Promise.all(files.map((file) => readFile(join(docsDir, file)).catch((error: NodeJS.ErrnoException) => error)));
  files.forEach((file, index) => {
    const content = contents[index];
    if (content instanceof Error) {
      diagnostics.push({ ...at(file), ruleId: 'unreadable-file', severity: 'error', reason: `the file could not be read (${content.code ?? content.message}); left out` });
      return;
    }
    const decoded = decodePage(content);
    if (decoded.problem) diagnostics.push({ file, ...decoded.problem });
    if (decoded.text === undefined) return;
    if (decoded.text.trim() === '') {
      diagnostics.push({ ...at(file), ruleId: 'empty-file', severity: 'warning', reason: 'The page is empty; skipped' });
    } else {
      pages.push({ file, text: decoded.text });
    }
  });
  return { pages, diagnostics };
}
