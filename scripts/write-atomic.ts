// All-or-nothing output. Every file is first written into a private staging folder beside the
// outputs (`<out>/.cache/generate-tmp/<pid>-<random>/`, same file system, so renames are atomic).
// A failure while staging (an emitter that throws before, a full disk) or a kill (SIGKILL) then
// leaves spec/ and generated/ exactly as they were: nothing of an unfinished run is inside them.
//
// Only then are the files renamed into place. Each rename is atomic (a reader never sees a
// half-written file), but a run killed between two renames would leave old and new files mixed.
// So before the first rename the previous files are hard-linked into the staging folder and a
// journal is written; the next run (recoverInterruptedRuns, first thing generate() does) finds
// the journal of a dead process and puts every previous file back, removing the files that did
// not exist before. The journal is removed last, so a recovery that is itself killed is redone.
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SLICE, textSlices } from './text-slices.js';

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

/** One target of a commit: where its new content waits, where its previous content was kept. */
interface JournalEntry {
  target: string;
  temp: string;
  /** The hard link (or copy) of the previous file; null when there was none. */
  backup: string | null;
}

const JOURNAL = 'journal.json';

export function tempRoot(outDir: string): string {
  return join(outDir, '.cache', 'generate-tmp');
}

/** A fresh staging folder name: `<pid>-<random>`, so stale ones can be told from live ones. */
export function stagingName(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * For tests only (test/interrupted-run.test.ts): a pause after each staged write and each rename,
 * so that a SIGKILL can be made to land inside those loops, windows of milliseconds otherwise.
 */
function testPause(): Promise<void> {
  const ms = Number(process.env.GITLAB_OPENAPI_TEST_PAUSE_MS ?? 0);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

async function keepPrevious(target: string, backup: string): Promise<boolean> {
  const info = await stat(target).catch(() => undefined);
  if (!info?.isFile()) return false;
  // A hard link costs nothing; a file system without them gets a copy.
  await link(target, backup).catch(() => copyFile(target, backup));
  return true;
}

/** Text up to this length is encoded once, and its bytes compared and written (see changedFiles). */
const ENCODE_AT_ONCE = 16 * SLICE;

/** The files whose bytes differ from the target's on disk, or whose target does not exist. */
export async function changedFiles(files: PlannedFile[]): Promise<PlannedFile[]> {
  const same = await Promise.all(files.map(async (file) => {
    // Usual text is encoded once, for the size, the comparison and the write. A longer text is
    // never copied whole into a Buffer (a 100 MB spec would be, beside the string that holds it):
    // sizes first, a file of another size (or none) is changed.
    const bytes = typeof file.content === 'string' && file.content.length <= ENCODE_AT_ONCE ? Buffer.from(file.content) : file.content;
    encoded.set(file, bytes);
    const size = (await stat(file.target).catch(() => undefined))?.size;
    if (size === undefined || size !== (typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length)) return false;
    const current = await readFile(file.target).catch(() => undefined);
    return current !== undefined && current.equals(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  }));
  return files.filter((_, i) => !same[i]);
}

/** Each compared file's content as it was compared: its bytes, when encoded once. */
const encoded = new WeakMap<PlannedFile, string | Uint8Array>();

/**
 * Writes a file. Long text goes a slice at a time through one reused Buffer, so that a 100 MB spec
 * is never copied whole (nor in garbage slices the collector frees late) beside the string that
 * holds it.
 */
async function writeContent(path: string, content: string | Uint8Array): Promise<void> {
  if (typeof content !== 'string' || content.length <= SLICE) return writeFile(path, content);
  const buffer = Buffer.allocUnsafe(SLICE * 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
  const handle = await open(path, 'w');
  try {
    for (const slice of textSlices(content)) {
      const bytes = buffer.write(slice, 'utf8');
      for (let done = 0; done < bytes;) done += (await handle.write(buffer, done, bytes - done)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

export async function writeAllAtomically(files: PlannedFile[], options: WriteOptions = {}): Promise<void> {
  if (files.length === 0) return;
  const staging = new Staging(options.tempDir ?? join(dirname(files[0].target), `.staging-${stagingName()}`), options);
  staging.stage(files, { compare: false });
  await staging.commit();
}

/**
 * An all-or-nothing write whose files are staged as they come (a run stages each output step's
 * files when the step ends, while the others still run), then committed together. Staged writes go
 * one after the other, in the order given; the first failure fails the commit, which then removes
 * the staging folder (as abort() does) and leaves the targets as they were.
 */
export class Staging {
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;
  private readonly journal: JournalEntry[] = [];
  private readonly staged = new Set<PlannedFile>();
  private ready: Promise<void> | undefined;

  constructor(private readonly dir: string, private readonly options: Pick<WriteOptions, 'beforeWrite'> = {}) {}

  /** Stages `files` (with `compare`, only those whose bytes differ from their target's). */
  stage(files: PlannedFile[], { compare = true } = {}): void {
    if (files.length === 0) return;
    // Compared now, beside the running steps; written in turn.
    const changed = compare ? changedFiles(files) : Promise.resolve(files);
    changed.catch(() => {});
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        this.ready ??= mkdir(join(this.dir, 'previous'), { recursive: true }).then(() => {});
        await this.ready;
        for (const file of await changed) {
          const temp = join(this.dir, `${this.journal.length}-${basename(file.target)}`);
          await this.options.beforeWrite?.(temp, file.target);
          await writeContent(temp, encoded.get(file) ?? file.content);
          this.journal.push({ target: file.target, temp, backup: null });
          this.staged.add(file);
          await testPause();
        }
      } catch (error) {
        this.failure = { error };
      }
    });
  }

  /** Whether `file` was staged (it differs from its target). */
  has(file: PlannedFile): boolean {
    return this.staged.has(file);
  }

  /** Puts every staged file in place, all or nothing (see the top of this file). */
  async commit(): Promise<void> {
    await this.chain;
    const journal = this.journal;
    try {
      if (this.failure) throw this.failure.error;
      if (journal.length === 0) return this.abort();
      for (const target of new Set(journal.map((entry) => dirname(entry.target)))) await mkdir(target, { recursive: true });
      for (const [index, entry] of journal.entries()) {
        const backup = join(this.dir, 'previous', `${index}-${basename(entry.target)}`);
        if (await keepPrevious(entry.target, backup)) entry.backup = backup;
      }
      // Written whole then renamed: a journal is either complete or absent.
      await writeFile(join(this.dir, `${JOURNAL}.tmp`), JSON.stringify(journal));
      await rename(join(this.dir, `${JOURNAL}.tmp`), join(this.dir, JOURNAL));
    } catch (error) {
      await this.abort();
      throw error;
    }
    for (const { temp, target } of journal) {
      await rename(temp, target);
      await testPause();
    }
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Removes what was staged; the targets stay as they were. */
  async abort(): Promise<void> {
    await this.chain;
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Puts back what a run killed during its renames had replaced (see the top of this file). */
async function rollBack(dir: string): Promise<void> {
  let journal: JournalEntry[];
  try {
    journal = JSON.parse(await readFile(join(dir, JOURNAL), 'utf8')) as JournalEntry[];
  } catch {
    return; // no journal: killed before its first rename, nothing of it is in the outputs
  }
  for (const { target, backup } of journal) {
    if (backup === null) await rm(target, { force: true });
    else await rename(backup, target).catch((error: NodeJS.ErrnoException) => {
      // Already put back by a recovery that was killed in turn.
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process whose parent died too stays a zombie until init reaps it (in a container,
  // maybe never): it answers signals, but will never finish its run.
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: trust the signal
  }
}

/**
 * What killed runs left behind (staging folders of processes that no longer exist): outputs they
 * had begun to replace are rolled back to the previous ones, then their folders are removed.
 */
export async function recoverInterruptedRuns(outDir: string): Promise<void> {
  const root = tempRoot(outDir);
  const entries = await readdir(root).catch(() => [] as string[]);
  const stale = entries.filter((name) => {
    const pid = Number(name.split('-')[0]);
    return !Number.isInteger(pid) || pid === process.pid || !alive(pid);
  });
  for (const name of stale) {
    await rollBack(join(root, name));
    await rm(join(root, name), { recursive: true, force: true });
  }
}
