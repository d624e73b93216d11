// One source file and what it imports as one JavaScript file, built with esbuild (which tsx already
// uses) for Node 20. Shared by the parser's bundle (scripts/parser-bundle.ts) and the spec stage's
// (scripts/spec-code.ts), each kept in `.cache/` under its code's version.
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * `file`: the bundle of `entry` in `format`, built first when absent. Atomic: concurrent runs each
 * write their own temporary file and rename it. Throws when it cannot be built (esbuild missing, a
 * read-only folder).
 */
export async function bundleFile(entry: string, file: string, format: 'esm' | 'cjs', banner?: string): Promise<string> {
  try {
    if ((await stat(file)).isFile()) return file;
  } catch {
    // not built yet
  }
  const { build } = await import('esbuild');
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    outfile: temp,
    logLevel: 'silent',
    ...(banner ? { banner: { js: banner } } : {}),
  });
  await rename(temp, file);
  return file;
}
