// `npm run generate`: docs pages -> spec/openapi.{json,yaml} and generated/*.
// Composes the stages and holds all file I/O. Every output is gathered first, then written
// all-or-nothing (scripts/write-atomic.ts): if any stage or emitter fails, spec/ and generated/
// stay exactly as they were and the user gets one clear message.
//
//   tsx scripts/generate.ts [--docs DIR] [--out DIR] [--version X] [--no-emit NAME]... [--jobs N]
//                           [--no-cache] [--previous FILE] [--keep-going] [--debug] [--quiet]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, isAbsolute, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocsModel } from './model.js';
import type { OpenAPIDocument, OutputFile } from './openapi-document.js';
import { countDiagnostics, emitDiagnostics } from './emit/diagnostics.js';
import { ROOT, buildSpec, time } from './spec-stage.js';
import { toYaml } from './spec-yaml.js';
import { FatalError } from './pages.js';
import { EXIT_FAILED, EXIT_OK, PagesLeftOutError, describeLeftOut, type LeftOutPage } from './left-out.js';
import { recoverInterruptedRuns, stagingName, tempRoot, writeAllAtomically, type PlannedFile, type WriteOptions } from './write-atomic.js';

export { ROOT };

type Emitter = (doc: OpenAPIDocument) => OutputFile[] | Promise<OutputFile[]>;

/** The emitters other stages provide; each is skipped while its module does not exist yet. */
export const EMITTERS: { name: string; module: string; entry: string }[] = [
  { name: 'types', module: './emit/types.ts', entry: 'emitTypes' },
  { name: 'completions', module: './emit/completions/index.ts', entry: 'emitCompletions' },
  { name: 'docs-site', module: './emit/docs-site.ts', entry: 'emitDocsSite' },
  { name: 'changelog', module: './changelog/index.ts', entry: 'changelogSincePrevious' },
];

export interface GenerateOptions {
  docs: string;
  out: string;
  version?: string;
  /** Emitters to skip, by name (`types`, `completions`, `docs-site`, `changelog`, `diagnostics`). */
  noEmit?: string[];
  jobs?: number;
  /** Folder of the parse cache; false for none. Default `<repo>/.cache/parse`. */
  cacheDir?: string | false;
  /** The previous spec for the changelog; default: the spec/openapi.json already in `out`. */
  previous?: string;
  /** Replaces or adds emitters (tests use this to make one fail). */
  emitters?: Record<string, Emitter>;
  writeHooks?: Pick<WriteOptions, 'beforeWrite'>;
  /** Write the outputs even when pages are left out (else: PagesLeftOutError, nothing written). */
  keepGoing?: boolean;
}

export interface Summary {
  /** Every `.md` file read (binary and empty ones included: they are diagnosed and skipped). */
  pages: number;
  /**
   * Pages that document no endpoint (README.md, oauth2.md, a MANIFEST.md beside the pages): read,
   * their diagnostics reported, no tag in the spec. Listed so a wrong --docs folder shows at once.
   */
  pagesWithoutEndpoints: string[];
  /** Pages whose endpoints are missing from the spec (written only with keepGoing). */
  leftOut: LeftOutPage[];
  parsed: number;
  cached: number;
  /** Pages parsed by worker threads (the rest of the parsed ones: the main thread). */
  byWorkers: number;
  workerErrors: string[];
  operations: number;
  parameters: number;
  withResponseSchema: number;
  diagnostics: ReturnType<typeof countDiagnostics>;
  timings: Record<string, number>;
  skippedEmitters: string[];
}

export interface GenerateResult {
  model: DocsModel;
  document: OpenAPIDocument;
  diagnostics: Diagnostic[];
  /** Written files, relative to `out`, `/` separated. */
  files: string[];
  summary: Summary;
}

export function serializeSpec(document: OpenAPIDocument): { json: string; yaml: string } {
  return {
    json: JSON.stringify(document, null, 2) + '\n',
    // Same data as the JSON, key for key, no anchors (scripts/spec-yaml.ts says why not the yaml package).
    yaml: toYaml(document),
  };
}

function countOperations(document: OpenAPIDocument) {
  let operations = 0;
  let parameters = 0;
  let withResponseSchema = 0;
  for (const item of Object.values(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, any>)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) continue;
      operations++;
      parameters += (op.parameters ?? []).filter((p: any) => !p.$ref).length;
      const body = Object.values(op.requestBody?.content ?? {})[0] as any;
      parameters += Object.keys(body?.schema?.properties ?? {}).length;
      const hasSchema = Object.entries(op.responses ?? {}).some(([status, r]: [string, any]) =>
        status.startsWith('2') && Object.values(r.content ?? {}).some((m: any) => m.schema));
      if (hasSchema) withResponseSchema++;
    }
  }
  return { operations, parameters, withResponseSchema };
}

/** An emitter's file, relative to generated/; never outside it. */
function emitterTarget(outDir: string, emitter: string, path: string): string {
  const relativePath = path.replace(/^generated\//, '');
  const normal = normalize(relativePath);
  if (isAbsolute(relativePath) || normal.startsWith('..')) {
    throw new FatalError(`emitter ${emitter} returned a path outside generated/: ${path}`);
  }
  return join(outDir, 'generated', normal);
}

async function loadEmitter(name: string, module: string, entry: string): Promise<Emitter | undefined> {
  const url = new URL(module, import.meta.url);
  const js = new URL(module.replace(/\.ts$/, '.js'), import.meta.url);
  if (!existsSync(url) && !existsSync(js)) return undefined;
  const loaded = (await import(existsSync(url) ? url.href : js.href)) as Record<string, unknown>;
  const fn = loaded[entry];
  if (typeof fn !== 'function') throw new FatalError(`${module} does not export ${entry}() (emitter ${name})`);
  return fn as Emitter;
}

/**
 * The spec the changelog compares against: `--previous FILE` when given (it must be readable), else
 * the spec already in the output folder (absent or unreadable there: no changelog this time).
 */
async function readPrevious(explicit: string | undefined, inOut: string): Promise<OpenAPIDocument | undefined> {
  if (explicit) {
    try {
      return JSON.parse(await readFile(explicit, 'utf8')) as OpenAPIDocument;
    } catch (error) {
      throw new FatalError(`--previous ${explicit}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    return JSON.parse(await readFile(inOut, 'utf8')) as OpenAPIDocument;
  } catch {
    return undefined;
  }
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const docsDir = resolve(options.docs);
  const outDir = resolve(options.out);
  const noEmit = new Set(options.noEmit ?? []);

  // First: a run killed while replacing the outputs is rolled back, so that this run (its
  // changelog included) starts from the previous outputs, and leaves them so if it fails.
  await recoverInterruptedRuns(outDir);
  const { files, model, document, diagnostics, pool, leftOut } = await buildSpec(docsDir, { jobs: options.jobs, cacheDir: options.cacheDir, version: options.version, timings });
  if (leftOut.length > 0 && !options.keepGoing) throw new PagesLeftOutError(leftOut);
  const serialized = await time(timings, 'serialize', () => serializeSpec(document));

  const planned: PlannedFile[] = [
    { target: join(outDir, 'spec', 'openapi.json'), content: serialized.json },
    { target: join(outDir, 'spec', 'openapi.yaml'), content: serialized.yaml },
  ];
  if (!noEmit.has('diagnostics')) {
    for (const file of emitDiagnostics(diagnostics)) planned.push({ target: join(outDir, 'generated', file.path), content: file.content });
  }
  const skippedEmitters: string[] = [];
  const previous = await readPrevious(options.previous, join(outDir, 'spec', 'openapi.json'));
  const names = [...EMITTERS.map((e) => e.name), ...Object.keys(options.emitters ?? {}).filter((n) => !EMITTERS.some((e) => e.name === n))];
  for (const name of names) {
    if (noEmit.has(name)) continue;
    const known = EMITTERS.find((e) => e.name === name);
    const emitter = options.emitters?.[name] ?? (known ? await loadEmitter(name, known.module, known.entry) : undefined);
    if (!emitter) {
      skippedEmitters.push(name);
      continue;
    }
    // Every emitter gets its own copy: none can change what the next one sees.
    const copy = structuredClone(document);
    const outputs = await time(timings, `emit:${name}`, async () => {
      try {
        return name === 'changelog'
          ? await (emitter as unknown as (p: OpenAPIDocument | undefined, d: OpenAPIDocument) => Promise<OutputFile[]>)(previous, copy)
          : await emitter(copy);
      } catch (error) {
        throw new FatalError(`emitter ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    });
    for (const file of outputs) planned.push({ target: emitterTarget(outDir, name, file.path), content: file.content });
  }

  await time(timings, 'write', async () => {
    await writeAllAtomically(planned, { ...options.writeHooks, tempDir: join(tempRoot(outDir), stagingName()) });
  });

  const counts = countOperations(document);
  return {
    model,
    document,
    diagnostics,
    files: planned.map((p) => p.target.slice(outDir.length + 1).split('\\').join('/')),
    summary: {
      pages: files.length,
      pagesWithoutEndpoints: model.pages.filter((page) => page.endpoints.length === 0).map((page) => page.file),
      leftOut,
      parsed: pool.parsed,
      cached: pool.cached,
      byWorkers: pool.byWorkers,
      workerErrors: pool.workerErrors,
      ...counts,
      diagnostics: countDiagnostics(diagnostics),
      timings,
      skippedEmitters,
    },
  };
}

/** At most ten names, then how many more. */
function listShort(names: string[]): string {
  return names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
}

export function formatSummary(result: GenerateResult, outDir: string): string {
  const s = result.summary;
  const lines = [
    `Pages read: ${s.pages} (${s.parsed} parsed, ${s.byWorkers} of them by a worker thread; ${s.cached} from cache)`,
    `Pages without endpoints: ${s.pagesWithoutEndpoints.length}${s.pagesWithoutEndpoints.length === 0 ? '' : ` (${listShort(s.pagesWithoutEndpoints)})`}`,
    ...(s.leftOut.length > 0 ? [`Pages left out (written anyway, --keep-going): ${s.leftOut.length} (${describeLeftOut(s.leftOut)})`] : []),
    `Operations: ${s.operations}, parameters: ${s.parameters}, operations with a response schema: ${s.withResponseSchema}`,
    `Diagnostics: ${s.diagnostics.bySeverity.error} errors, ${s.diagnostics.bySeverity.warning} warnings, ${s.diagnostics.bySeverity.info} notes`,
    ...Object.entries(s.diagnostics.byRule).map(([rule, n]) => `  ${rule} (${s.diagnostics.severityByRule[rule].join('/')}): ${n}`),
    `Time: ${Object.entries(s.timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(', ')}`,
  ];
  if (s.workerErrors.length > 0) lines.push(`Parse workers failed (their pages were parsed on the main thread): ${s.workerErrors.join('; ')}`);
  if (s.skippedEmitters.length > 0) lines.push(`Emitters not present yet (skipped): ${s.skippedEmitters.join(', ')}`);
  lines.push(`Wrote ${result.files.length} files under ${outDir}`);
  return lines.join('\n');
}

export interface CliOptions extends GenerateOptions {
  debug: boolean;
  quiet: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { docs: join(ROOT, 'docs-source'), out: ROOT, noEmit: [], debug: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new FatalError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--docs': options.docs = value(); break;
      case '--out': options.out = value(); break;
      case '--version': options.version = value(); break;
      case '--no-emit': options.noEmit!.push(value()); break;
      case '--previous': options.previous = value(); break;
      case '--jobs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new FatalError('--jobs needs a whole number of at least 1');
        options.jobs = n;
        break;
      }
      case '--no-cache': options.cacheDir = false; break;
      case '--debug': options.debug = true; break;
      case '--quiet': options.quiet = true; break;
      case '--keep-going': options.keepGoing = true; break;
      default: throw new FatalError(`unknown option ${arg} (options: --docs DIR, --out DIR, --version X, --no-emit NAME, --previous FILE, --jobs N, --no-cache, --keep-going, --debug, --quiet)`);
    }
  }
  const known = new Set(['diagnostics', ...EMITTERS.map((e) => e.name)]);
  for (const name of options.noEmit!) if (!known.has(name)) throw new FatalError(`--no-emit: unknown emitter ${name} (known: ${[...known].join(', ')})`);
  return options;
}

export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const options = parseArgs(argv);
    debug = options.debug;
    const result = await generate(options);
    if (!options.quiet) console.log(formatSummary(result, resolve(options.out)));
    return EXIT_OK;
  } catch (error) {
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
