// All-or-nothing output: every file is first written into a private temporary folder beside the
// outputs (`<out>/.cache/generate-tmp/<pid>-<random>/`, same file system, so renames are atomic),
// and only when all of them are written are they renamed into place. A failure before that (an
// emitter that throws, a full disk) or a kill (SIGKILL) leaves spec/ and generated/ exactly as
// they were: nothing of an unfinished run is ever inside them. A reader never sees a half-written
// file either, since each rename is atomic.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface PlannedFile {
  /** Absolute path of the target. */
  target: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  /**
   * Folder for the staged files, on the same file system as the targets. Default: a hidden folder
   * beside the first target. `scripts/generate.ts` passes one under `<out>/.cache/` so that nothing
   * of an unfinished run is ever inside spec/ or generated/.
   */
  tempDir?: string;
  /** For tests: lets a write fail on purpose, as a full disk would. */
  beforeWrite?: (temp: string, target: string) => void | Promise<void>;
}
/** @deprecated name kept for callers of the first version. */
export type WriteHooks = WriteOptions;

export function tempRoot(outDir: string): string {
  return join(outDir, '.cache', 'generate-tmp');
}

/** A fresh staging folder name: `<pid>-<random>`, so stale ones can be told from live ones. */
export function stagingName(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

export async function writeAllAtomically(files: PlannedFile[], options: WriteOptions = {}): Promise<void> {
  if (files.length === 0) return;
  const dir = options.tempDir ?? join(dirname(files[0].target), `.staging-${stagingName()}`);
  const staged: { temp: string; target: string }[] = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [index, file] of files.entries()) {
      const temp = join(dir, `${index}-${basename(file.target)}`);
      await options.beforeWrite?.(temp, file.target);
      await writeFile(temp, file.content);
      staged.push({ temp, target: file.target });
    }
    for (const target of new Set(files.map((f) => dirname(f.target)))) await mkdir(target, { recursive: true });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
  await rm(dir, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What killed runs left behind (folders of processes that no longer exist). */
export async function removeStaleTempFiles(outDir: string): Promise<void> {
  const root = tempRoot(outDir);
  const entries = await readdir(root).catch(() => [] as string[]);
  await Promise.all(entries
    .filter((name) => {
      const pid = Number(name.split('-')[0]);
      return !Number.isInteger(pid) || pid === process.pid || !alive(pid);
    })
    .map((name) => rm(join(root, name), { recursive: true, force: true })));
}
