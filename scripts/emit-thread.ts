// An emitter in a worker thread of its own, for those whose work is worth it: the types emitter
// loads TypeScript and transforms and prints the spec; the docs site sanitises and links every
// description and writes a code sample per operation. The main thread parses the pages and builds
// the spec, then has the YAML, the completions and the changelog. A thread is started as soon as a
// run has pages to parse (its spec will most likely change), so that its modules load while the
// main thread parses; it is given the spec once there is one, or stopped when the emitter turns
// out to be current.
//
// Only when generate runs from its bundle (scripts/launch.mjs): the thread then loads the
// emitter's own chunk, plain JavaScript. Under a TypeScript loader (tests, tsx) there is none, and
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

// The thread's code (a script: no top-level await): load the module now, run its entry when the spec arrives.
const CODE = `
  const { parentPort, workerData } = require('node:worker_threads');
  const loading = import(workerData.url);
  loading.catch(() => {}); // reported when the spec arrives
  parentPort.once('message', async ({ json, memo }) => {
    try {
      const module = await loading;
      parentPort.postMessage({ files: await module[workerData.entry](JSON.parse(json), memo) });
    } catch (error) {
      parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });`;

/** A thread for `entry` of `module` (relative to the repository), or undefined when no bundle runs. */
export function startEmitterThread(module: string, entry: string): EmitterThread | undefined {
  const url = bundledModuleUrl(module);
  if (!url) return undefined;
  const worker = new Worker(CODE, { eval: true, workerData: { url, entry } });
  // Until run() is called, an error is kept for it (and the thread must not keep the process alive).
  worker.unref();
  let failure: Error | undefined;
  worker.once('error', (error) => { failure = error; });
  return {
    run(specJson, memo) {
      worker.ref();
      return new Promise<OutputFile[]>((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`its worker thread exited (${code})`)));
        worker.once('message', (reply: { files: OutputFile[] } | { error: string }) => {
          if ('error' in reply) reject(new Error(reply.error));
          else resolve(reply.files);
        });
        worker.postMessage({ json: specJson, memo });
      }).finally(() => worker.terminate());
    },
    async stop() {
      await worker.terminate();
    },
  };
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

  /** The emitter's thread (started now if need be), or undefined when it has none. */
  get(name: string): EmitterThread | undefined {
    if (!this.threads.has(name)) {
      const emitter = this.emitters.find((e) => e.name === name);
      this.threads.set(name, emitter?.thread ? startEmitterThread(emitter.module, emitter.thread) : undefined);
    }
    return this.threads.get(name);
  }

  /** Stops every thread (those started ahead for emitters that turned out to be current, too). */
  async stop(): Promise<void> {
    await Promise.all([...this.threads.values()].map((thread) => thread?.stop()));
  }
}
