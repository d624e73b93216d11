// scripts/emit-thread.ts: an emitter's module run in a worker thread, as generate does when it runs
// from its bundle (here a stand-in bundle of one plain module, named the way the launcher names it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EmitterThreads, startSharedThread } from '../scripts/emit-thread.js';

/** A thread of one emitter: `entry` of `module`. */
const startEmitterThread = (module: string, entry: string) => startSharedThread([{ module, entry }])?.[0];

const LAUNCHED = Symbol.for('gitlab-openapi.launched');
const dir = mkdtempSync(join(tmpdir(), 'emit-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => { delete (globalThis as Record<symbol, unknown>)[LAUNCHED]; });

writeFileSync(join(dir, 'cold.mjs'), `
export function warmUp() { throw new Error('a warm-up that fails'); }
export async function emitPaths(doc) { return [{ path: 'paths.txt', content: Object.keys(doc.paths).join(',') }]; }
`);
writeFileSync(join(dir, 'emitter.mjs'), `
import { threadId } from 'node:worker_threads';
export async function emitPaths(doc) {
  return [{ path: 'paths.txt', content: Object.keys(doc.paths).join('\\n') + '\\n' }, { path: 'thread.txt', content: String(threadId) }];
}
export function explode() { throw new Error('exploded in the thread'); }
export function warmUp() { globalThis.warmed = (globalThis.warmed ?? 0) + 1; }
export async function warmth() { return [{ path: 'warmed.txt', content: String(globalThis.warmed) }]; }
export async function describeDoc(doc) {
  globalThis.seen ??= [];
  globalThis.seen.push(doc);
  return [{ path: 'doc.txt', content: JSON.stringify({ threadId, frozen: Object.isFrozen(doc) && Object.isFrozen(doc.paths), same: globalThis.seen.every((d) => d === doc) }) }];
}
`);
const bundle = () => {
  (globalThis as Record<symbol, unknown>)[LAUNCHED] = { outdir: dir, chunks: { 'scripts/emit/paths.ts': 'emitter.mjs' } };
};
const spec = JSON.stringify({ openapi: '3.1.0', paths: { '/a': {}, '/b': {} } });

describe('startEmitterThread', () => {
  it('without a bundle running: no thread (the emitter runs on the main thread)', () => {
    expect(startEmitterThread('scripts/emit/paths.ts', 'emitPaths')).toBeUndefined();
  });

  it('runs the entry on the spec in another thread and returns its files', async () => {
    bundle();
    const thread = startEmitterThread('scripts/emit/paths.ts', 'emitPaths')!;
    const files = await thread.run(spec);
    expect(files[0]).toEqual({ path: 'paths.txt', content: '/a\n/b\n' });
    expect(Number(files[1].content)).toBeGreaterThan(0); // not the main thread's id, 0
  });

  it('an error in the emitter rejects run() with its message', async () => {
    bundle();
    await expect(startEmitterThread('scripts/emit/paths.ts', 'explode')!.run(spec)).rejects.toThrow('exploded in the thread');
  });

  it('a module that cannot load rejects run() too', async () => {
    (globalThis as Record<symbol, unknown>)[LAUNCHED] = { outdir: dir, chunks: { 'scripts/emit/paths.ts': 'missing.mjs' } };
    await expect(startEmitterThread('scripts/emit/paths.ts', 'emitPaths')!.run(spec)).rejects.toThrow(/missing\.mjs|Cannot find/);
  });
});

describe('warming up', () => {
  it("calls each module's warmUp() once, before its first run", async () => {
    bundle();
    expect((await startEmitterThread('scripts/emit/paths.ts', 'warmth')!.run(spec))[0].content).toBe('1');
  });

  it('a warmUp() that throws changes nothing: the run goes on', async () => {
    (globalThis as Record<symbol, unknown>)[LAUNCHED] = { outdir: dir, chunks: { 'scripts/emit/cold.ts': 'cold.mjs' } };
    expect((await startEmitterThread('scripts/emit/cold.ts', 'emitPaths')!.run(spec))[0].content).toBe('/a,/b');
  });
});

describe('startSharedThread', () => {
  it('runs several emitters in one thread, on one frozen copy of the spec sent once', async () => {
    bundle();
    const [first, second] = startSharedThread([{ module: 'scripts/emit/paths.ts', entry: 'describeDoc' }, { module: 'scripts/emit/paths.ts', entry: 'describeDoc' }])!;
    const [a, b] = await Promise.all([first.run(spec), second.run('not JSON: never parsed, the first copy is kept')]);
    const one = JSON.parse(String(a[0].content));
    const two = JSON.parse(String(b[0].content));
    expect(one).toEqual({ threadId: one.threadId, frozen: true, same: true });
    expect(two).toEqual({ threadId: one.threadId, frozen: true, same: true });
    expect(one.threadId).toBeGreaterThan(0);
  });

  it("one member's error rejects only its own run", async () => {
    bundle();
    const [ok, bad] = startSharedThread([{ module: 'scripts/emit/paths.ts', entry: 'emitPaths' }, { module: 'scripts/emit/paths.ts', entry: 'explode' }])!;
    const [good, failed] = await Promise.allSettled([ok.run(spec), bad.run(spec)]);
    expect(good.status === 'fulfilled' && good.value[0].content).toBe('/a\n/b\n');
    expect(failed.status === 'rejected' && String(failed.reason)).toContain('exploded in the thread');
  });
});

describe('EmitterThreads', () => {
  it('starts ahead only the emitters that have a thread, and stops them', async () => {
    bundle();
    const threads = new EmitterThreads([
      { name: 'paths', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths' },
      { name: 'other', inputs: ['spec'], module: 'scripts/emit/other.ts', run: async () => [] },
    ]);
    threads.startAhead();
    expect(threads.get('other')).toBeUndefined();
    const paths = threads.get('paths');
    expect(paths).toBeDefined();
    expect(threads.get('paths')).toBe(paths); // one thread per emitter
    expect((await paths!.run(spec))[0].content).toBe('/a\n/b\n');
    await threads.stop();
  });

  it("starts the `early` emitters' threads first (while pages are parsed), the others with 'all'", async () => {
    bundle();
    const threads = new EmitterThreads([
      { name: 'late', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths' },
      { name: 'first', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths', early: true },
      { name: 'other', inputs: ['spec'], module: 'scripts/emit/other.ts', run: async () => [] },
    ]);
    threads.startAhead('early');
    expect(threads.started).toEqual(['first']);
    threads.startAhead('all');
    expect(threads.started.sort()).toEqual(['first', 'late']);
    await threads.stop();
  });

  it('emitters naming the same thread share it: started together, run in it one after the other', async () => {
    bundle();
    const threads = new EmitterThreads([
      { name: 'one', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths', early: true },
      { name: 'two', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths', threadName: 'one' },
      { name: 'three', inputs: ['spec'], module: 'scripts/emit/paths.ts', run: async () => [], thread: 'emitPaths' },
    ]);
    threads.startAhead('early');
    expect(threads.started.sort()).toEqual(['one', 'two']);
    const [one, two, three] = await Promise.all(['one', 'two', 'three'].map((name) => threads.get(name)!.run(spec)));
    expect(one[1].content).toBe(two[1].content); // the same thread
    expect(three[1].content).not.toBe(one[1].content);
    await threads.stop();
  });
});
