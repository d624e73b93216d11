// An installed-like copy of the package in a temp folder: bin/gitlab-api.cjs, package.json, the
// generated command table, completions and response media table of a given spec, node_modules linked, and the CLI's bundles
// in dist/ as `npm run build` makes them (build/cli.ts). Used by the bin test, the tasks test and
// bench/cli.ts to run the real command.
// With `build: false` it holds the sources and tsconfigs instead of dist/, as a checkout does, for
// `npm install --global .` to build through the package's prepare script (the README's install).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import { renderResponseMedia } from '../../scripts/emit/response-media.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { buildCli } from '../../build/cli.js';

export const ROOT = join(import.meta.dirname, '../..');

export async function makePackage(doc: unknown, { build = true } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-api-pkg-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin/gitlab-api.cjs'), join(dir, 'bin/gitlab-api.cjs'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  // The client reads response-media.js at run time (how non-JSON responses are read).
  for (const f of [...emitCompletions(doc as OpenAPIDocument), ...renderResponseMedia(doc as OpenAPIDocument)]) {
    mkdirSync(dirname(join(dir, 'generated', f.path)), { recursive: true });
    writeFileSync(join(dir, 'generated', f.path), f.content);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (!build) {
    // What `npm run build` reads: the sources, the tsconfigs, the bundler script, and the client's types of all operations.
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(ROOT, 'build'), join(dir, 'build'), { recursive: true });
    for (const f of ['tsconfig.json', 'tsconfig.build.json']) copyFileSync(join(ROOT, f), join(dir, f));
    copyFileSync(join(ROOT, 'generated/schema.d.ts'), join(dir, 'generated/schema.d.ts'));
    return dir;
  }
  await buildCli(join(dir, 'dist'));
  return dir;
}
