// The spec stage's code (scripts/openapi/: toOpenAPI and all it calls) as `npm run generate` runs
// it: one CommonJS file built by esbuild, compiled with V8's code cache (scripts/code-cache.ts).
// A regeneration runs the stage once in its process, so each one compiled the stage's functions
// from scratch (V8 compiles a function when it is first called): on docs-source a third of the
// stage's first-call CPU time (`npm run bench spec`). The cache is written after the stage has run
// once, so it holds every function the stage ran, and the next process only reads it. Node 20
// keeps no compiled code of ES modules (module.enableCompileCache came in Node 22): hence a script.
//
// Kept in `.cache/spec/` under the version of the code (the bundle's own hash of its sources,
// scripts/module-graph.mjs). Outside a bundle (tests, tsx) there is no version: the modules are
// imported as usual. So is every failure (esbuild missing, a read-only checkout): a cache is never
// an input, only what the next run compiles less of.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFile } from './bundle-file.js';
import { loadScriptWithCodeCache } from './code-cache.js';
import { bundledModuleVersion } from './module-graph.mjs';
import type * as OpenAPIStage from './openapi/index.js';

/** The stage's entry, as the bundle's versions name it. */
export const SPEC_CODE_ENTRY = 'scripts/openapi/index.ts';
const ENTRY = fileURLToPath(new URL('./openapi/index.ts', import.meta.url));
const CACHE = fileURLToPath(new URL('../.cache/', import.meta.url));

export interface SpecCode {
  toOpenAPI: typeof OpenAPIStage.toOpenAPI;
  /** Where its compiled code came from: the code cache, compiled now, or imported as modules (no cache). */
  from: 'cache' | 'compiled' | 'modules';
  /** Keeps the compiled code for the next process: call once the stage has run. */
  keep(): void;
}

export interface SpecCodeOptions {
  /** The code's version; default: the running bundle's (none outside one: the modules are imported). */
  version?: string;
  /** Default: the repository's `.cache/`. */
  cacheDir?: string;
}

const modules = async (): Promise<SpecCode> => ({ toOpenAPI: (await import('./openapi/index.js')).toOpenAPI, from: 'modules', keep() {} });

export async function loadSpecCode(options: SpecCodeOptions = {}): Promise<SpecCode> {
  const version = options.version ?? bundledModuleVersion(SPEC_CODE_ENTRY);
  if (!version || process.env.GITLAB_OPENAPI_NO_BUNDLE) return modules();
  const cacheDir = options.cacheDir ?? CACHE;
  let file: string | undefined;
  try {
    file = await specBundle(join(cacheDir, 'spec'), version);
    const script = loadScriptWithCodeCache<typeof OpenAPIStage>(file, 'spec-stage', join(cacheDir, 'code'));
    if (typeof script.exports.toOpenAPI !== 'function') throw new Error(`${file}: no toOpenAPI`);
    return { toOpenAPI: script.exports.toOpenAPI, from: script.fromCache ? 'cache' : 'compiled', keep: script.keep };
  } catch {
    // A bundle that does not load (cut short, edited by hand) is built again by the next run.
    try {
      if (file) rmSync(file, { force: true });
    } catch {
      // a read-only cache: the modules all the same
    }
    return modules();
  }
}

/** The stage's CommonJS bundle for `version` in `dir`, built when absent (the other versions' removed). */
async function specBundle(dir: string, version: string): Promise<string> {
  const file = join(dir, `openapi-${version}.cjs`);
  if (existsSync(file)) return file;
  await bundleFile(ENTRY, file, 'cjs');
  // A run that loaded an older version holds it in memory already.
  for (const name of readdirSync(dir)) if (name.startsWith('openapi-') && name.endsWith('.cjs') && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
  return file;
}
