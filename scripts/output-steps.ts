// The output steps of a `npm run generate` run (scripts/emit-run.ts runs them): the YAML spec, then
// each emitter of scripts/emit/index.ts not turned off, each with the hashes of what it reads, the
// version of its code, and where it keeps the fragments of its files between runs (emit/memo.ts).
import { join } from 'node:path';
import type { Diagnostic } from './model.js';
import type { OpenAPIDocument, OutputFile } from './openapi-document.js';
import { EMITTERS, type EmitInput } from './emit/index.js';
import { withMemo, type MemoRef } from './emit/memo.js';
import type { Step } from './emit-run.js';
import type { EmitterThreads } from './emit-thread.js';
import { sha256 } from './output-stamps.js';
import { deepFreeze } from './json-text.js';

/** A test's stand-in for an emitter. */
export type EmitterDouble = (doc: OpenAPIDocument) => OutputFile[] | Promise<OutputFile[]>;

export interface StepsOptions {
  noEmit?: string[];
  emitters?: Record<string, EmitterDouble>;
  /** Each module's version (scripts/module-graph.mjs); empty when no step is recorded (no cache). */
  known: Record<string, string>;
}

export interface RunOutputs {
  outDir: string;
  document: OpenAPIDocument;
  json: string;
  diagnostics: Diagnostic[];
  previous: string | undefined;
}

/** Parsed once, when an emitter asks; an unreadable previous spec in the output folder counts as none. */
function lazyPrevious(text: string | undefined): () => OpenAPIDocument | undefined {
  let parsed: OpenAPIDocument | undefined;
  let done = false;
  return () => {
    if (!done) {
      done = true;
      try {
        // Frozen, as the new spec is: the changelog's comparisons keep each part's text.
        parsed = text === undefined ? undefined : deepFreeze(JSON.parse(text) as OpenAPIDocument);
      } catch {
        parsed = undefined;
      }
    }
    return parsed;
  };
}

/** The output steps of a run: the YAML spec, then each emitter not turned off. */
export function outputSteps(options: StepsOptions, threads: EmitterThreads, run: RunOutputs): Step[] {
  const noEmit = new Set(options.noEmit ?? []);
  const known = options.known;
  // Each hashed once, and only when a step reads it (on a large page the diagnostics' JSON alone is tens of MB).
  const hashes: Record<string, () => string> = {
    spec: () => sha256(run.json),
    diagnostics: () => sha256(JSON.stringify(run.diagnostics)),
    previous: () => (run.previous === undefined ? 'none' : sha256(run.previous)),
  };
  const hashed: Record<string, string> = {};
  const hash = (name: string) => (hashed[name] ??= hashes[name]());
  const input: EmitInput = { document: run.document, diagnostics: run.diagnostics, previous: lazyPrevious(run.previous) };
  // The emitters share one copy of the spec, frozen, so that none can change what another sees:
  // parsed from the JSON (exactly the spec file's data) once, not once per emitter (40 ms each).
  let frozen: OpenAPIDocument | undefined;
  const shared = (): EmitInput => ({ ...input, document: (frozen ??= deepFreeze(JSON.parse(run.json) as OpenAPIDocument)) });
  // A test's stand-in gets a copy of its own.
  const own = (): OpenAPIDocument => JSON.parse(run.json) as OpenAPIDocument;
  // Each step's memo of fragments, for the version of its code.
  const memoRef = (name: string, version: string | undefined): MemoRef | undefined =>
    version ? { file: join(run.outDir, '.cache', 'generate', 'memo', `${name}.memo`), version } : undefined;
  const steps: Step[] = [{
    name: 'spec-yaml',
    dir: 'spec',
    inputs: { spec: hash('spec') },
    version: known['scripts/spec-yaml.ts'],
    // Same data as the JSON, key for key, no anchors (scripts/spec-yaml.ts says why not the yaml package).
    run: async () => {
      const { toYaml } = await import('./spec-yaml.js');
      return withMemo(memoRef('spec-yaml', known['scripts/spec-yaml.ts']), (memo) => [{ path: 'openapi.yaml', content: toYaml(shared().document, memo) }]);
    },
  }];
  for (const emitter of EMITTERS) {
    if (noEmit.has(emitter.name)) continue;
    const double = options.emitters?.[emitter.name];
    const memo = memoRef(emitter.name, known[emitter.module]);
    steps.push({
      name: emitter.name,
      dir: 'generated',
      inputs: Object.fromEntries(emitter.inputs.map((name) => [name, hash(name)])),
      version: double ? undefined : known[emitter.module],
      idle: emitter.inputs.includes('previous') && run.previous === undefined,
      run: double ? () => double(own()) : () => {
        const thread = emitter.thread ? threads.get(emitter.name) : undefined;
        if (thread) return thread.run(run.json, memo);
        // Once this turn ends: every thread has its spec before the main thread parses its own copy.
        return Promise.resolve().then(() => emitter.run({ ...shared(), memo }));
      },
    });
  }
  for (const [name, double] of Object.entries(options.emitters ?? {})) {
    if (noEmit.has(name) || EMITTERS.some((e) => e.name === name)) continue;
    steps.push({ name, dir: 'generated', inputs: {}, version: undefined, run: () => double(own()) });
  }
  return steps;
}
