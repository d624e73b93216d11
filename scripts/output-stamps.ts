// What each output step of `npm run generate` (an emitter, the YAML spec) last made its files from:
// a key (the hash of its inputs and of its code's version) and the hash of each file it wrote. A
// step whose key is unchanged and whose files are still those bytes on disk has nothing to do,
// so regenerating unchanged docs runs none of them. Kept in `<out>/.cache/generate/stamps.json`,
// beside the outputs they describe; written only after the outputs themselves are in place, so
// a stamp never vouches for a file that was not written (a killed run leaves the older stamps,
// whose files are what a rollback restores). Deleting it only costs one full run.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { textSlices } from './text-slices.js';

export interface Stamp {
  key: string;
  /** Its files, relative to the output folder (`generated/schema.d.ts`), with their sha256. */
  files: Record<string, string>;
}

export type Stamps = Record<string, Stamp>;

/** The hash of a file's bytes; text is hashed a slice at a time (its whole UTF-8 is never held). */
export function sha256(content: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof content === 'string') for (const slice of textSlices(content)) hash.update(slice);
  else hash.update(content);
  return hash.digest('hex');
}

/** The key of a step: its code's version and the hash of each input it reads, by name. */
export function stepKey(version: string, inputs: Record<string, string>): string {
  return sha256(JSON.stringify([version, Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : 1))]));
}

function stampsPath(outDir: string): string {
  return join(outDir, '.cache', 'generate', 'stamps.json');
}

export async function readStamps(outDir: string): Promise<Stamps> {
  try {
    return JSON.parse(await readFile(stampsPath(outDir), 'utf8')) as Stamps;
  } catch {
    return {}; // none yet, or unreadable: every step runs
  }
}

/** Records `stamps` (not rewritten when they are what is recorded already). */
export async function writeStamps(outDir: string, stamps: Stamps): Promise<void> {
  await writeCacheFile(stampsPath(outDir), JSON.stringify(stamps, null, 1));
}

/** A file of `.cache/generate/`, whole or not at all, and not rewritten when it holds `text` already. */
export async function writeCacheFile(path: string, text: string, compare = true): Promise<void> {
  // `compare`: leave the file alone when it already holds `text` (false: the caller knows it does not).
  if (compare && (await readFile(path, 'utf8').catch(() => undefined)) === text) return;
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(`${path}.${process.pid}.tmp`, text);
  await rename(`${path}.${process.pid}.tmp`, path);
}

/** True when `stamp` has `key` and each of its files is on disk with the bytes it recorded. */
export async function isCurrent(outDir: string, stamp: Stamp | undefined, key: string): Promise<boolean> {
  if (!stamp || stamp.key !== key) return false;
  const checks = await Promise.all(Object.entries(stamp.files).map(async ([file, hash]) => {
    try {
      return sha256(await readFile(join(outDir, file))) === hash;
    } catch {
      return false;
    }
  }));
  return checks.every(Boolean);
}
