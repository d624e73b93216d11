// A cache folder kept to a bounded number of entries. The page cache (scripts/parse-pool.ts) gains
// an entry for each new text of a page; without a bound it only grows (a maintainer regenerating
// after every doc update, a bench run, another docs folder). Entries in use are touched when read,
// so that the oldest by modification time are the ones no run has needed for longest.
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

export interface PruneLimits {
  /** Prune when the folder holds more entries than this... */
  over: number;
  /** ...down to this many, the most recently used. */
  keep: number;
}

/** Marks an entry as used now (nothing when it cannot: a cache is never an error). */
export function touch(path: string): Promise<void> {
  const now = new Date();
  return utimes(path, now, now).catch(() => {});
}

/**
 * Removes the least recently used entries (files of `dir` that `isEntry` accepts) when there are
 * more than `limits.over`, down to `limits.keep`. Returns how many it removed. Entries another
 * process removes meanwhile are skipped.
 */
export async function pruneOldest(dir: string, limits: PruneLimits, isEntry: (name: string) => boolean): Promise<number> {
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && isEntry(e.name)).map((e) => e.name);
  if (names.length <= limits.over) return 0;
  const aged = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  aged.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : 1));
  const old = aged.slice(0, Math.max(0, aged.length - limits.keep));
  await Promise.all(old.map(({ name }) => rm(join(dir, name), { force: true })));
  return old.length;
}
