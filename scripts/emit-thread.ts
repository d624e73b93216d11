// Emitters in a worker thread, for those whose work is worth it: the types emitter loads
// TypeScript and transforms and prints the spec; the docs site sanitises and links every
// description and writes a code sample per operation. Emitters naming the same thread
// (`threadName`) share it and one parsed copy of the spec: a thread costs a Node environment and a
// parse of the spec, which on two cores outweighed the gain of one more thread per emitter. The
// main thread parses the pages and builds the spec, then has the other emitters. A thread is
// started as soon as a run has pages to parse (its spec will most likely change), so that its
// modules load while the main thread parses; it is given the spec once there is one, or stopped
// when its emitters turn out to be current.
//
// Only when generate runs from its bundle (scripts/launch.mjs): the thread then loads the
// emitters' own chunks, plain JavaScript. Under a TypeScript loader (tests, tsx) there is none, and
// the emitter runs on the main thread as any other.
import { Worker } from 'node:worker_threads';
import type { Emitter } from './emit/index.js';
import type { MemoRef } from './emit/memo.js';
import type { OutputFile } from './openapi-document.js';
import { bundledModuleUrl } from './module-graph.mjs';

export interface EmitterThread {
  /** Runs the emitter's `entry(document, memo)` on the spec (its JSON text); once. */
  run(specJson: string, memo?: MemoRef): Promise<OutputFile[]>;
  /** Stops the thread (not needed after run() settled). */
  stop(): Promise<void>;
}

/** One emitter of a worker thread: its module (relative to the repository) and the export to call. */
export interface ThreadMember {
  module: string;
  entry: string;
}

// The thread's code (a script: no top-level await): load every member's module now; parse the spec
// once, when it first arrives, frozen, since the members share it; run each member's entry as asked,
// one after the other.
const CODE = `
  const { parentPort, workerData } = require('node:worker_threads');
  const loading = workerData.urls.map((url) => import(url));
  for (const module of loading) module.catch(() => {}); // reported when the member runs
  // While the spec is being made: each module's warmUp(), if it has one (never a failure: only speed).
  const warm = Promise.allSettled(loading).then(async (modules) => {
    for (const module of modules) if (module.status === 'fulfilled') await Promise.resolve().then(() => module.value.warmUp?.()).catch(() => {});
  });
  const freeze = (value) => {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const key in value) freeze(value[key]);
    }
    return value;
  };
  let document;
  let queue = Promise.resolve();
  parentPort.on('message', (job) => {
    queue = queue.then(async () => {
      try {
        await warm;
        if (job.json !== undefined) document = freeze(JSON.parse(job.json));
        const module = await loading[job.member];
        parentPort.postMessage({ member: job.member, files: await module[workerData.entries[job.member]](document, job.memo) });
      } catch (error) {
        parentPort.postMessage({ member: job.member, error: error instanceof Error ? error.message : String(error) });
      }
    });
  });`;

type Reply = { member: number; files: OutputFile[] } | { member: number; error: string };

/**
 * A worker thread for some emitters (`members`), or undefined when no bundle runs. Each member's
 * thread runs it once; the spec crosses to the thread with the first, and the thread ends once
 * every member has run (or on stop()).
 */
export function startSharedThread(members: readonly ThreadMember[]): EmitterThread[] | undefined {
  const urls = members.map((member) => bundledModuleUrl(member.module));
  if (urls.some((url) => !url)) return undefined;
  const worker = new Worker(CODE, { eval: true, workerData: { urls, entries: members.map((m) => m.entry) } });
  // Until a member runs, an error is kept for it (and the thread must not keep the process alive).
  worker.unref();
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (files: OutputFile[]) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`its worker thread exited (${code})`)));
  worker.on('message', (reply: Reply) => {
    const job = waiting.get(reply.member);
    waiting.delete(reply.member);
    if ('error' in reply) job?.reject(new Error(reply.error));
    else job?.resolve(reply.files);
    if (waiting.size === 0) worker.unref();
  });
  let sent = false;
  let settled = 0;
  return members.map((_, member) => ({
    run(specJson, memo) {
      return new Promise<OutputFile[]>((resolve, reject) => {
        if (failure) return reject(failure);
        waiting.set(member, { resolve, reject });
        worker.ref();
        worker.postMessage({ member, memo, json: sent ? undefined : specJson });
        sent = true;
      }).finally(() => {
        if (++settled === members.length) void worker.terminate();
      });
    },
    async stop() {
      await worker.terminate();
    },
  }));
}

/** The threads of a run's emitters (those with `thread`), started ahead or on demand. */
export class EmitterThreads {
  private threads = new Map<string, EmitterThread | undefined>();

  /** `emitters`: those of the run (not turned off, not replaced by a test's stand-in). */
  constructor(private readonly emitters: readonly Emitter[]) {}

  /**
   * Starts the threads of the emitters this run may need, ahead of their spec: those marked
   * `early` (while the pages are parsed), or all of them (once they are). A thread loading beside
   * the parse takes the second core from it, so only those that need the head start get it.
   */
  startAhead(which: 'early' | 'all' = 'all'): void {
    for (const emitter of this.emitters) if (emitter.thread && (which === 'all' || emitter.early)) this.get(emitter.name);
  }

  /** The emitters whose threads have been started. */
  get started(): string[] {
    return [...this.threads].filter(([, thread]) => thread).map(([name]) => name);
  }

  /** The emitter's thread (started now, with those of the emitters sharing it, if need be), or undefined when it has none. */
  get(name: string): EmitterThread | undefined {
    if (!this.threads.has(name)) {
      const emitter = this.emitters.find((e) => e.name === name);
      const group = emitter?.thread ? this.emitters.filter((e) => e.thread && (e.threadName ?? e.name) === (emitter.threadName ?? emitter.name)) : [];
      const threads = group.length ? startSharedThread(group.map((e) => ({ module: e.module, entry: e.thread! }))) : undefined;
      group.forEach((e, i) => this.threads.set(e.name, threads?.[i]));
      if (!group.length) this.threads.set(name, undefined);
    }
    return this.threads.get(name);
  }

  /** Stops every thread (those started ahead for emitters that turned out to be current, too). */
  async stop(): Promise<void> {
    await Promise.all([...new Set(this.threads.values())].map((thread) => thread?.stop()));
  }
}
