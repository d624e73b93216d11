// `npm run generate`: docs pages -> spec/openapi.{json,yaml} and generated/*.
// Composes the stages and holds all file I/O. Every output is gathered first, then written
// all-or-nothing (scripts/write-atomic.ts): if any stage or emitter fails, spec/ and generated/
// stay exactly as they were and the user gets one clear message. Only files whose bytes change are
// written, and an output step whose inputs and code are unchanged does not run at all
// (scripts/emit-run.ts, scripts/output-stamps.ts): unchanged docs regenerate in well under a second.
//
// `npm run generate` runs this file through scripts/launch.mjs (a bundle: no TypeScript loader).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from './model.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { countDiagnostics, emitDiagnostics } from './emit/diagnostics.js';
import { EMITTERS } from './emit/index.js';
import { runSteps, type StepsResult } from './emit-run.js';
import { EmitterThreads } from './emit-thread.js';
import { outputSteps, type EmitterDouble } from './output-steps.js';
import { HeapGrowth } from './heap-growth.js';
import { moduleVersions } from './module-graph.mjs';
import { readStamps, sha256, writeStamps, type Stamps } from './output-stamps.js';
import { progressLine, type ProgressEvent } from './progress.js';
import { ROOT, buildSpec, time, type SpecStageOptions } from './spec-stage.js';
import { recordSpec, reusableSpec } from './spec-reuse.js';
import { parserVersion } from './parse-pool.js';
import { FatalError } from './pages.js';
import { EXIT_FAILED, EXIT_OK, PagesLeftOutError, type LeftOutPage } from './left-out.js';
import { countOperations, formatSummary } from './summary.js';
import { recoverInterruptedRuns, Staging, stagingName, tempRoot, type PlannedFile, type WriteOptions } from './write-atomic.js';

export { EMITTERS, ROOT, formatSummary };


export interface GenerateOptions {
  docs: string;
  out: string;
  version?: string;
  /** Emitters to skip, by name (`types`, `completions`, `docs-site`, `gitlab-api-v4`, `changelog`, `diagnostics`). */
  noEmit?: string[];
  jobs?: number;
  /** Folder of the parse cache; false for none, and every output step runs. Default `<repo>/.cache/parse`. */
  cacheDir?: string | false;
  /** The previous spec for the changelog; default: the spec/openapi.json already in `out`. */
  previous?: string;
  /** Replaces or adds emitters (tests use this to make one fail); they always run. */
  emitters?: Record<string, EmitterDouble>;
  writeHooks?: Pick<WriteOptions, 'beforeWrite'>;
  /** Write the outputs even when pages are left out (else: PagesLeftOutError, nothing written). */
  keepGoing?: boolean;
  /** Pages parsed, then each output step (scripts/progress.ts shows them on a terminal). */
  onProgress?: (event: ProgressEvent) => void;
}

export interface Summary {
  /** Every `.md` file read (binary and empty ones included: they are diagnosed and skipped). */
  pages: number;
  /**
   * Pages that document no endpoint (README.md, oauth2.md, a MANIFEST.md beside the pages): read,
   * their diagnostics reported, no tag in the spec. Listed so a wrong --docs folder shows at once.
   */
  pagesWithoutEndpoints: string[];
  /** The spec on disk was kept: no page, page name, option or code of the spec stage changed. */
  specReused: boolean;
  /** Pages whose endpoints are missing from the spec (written only with keepGoing). */
  leftOut: LeftOutPage[];
  parsed: number;
  cached: number;
  /** Pages parsed by worker threads (the rest of the parsed ones: the main thread). */
  byWorkers: number;
  workerErrors: string[];
  operations: number;
  /** Query, path and header parameters plus the top-level properties of request bodies. */
  parameters: number;
  /** Of those, how many have no type at all (the docs give none and nothing settles one). */
  untyped: number;
  withResponseSchema: number;
  diagnostics: ReturnType<typeof countDiagnostics>;
  timings: Record<string, number>;
  /** Output steps (emitters, `spec-yaml`) that ran, and those skipped: their files were current (or, the changelog, the spec did not change). */
  ran: string[];
  current: string[];
}

export interface GenerateResult {
  document: OpenAPIDocument;
  diagnostics: Diagnostic[];
  /** Every output of the run (written now or already current), relative to `out`, `/` separated. */
  files: string[];
  /** Those written by this run: the others already held these bytes. */
  changed: string[];
  summary: Summary;
}

/** The spec as `spec/openapi.json` holds it. */
export function specJson(document: OpenAPIDocument): string {
  return JSON.stringify(document, null, 2) + '\n';
}

/**
 * The text of the spec the changelog compares against: `--previous FILE` when given (it must be
 * readable), else the spec already in the output folder (absent: no changelog this time).
 */
async function readPrevious(explicit: string | undefined, inOut: string): Promise<string | undefined> {
  if (explicit) {
    try {
      const text = await readFile(explicit, 'utf8');
      JSON.parse(text);
      return text;
    } catch (error) {
      throw new FatalError(`--previous ${explicit}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return readFile(inOut, 'utf8').catch(() => undefined);
}

let versionsMemo: Promise<Record<string, string>> | undefined;
/** Each module's version (scripts/module-graph.mjs): from the launcher, or once per process from the module graph. */
function versions(): Promise<Record<string, string>> {
  versionsMemo ??= moduleVersions('scripts/generate.ts');
  return versionsMemo;
}

/**
 * The version of everything that makes the spec from the pages: the parser (which the page cache
 * is keyed on too), the assembler (a chunk of its own) and this entry's static closure (the
 * openapi stage, the spec stage).
 */
async function specCodeVersion(): Promise<string | undefined> {
  const known = await versions();
  const assembler = known['scripts/parse/assemble.ts'];
  const entry = known['scripts/generate.ts'];
  // Without both versions nothing vouches for the code: build the spec.
  return assembler && entry ? [await parserVersion(), assembler, entry].join('\0') : undefined;
}

async function specReuse(options: GenerateOptions, outDir: string): Promise<SpecStageOptions['reuse']> {
  const codeVersion = options.cacheDir === false ? undefined : await specCodeVersion();
  return codeVersion ? { codeVersion, find: (key) => reusableSpec(outDir, key) } : undefined;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const docsDir = resolve(options.docs);
  const outDir = resolve(options.out);

  // First: a run killed while replacing the outputs is rolled back, so that this run (its
  // changelog included) starts from the previous outputs, and leaves them so if it fails.
  await recoverInterruptedRuns(outDir);
  const threads = new EmitterThreads(EMITTERS.filter((e) => !options.noEmit?.includes(e.name) && !options.emitters?.[e.name]));
  const growth = new HeapGrowth();
  try {
    return await generateWith(options, threads, growth, timings, docsDir, outDir);
  } finally {
    growth.release();
    await threads.stop();
  }
}

async function generateWith(options: GenerateOptions, threads: EmitterThreads, growth: HeapGrowth, timings: Record<string, number>, docsDir: string, outDir: string): Promise<GenerateResult> {
  const relativeToOut = (target: string) => target.slice(outDir.length + 1).split('\\').join('/');
  let ahead = false;
  const stage = await buildSpec(docsDir, {
    jobs: options.jobs, cacheDir: options.cacheDir, version: options.version, timings,
    reuse: await specReuse(options, outDir),
    onParsed: (done, total) => {
      // Pages to parse: the spec will most likely change, and with it the outputs.
      if (!ahead && done < total) {
        ahead = true;
        threads.startAhead('early');
      }
      if (ahead && done === total) threads.startAhead('all');
      options.onProgress?.({ stage: 'parse', done, total });
    },
  });
  // Nothing is written when a page is left out, unless asked: a spec that lost a page must not pass for whole.
  const { files, document, diagnostics, pool, leftOut } = stage;
  // The spec, its JSON and YAML are the most memory a run holds: the heap grows little past them.
  growth.hold();
  if (leftOut.length > 0 && !options.keepGoing) throw new PagesLeftOutError(leftOut);
  const json = stage.reuse?.json ?? await time(timings, 'serialize', () => specJson(document));

  const planned: PlannedFile[] = [{ target: join(outDir, 'spec', 'openapi.json'), content: json }];
  if (!(options.noEmit ?? []).includes('diagnostics')) {
    for (const file of emitDiagnostics(diagnostics)) planned.push({ target: join(outDir, 'generated', file.path), content: file.content });
  }
  // Files are staged as they are made (these now, each step's when it ends), beside the steps
  // still running; they are put in place together once every step has succeeded.
  const staging = new Staging(join(tempRoot(outDir), stagingName()), options.writeHooks);
  let emitted: StepsResult;
  let stamps: Stamps | undefined;
  try {
    staging.stage(planned);
    const replaced = await readPrevious(options.previous, join(outDir, 'spec', 'openapi.json'));
    const previous = replaced === json ? undefined : replaced;
    // No version is needed when every step runs anyway and none is recorded.
    const steps = await time(timings, 'versions', async () =>
      outputSteps({ ...options, known: options.cacheDir === false ? {} : await versions() }, threads, { outDir, document, json, diagnostics, previous }));
    stamps = options.cacheDir === false ? undefined : await readStamps(outDir);
    emitted = await runSteps(steps, {
      outDir, stamps, timings,
      onStep: options.onProgress && ((name, state) => options.onProgress!({ stage: 'emit', name, state })),
      onFiles: (files) => staging.stage(files),
    });
  } catch (error) {
    await staging.abort();
    throw error;
  }
  planned.push(...emitted.files);
  const changed = await time(timings, 'write', async () => {
    await staging.commit();
    return planned.filter((file) => staging.has(file));
  });
  if (stamps) await writeStamps(outDir, emitted.stamps);
  if (stage.reuse && !stage.reuse.json) {
    await recordSpec(outDir, { key: stage.reuse.key, spec: sha256(json), diagnostics, pagesWithoutEndpoints: stage.pagesWithoutEndpoints });
  }

  const counts = countOperations(document);
  const currentFiles = emitted.current.flatMap((name) => Object.keys(stamps?.[name]?.files ?? {}));
  return {
    document,
    diagnostics,
    files: [...planned.map((p) => relativeToOut(p.target)), ...currentFiles],
    changed: changed.map((p) => relativeToOut(p.target)),
    summary: {
      pages: files.length,
      pagesWithoutEndpoints: stage.pagesWithoutEndpoints,
      specReused: stage.reuse?.json !== undefined,
      leftOut,
      parsed: pool.parsed,
      cached: pool.cached,
      byWorkers: pool.byWorkers,
      workerErrors: pool.workerErrors,
      ...counts,
      diagnostics: countDiagnostics(diagnostics),
      timings,
      ran: emitted.ran,
      current: emitted.current,
    },
  };
}

export interface CliOptions extends GenerateOptions {
  debug: boolean;
  quiet: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run generate -- [options]

Reads the markdown pages of a docs folder and writes spec/openapi.{json,yaml} and generated/
(types, CLI completions, docs site, changelog, diagnostics). Only outputs whose inputs changed are
rebuilt, and only files whose bytes changed are written.

  --docs DIR         the folder of markdown pages (default: docs-source/)
  --out DIR          where spec/ and generated/ go (default: the repository)
  --version X        info.version (default: the newest GitLab version the pages mention)
  --no-emit NAME     leave an output out: ${[...EMITTERS.map((e) => e.name), 'diagnostics'].join(', ')} (repeatable)
  --previous FILE    the spec the changelog compares against (default: <out>/spec/openapi.json)
  --jobs N           parsers at once, the main thread included (default: 2, or fewer cores)
  --no-cache         parse every page and rebuild every output: no cache of pages or outputs is
                     read or written (compiled code is kept all the same: .cache/bundle, parser, code)
  --keep-going       write the outputs even when pages are left out (unreadable, not text,
                     a link leaving the folder, the parser failed); they are named either way
  --quiet            print nothing on success, and no progress
  --progress         show progress when stderr is not a terminal too, a line per step
  --debug            print the stack trace of an unexpected failure
  --help             print this and exit

Exit status:
  0  the outputs are written (with --keep-going, also when pages were left out)
  1  nothing was written: a usage error, a missing docs folder, a stage or a write failed
  3  nothing was written: pages were left out (named on stderr); --keep-going writes anyway`;

export function parseArgs(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgv({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        docs: { type: 'string' },
        out: { type: 'string' },
        version: { type: 'string' },
        'no-emit': { type: 'string', multiple: true },
        previous: { type: 'string' },
        jobs: { type: 'string' },
        'no-cache': { type: 'boolean' },
        debug: { type: 'boolean' },
        quiet: { type: 'boolean' },
        progress: { type: 'boolean' },
        'keep-going': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node:util's messages name the option ("Unknown option '--frobnicate'"); the usage says the rest.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new FatalError(`${message.replace(/^Unknown option '([^']+)'/, 'unknown option $1')} (npm run generate -- --help lists the options)`);
  }
  const options: CliOptions = {
    docs: values.docs ?? join(ROOT, 'docs-source'),
    out: values.out ?? ROOT,
    noEmit: values['no-emit'] ?? [],
    debug: values.debug ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (values.version !== undefined) options.version = values.version;
  if (values.previous !== undefined) options.previous = values.previous;
  if (values['no-cache']) options.cacheDir = false;
  if (values['keep-going']) options.keepGoing = true;
  if (values.jobs !== undefined) {
    const n = Number(values.jobs);
    if (!Number.isInteger(n) || n < 1) throw new FatalError('--jobs needs a whole number of at least 1');
    options.jobs = n;
  }
  const known = new Set(['diagnostics', ...EMITTERS.map((e) => e.name)]);
  for (const name of options.noEmit!) if (!known.has(name)) throw new FatalError(`--no-emit: unknown emitter ${name} (known: ${[...known].join(', ')})`);
  return options;
}

export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug');
  const progress = progressLine(process.stderr, argv.includes('--quiet') ? 'never' : argv.includes('--progress') ? 'always' : 'auto');
  try {
    const options = parseArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    debug = options.debug;
    const result = await generate({ ...options, onProgress: progress.onProgress });
    progress.end();
    if (!options.quiet) console.log(formatSummary(result, resolve(options.out)));
    return EXIT_OK;
  } catch (error) {
    progress.end();
    const message = error instanceof Error ? error.message : String(error);
    // One line: what went wrong, and that the previous outputs are untouched (all-or-nothing writes).
    const fatal = error instanceof FatalError;
    const detail = fatal ? message : `unexpected error: ${message}`;
    console.error(`generate: ${detail}; nothing was written${debug || fatal ? '' : ' (--debug shows the stack)'}`);
    if (debug && error instanceof Error) console.error(error.stack);
    return error instanceof PagesLeftOutError ? error.exitCode : EXIT_FAILED;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
