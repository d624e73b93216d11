// The output steps of a regeneration (each emitter, and the YAML form of the spec): those whose
// inputs and code are what their current files were made from are skipped (scripts/output-stamps.ts);
// the others run side by side (an emitter that waits on a child process, as the docs site's Redoc
// build does, lets the others use the main thread meanwhile). Nothing is written here: the files
// are returned for scripts/generate.ts to write all or nothing.
import { isAbsolute, join, normalize } from 'node:path';
import type { OutputFile } from './openapi-document.js';
import { isCurrent, sha256, stepKey, type Stamps } from './output-stamps.js';
import { FatalError } from './pages.js';
import type { PlannedFile } from './write-atomic.js';

export interface Step {
  name: string;
  /** The folder its files go in, under the output folder. */
  dir: 'generated' | 'spec';
  /** The hash of each input it reads, by name. */
  inputs: Record<string, string>;
  /** Its code's version; undefined for a step that always runs and is never recorded (a test's stand-in). */
  version: string | undefined;
  /** Nothing to do this run, whatever its stamp says (the changelog when the spec did not change). */
  idle?: boolean;
  run(): OutputFile[] | Promise<OutputFile[]>;
}

export type StepState = 'running' | 'done' | 'current';

export interface StepsOptions {
  outDir: string;
  /** What the current files were made from; undefined runs every step (`--no-cache`). */
  stamps: Stamps | undefined;
  onStep?: (name: string, state: StepState) => void;
  /** A step's files, as soon as it has made them (before the other steps end). */
  onFiles?: (files: PlannedFile[]) => void;
  /** Milliseconds per step that ran, added to as `emit:NAME`. */
  timings: Record<string, number>;
}

export interface StepsResult {
  /** The files of the steps that ran. */
  files: PlannedFile[];
  /** Steps whose files were current, skipped. */
  current: string[];
  ran: string[];
  /** The stamps to record once the files are written: the skipped steps' as they were, the others' new. */
  stamps: Stamps;
}

/** A step's file under its folder; never outside it. */
function target(outDir: string, step: Step, path: string): string {
  const relativePath = path.replace(new RegExp(`^${step.dir}/`), '');
  const normal = normalize(relativePath);
  if (isAbsolute(relativePath) || normal.startsWith('..')) {
    throw new FatalError(`emitter ${step.name} returned a path outside ${step.dir}/: ${path}`);
  }
  return join(outDir, step.dir, normal);
}

export async function runSteps(steps: Step[], options: StepsOptions): Promise<StepsResult> {
  const { outDir, stamps: previous, timings } = options;
  const result: StepsResult = { files: [], current: [], ran: [], stamps: {} };
  const keys = steps.map((step) => (step.version === undefined ? undefined : stepKey(step.version, step.inputs)));
  const currents = await Promise.all(steps.map((step, i) =>
    step.idle || (previous && keys[i] ? isCurrent(outDir, previous[step.name], keys[i]) : false)));
  const outcomes = await Promise.allSettled(steps.map(async (step, i) => {
    if (currents[i]) {
      options.onStep?.(step.name, 'current');
      return [];
    }
    options.onStep?.(step.name, 'running');
    const start = performance.now();
    const files = await step.run();
    timings[`emit:${step.name}`] = (timings[`emit:${step.name}`] ?? 0) + performance.now() - start;
    options.onStep?.(step.name, 'done');
    const planned = files.map((file) => ({ target: target(outDir, step, file.path), content: file.content }));
    options.onFiles?.(planned);
    return planned;
  }));
  for (const [i, step] of steps.entries()) {
    const outcome = outcomes[i];
    if (outcome.status === 'rejected') {
      const error = outcome.reason as unknown;
      if (error instanceof FatalError) throw error;
      throw new FatalError(`emitter ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (currents[i]) {
      result.current.push(step.name);
      if (previous?.[step.name]) result.stamps[step.name] = previous[step.name];
      continue;
    }
    result.ran.push(step.name);
    result.files.push(...outcome.value);
    const key = keys[i];
    if (key) {
      const files = Object.fromEntries(outcome.value.map((file) => [file.target.slice(outDir.length + 1).split('\\').join('/'), sha256(file.content)]));
      result.stamps[step.name] = { key, files };
    }
  }
  return result;
}
