// `npm run build`, second step (after tsc): the CLI as two CommonJS bundles in dist/, run by
// bin/gitlab-api.cjs. CommonJS spares Node its ES module loader and one file per bundle spares a
// resolve, stat, read and compile per module (`npm run bench cli` measures both against
// `node -e 0`). The modules that send (the client, openapi-fetch, node:http) are a bundle of their
// own, required only when a request is sent: `--help`, `list` and dry runs never parse them.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = (f: string) => fileURLToPath(new URL(`../src/cli/${f}`, import.meta.url));
const SEND_BUNDLE = 'gitlab-api-send.cjs';

/**
 * `import('./send.js')` in the main bundle -> a `require` of the send bundle beside it, at run time
 * (an import() of it would start the ES module loader this build avoids).
 */
function sendApart(outDir: string): Plugin {
  return {
    name: 'send-apart',
    setup(b) {
      b.onResolve({ filter: /^\.\/send\.js$/ }, (args) => (args.importer.endsWith('exchange.ts') ? { path: 'send', namespace: 'send-apart' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'send-apart' }, () => ({ contents: `module.exports = require('./${SEND_BUNDLE}');`, loader: 'js', resolveDir: outDir }));
      b.onResolve({ filter: /gitlab-api-send\.cjs$/ }, () => ({ path: `./${SEND_BUNDLE}`, external: true }));
    },
  };
}

/**
 * `import('yaml')` -> a `require` of it at run time: an `import()` would start the ES module loader
 * this build avoids, and bin/gitlab-api.cjs runs the bundle from V8's code cache, where a dynamic
 * import has no loader to call.
 */
const requireExternals: Plugin = {
  name: 'require-externals',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'require-external' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'require-external' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // yaml is loaded only for --output yaml, from node_modules.
  external: ['yaml'],
  // load-table.ts reads __filename where import.meta does not exist.
  define: { 'import.meta.url': 'undefined' },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/** dist/gitlab-api.cjs and dist/gitlab-api-send.cjs, under `outDir` (a package's dist/). */
export async function buildCli(outDir: string): Promise<void> {
  // V8's code caches of the previous bundle (bin/gitlab-api.cjs writes them): V8 would refuse them.
  for (const f of await readdir(outDir).catch(() => [])) if (f.endsWith('.v8cache')) await rm(join(outDir, f), { force: true });
  await build({ ...common, entryPoints: [src('bin.ts')], outfile: join(outDir, 'gitlab-api.cjs'), plugins: [sendApart(outDir), requireExternals] });
  await build({ ...common, entryPoints: [src('send.ts')], outfile: join(outDir, SEND_BUNDLE), plugins: [requireExternals] });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli(fileURLToPath(new URL('../dist/', import.meta.url)));
