// An installed-like copy of the package in a temp folder: bin/gitlab-api, package.json, the generated
// command table and completions of a given spec, node_modules linked, and dist/ compiled by
// tsconfig.build.json. Used by the bin test, the tasks test and bench/cli.ts to run the real command.
// With `build: false` it holds the sources and tsconfigs instead of dist/, as a checkout does, for
// `npm install --global .` to build through the package's prepare script (the README's install).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

export const ROOT = join(import.meta.dirname, '../..');

export function makePackage(doc: unknown, { build = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-api-pkg-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin/gitlab-api'), join(dir, 'bin/gitlab-api'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const f of emitCompletions(doc as OpenAPIDocument)) {
    mkdirSync(dirname(join(dir, 'generated', f.path)), { recursive: true });
    writeFileSync(join(dir, 'generated', f.path), f.content);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (!build) {
    // What `npm run build` reads: the sources, the tsconfigs, and the client's types of all operations.
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    for (const f of ['tsconfig.json', 'tsconfig.build.json']) copyFileSync(join(ROOT, f), join(dir, f));
    copyFileSync(join(ROOT, 'generated/schema.d.ts'), join(dir, 'generated/schema.d.ts'));
    return dir;
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist'), '--declaration', 'false'], { stdio: 'pipe' });
  } catch (e) {
    // A type error elsewhere in src/ still emits JS (noEmitOnError is off); only a missing CLI is fatal here.
    if (!['dist/cli/main.js', 'dist/src/cli/main.js'].some((f) => existsSync(join(dir, f)))) throw new Error(`tsc did not emit dist/cli/main.js: ${String((e as { stdout?: Buffer }).stdout ?? e)}`);
  }
  return dir;
}
