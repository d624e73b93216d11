// Fragments of an emitter's output kept between runs. A regeneration after a change to one page
// changes a few operations of a spec of hundreds; an emitter that makes its output fragment by
// fragment (a path's types, an operation's site copy) asks the memo for each, and only the
// fragments whose input changed are made again. A fragment is a pure function of its input text
// and of the emitter's code, so the key is a hash of the input and the file belongs to one version
// of the emitter (its module's version, scripts/module-graph.mjs): new code starts an empty memo.
//
// A cache, never an output: a memo that cannot be read counts as empty, one that cannot be written
// is left as it was. Only the fragments of the last run are kept, so the file does not grow.
//
// The file: a line of JSON (the code's version, each fragment's key and length), then the
// fragments one after the other as they are. Their text is most of the file (megabytes of YAML,
// types, JSON): read and written without JSON's escaping, which cost more than the rest of a run's
// memo work.
import { hash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { writeCacheFile } from '../output-stamps.js';

/** Where an emitter's memo lives and which code it belongs to; plain data, so it crosses to a worker thread. */
export interface MemoRef {
  file: string;
  version: string;
}

export interface Memo {
  /** The fragment `make` makes from `input` (its whole input, as text): an earlier run's when the input was the same. */
  text(input: string, make: () => string): string;
  /** Fragments made this run, and those found. */
  readonly made: number;
  readonly found: number;
}

interface MemoHeader {
  version: string;
  /** Each fragment's key and length (in UTF-16 code units), in the order of the text after the header. */
  fragments: [string, number][];
}

/**
 * Whether a part of a spec written as `json` may read another path through a `$ref` (`#/paths/...`):
 * its fragment would depend on more than its own text and the components, so it is made every time.
 */
export function readsOtherPaths(json: string): boolean {
  return json.includes('"#/paths/');
}

/** A short hash of `text`, for inputs that many fragments share (the components of a spec). */
export function digest(text: string): string {
  return hash('sha1', text, 'base64url');
}

class FragmentMemo implements Memo {
  made = 0;
  found = 0;
  private readonly used = new Map<string, string>();
  private readonly unkeepable = new Set<string>();

  constructor(private readonly earlier: Record<string, string>) {}

  text(input: string, make: () => string): string {
    const key = digest(input);
    let fragment = this.used.get(key) ?? (Object.hasOwn(this.earlier, key) ? this.earlier[key] : undefined);
    if (fragment === undefined) {
      fragment = make();
      this.made++;
      // A lone surrogate would not come back from UTF-8: such a fragment is made again next time.
      if (LONE_SURROGATE.test(fragment)) this.unkeepable.add(key);
    } else {
      this.found++;
    }
    this.used.set(key, fragment);
    return fragment;
  }

  /** The fragments to keep: those used this run, in order. */
  fragments(): [string, string][] {
    return [...this.used].filter(([key]) => !this.unkeepable.has(key));
  }

  /** Whether the file would hold what it holds: nothing made, and every fragment of it used. */
  unchanged(): boolean {
    return this.made === 0 && this.used.size === Object.keys(this.earlier).length;
  }
}

/** A memo that keeps nothing: every fragment is made (no cache, or a test's emitter). */
export function noMemo(): Memo {
  return new FragmentMemo({});
}

/** The fragments of a memo file's text, if it is one of `version`'s and whole. */
function readMemoText(text: string, version: string): Record<string, string> | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  let header: MemoHeader;
  try {
    header = JSON.parse(text.slice(0, end)) as MemoHeader;
  } catch {
    return undefined;
  }
  if (header?.version !== version || !Array.isArray(header.fragments)) return undefined;
  const fragments: Record<string, string> = {};
  let at = end + 1;
  for (const entry of header.fragments) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isInteger(entry[1]) || entry[1] < 0) return undefined;
    fragments[entry[0]] = text.slice(at, at + entry[1]);
    at += entry[1];
  }
  // Cut short (a disk that filled up) or longer than its header says: not this code's file.
  return at === text.length ? fragments : undefined;
}

const LONE_SURROGATE = /\p{Surrogate}/u;

/** A memo file's text: the header line, then the fragments (none with a lone surrogate: see FragmentMemo). */
function memoText(version: string, entries: [string, string][]): string {
  const header: MemoHeader = { version, fragments: entries.map(([key, fragment]) => [key, fragment.length]) };
  return `${JSON.stringify(header)}\n${entries.map(([, fragment]) => fragment).join('')}`;
}

async function openMemo(ref: MemoRef): Promise<FragmentMemo> {
  const text = await readFile(ref.file, 'utf8').catch(() => undefined);
  return new FragmentMemo((text === undefined ? undefined : readMemoText(text, ref.version)) ?? {});
}

async function saveMemo(ref: MemoRef, memo: FragmentMemo): Promise<void> {
  if (memo.unchanged()) return;
  // A cache that cannot be written costs the next run time, nothing else.
  await writeCacheFile(ref.file, memoText(ref.version, memo.fragments()), false).catch(() => {});
  // The memo of an earlier release, in JSON beside it, is not read any more.
  if (ref.file.endsWith('.memo')) await rm(`${ref.file.slice(0, -'.memo'.length)}.json`, { force: true }).catch(() => {});
}

/** Runs `work` with the memo of `ref` (none when undefined), then keeps what it made for the next run. */
export async function withMemo<T>(ref: MemoRef | undefined, work: (memo: Memo) => T | Promise<T>): Promise<T> {
  if (!ref) return work(noMemo());
  const memo = await openMemo(ref);
  const result = await work(memo);
  await saveMemo(ref, memo);
  return result;
}
