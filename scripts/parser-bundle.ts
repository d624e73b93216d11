// The parse stage as one plain ESM file, built with esbuild (which tsx already uses) and kept in
// `.cache/parser/` under the parser's version. Loading it takes ~60 ms where loading the sources
// through tsx's loader takes ~500 ms, and a worker thread can start it without registering tsx;
// on a cold run that is most of the time not spent parsing. Any failure (esbuild missing, a
// read-only checkout) returns undefined and the caller loads the TypeScript sources as before.
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));
const DIR = fileURLToPath(new URL('../.cache/parser/', import.meta.url));

/** File URL of the bundle for this parser version, building it first when absent. */
export async function parserBundle(version: string): Promise<string | undefined> {
  if (process.env.GITLAB_OPENAPI_NO_BUNDLE) return undefined;
  const file = join(DIR, `parser-${version}.mjs`);
  try {
    await stat(file);
    return pathToFileURL(file).href;
  } catch {
    // not built yet
  }
  try {
    const { build } = await import('esbuild');
    await mkdir(DIR, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: temp,
      logLevel: 'silent',
      // CommonJS dependencies (yaml) call require(): give the ESM bundle one.
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    await rename(temp, file); // atomic: concurrent runs each write their own temp file
    return pathToFileURL(file).href;
  } catch {
    return undefined;
  }
}
