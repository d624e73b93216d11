// An installed-like copy of the package in a temp folder: dist/ compiled by tsconfig.build.json,
// bin/gitlab-api, package.json, the generated command table, completions and response media table
// of a given spec, and node_modules linked. Used by the bin test and bench/cli.ts to run the real command.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import { renderResponseMedia } from '../../scripts/emit/response-media.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

export const ROOT = join(import.meta.dirname, '../..');

export function makePackage(doc: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-api-pkg-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist'), '--declaration', 'false'], { stdio: 'pipe' });
  } catch (e) {
    // A type error elsewhere in src/ still emits JS (noEmitOnError is off); only a missing CLI is fatal here.
    if (!['dist/cli/main.js', 'dist/src/cli/main.js'].some((f) => existsSync(join(dir, f)))) throw new Error(`tsc did not emit dist/cli/main.js: ${String((e as { stdout?: Buffer }).stdout ?? e)}`);
  }
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin/gitlab-api'), join(dir, 'bin/gitlab-api'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  // The client reads response-media.js at run time (how non-JSON responses are read).
  for (const f of [...emitCompletions(doc as OpenAPIDocument), ...renderResponseMedia(doc as OpenAPIDocument)]) {
    mkdirSync(dirname(join(dir, 'generated', f.path)), { recursive: true });
    writeFileSync(join(dir, 'generated', f.path), f.content);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
