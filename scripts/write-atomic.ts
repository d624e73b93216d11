// All-or-nothing output: every file is first written to a temporary file beside its target, and
// only when all of them are written are they renamed into place. A failure before that (an
// emitter that throws, a full disk) removes the temporary files and leaves every target as it was.
// A rename is atomic on one file system, so a reader never sees a half-written file either.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface PlannedFile {
  /** Absolute path of the target. */
  target: string;
  content: string | Uint8Array;
}

const TEMP_MARK = '.gen-tmp-';

function tempPathFor(target: string, token: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${token}`);
}

/** For tests: lets a write fail on purpose, as a full disk would. */
export interface WriteHooks {
  beforeWrite?: (temp: string, target: string) => void | Promise<void>;
}

export async function writeAllAtomically(files: PlannedFile[], hooks: WriteHooks = {}): Promise<void> {
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const written: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(file.target, token);
      await mkdir(dirname(file.target), { recursive: true });
      written.push({ temp, target: file.target });
      await hooks.beforeWrite?.(temp, file.target);
      await writeFile(temp, file.content);
    }
  } catch (error) {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of written) await rename(temp, target);
}

/** Temporary files a killed run left behind (they are never targets, so removing them is safe). */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  await Promise.all(entries
    .filter((e) => e.isFile() && e.name.startsWith('.') && e.name.includes(TEMP_MARK))
    .map((e) => rm(join(e.parentPath, e.name), { force: true })));
}
