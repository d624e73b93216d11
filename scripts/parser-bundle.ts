// The parse stage as one plain ESM file, built with esbuild (scripts/bundle-file.ts) and kept in
// `.cache/parser/` under the parser's version. Loading it takes ~60 ms where loading the sources
// through tsx's loader takes ~500 ms, and a worker thread can start it without registering tsx;
// on a cold run that is most of the time not spent parsing. Any failure (esbuild missing, a
// read-only checkout) returns undefined and the caller loads the TypeScript sources as before.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFile } from './bundle-file.js';

const ENTRY = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));
const DIR = fileURLToPath(new URL('../.cache/parser/', import.meta.url));
// CommonJS dependencies (yaml) call require(): give the ESM bundle one.
const REQUIRE = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/** File URL of the bundle for this parser version, building it first when absent. */
export async function parserBundle(version: string): Promise<string | undefined> {
  if (process.env.GITLAB_OPENAPI_NO_BUNDLE) return undefined;
  try {
    return pathToFileURL(await bundleFile(ENTRY, join(DIR, `parser-${version}.mjs`), 'esm', REQUIRE)).href;
  } catch {
    return undefined;
  }
}
