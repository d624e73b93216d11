// The emitters: what `npm run generate` makes from the spec besides the spec itself, one entry
// each, in the order their files are listed. An entry says what the emitter reads (`inputs`) and
// which module holds its code (`module`, whose version is a hash of its sources and of what it
// imports: scripts/module-graph.mjs); scripts/generate.ts hashes those and the version, and skips the
// emitter when the hash is the one its current files were made from. Each module is imported only
// when its emitter runs, so that a run that skips it never loads it (openapi-typescript and
// TypeScript alone take ~0.3 s to load).
import type { Diagnostic } from '../model.js';
import type { OpenAPIDocument, OutputFile } from '../openapi-document.js';
import { withMemo, type MemoRef } from './memo.js';

/** What an emitter may read. */
export interface EmitInput {
  /**
   * The spec of this run, shared by the emitters and frozen: one that must change a part of it
   * changes a copy (a change to the shared spec throws, rather than reach another emitter).
   */
  document: OpenAPIDocument;
  /** Every diagnostic of the run. */
  diagnostics: Diagnostic[];
  /**
   * The spec this run replaces (`spec/openapi.json` before the run, or `--previous`), parsed when
   * asked. An emitter that reads it runs only when there is one and it is not byte for byte this
   * run's spec: its files say what the last regeneration that changed the spec changed.
   */
  previous(): OpenAPIDocument | undefined;
  /** Where the emitter keeps the fragments of its output between runs (memo.ts); none without a cache. */
  memo?: MemoRef;
}

/** The parts of the run an emitter's output depends on (beside its own code). */
export type EmitterInputName = 'spec' | 'diagnostics' | 'previous';

export interface Emitter {
  /** Also its `--no-emit` name. */
  name: string;
  inputs: readonly EmitterInputName[];
  /** The module holding its code, relative to the repository: its version (test/emit/index.test.ts checks `run` loads it). */
  module: string;
  /** Its files, relative to `generated/`. */
  run(input: EmitInput): Promise<OutputFile[]>;
  /**
   * For an emitter worth a worker thread of its own (scripts/emit-thread.ts): the export of `module`
   * that run() calls with the spec and the memo alone.
   */
  thread?: string;
  /**
   * The worker thread it runs in, when it has an entry (`thread`): emitters naming the same one
   * share it, one after the other, and one parsed copy of the spec. Its own name by default.
   */
  threadName?: string;
  /**
   * Its thread starts while the pages are parsed, not once they are: for an emitter whose loading
   * is long and whose work comes first in line (the main thread parses on one core meanwhile).
   */
  early?: boolean;
}

export const EMITTERS: readonly Emitter[] = [
  {
    name: 'types',
    inputs: ['spec'],
    module: 'scripts/emit/types.ts',
    run: async ({ document, memo }) => (await import('./types.js')).emitTypesInThread(document, memo),
    thread: 'emitTypesInThread',
    // TypeScript: 0.25 s to load with its code cache, and the longest emitter after the spec.
    early: true,
  },
  {
    name: 'completions',
    inputs: ['spec'],
    module: 'scripts/emit/completions/index.ts',
    run: async ({ document, memo }) => {
      const { emitCompletions } = await import('./completions/index.js');
      return withMemo(memo, (m) => emitCompletions(document, m));
    },
  },
  {
    name: 'docs-site',
    inputs: ['spec'],
    module: 'scripts/emit/docs-site.ts',
    run: async ({ document, memo }) => (await import('./docs-site.js')).emitDocsSiteInThread(document, memo),
    // In the types' thread, after them: the main thread has the YAML, the completions, gitlab-api-v4
    // and the changelog (scripts/emit-thread.ts says why not a thread of its own).
    thread: 'emitDocsSiteInThread',
    threadName: 'types',
  },
  {
    // Completion for Debian's Perl gitlab-api-v4, from its committed method table (methods.json,
    // read beside the module, so part of its version) and the spec.
    name: 'gitlab-api-v4',
    inputs: ['spec'],
    module: 'scripts/emit/gitlab-api-v4/index.ts',
    run: async ({ document, memo }) => (await import('./gitlab-api-v4/index.js')).emitGitLabApiV4WithMemo(document, memo),
  },
  {
    // The changelog stage, through its entry: what this regeneration changed in the spec.
    name: 'changelog',
    inputs: ['spec', 'previous'],
    module: 'scripts/changelog/index.ts',
    run: async ({ document, previous }) => (await import('../changelog/index.js')).changelogSincePrevious(previous(), document),
  },
];
