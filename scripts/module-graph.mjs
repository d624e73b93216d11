// The module graph of a TypeScript entry of the project, through esbuild: a bundle of it (which
// scripts/launch.mjs runs `npm run generate` from) and the version of each of its modules. Plain
// JavaScript because it runs before any TypeScript loader exists; importing it does nothing.
//
// The bundle: loading the pipeline through tsx costs about 0.4 s of CPU (its loader boots, then
// transforms each file) before any work, where the bundle loads in about 50 ms; on unchanged docs
// that was most of `npm run generate`. It holds our own sources, and of the dependencies only the
// markdown parser's family (unified, remark, micromark, mdast and unist utilities: some 150 small
// ES modules, 0.17 s of CPU to load one by one against 0.03 s bundled, in the docs site's thread).
// The others stay in node_modules, loaded natively and only when the code reaches them (each
// `import()` becomes a chunk of its own, so a skipped emitter never loads its libraries). It is
// rebuilt when one of its sources, package-lock.json or this file changed (`.cache/bundle/`).
// Every module keeps its own `import.meta.url` inside it (a define per file), so code that finds
// files beside itself behaves as it does unbundled.
//
// A module's version: a hash of its sources, of every source it imports (statically or not), of
// the files they read beside themselves (`new URL('./x.fish', import.meta.url)`), and of
// package-lock.json. scripts/generate.ts keys each emitter on its module's version, so that editing
// one emitter re-runs that one alone.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Part of every version: a new esbuild or dependency bundles and behaves differently. */
const LOCK = 'package-lock.json';
/** Part of every bundle's key: how it is built and run. */
const OWN = ['scripts/module-graph.mjs', 'scripts/launch.mjs'];
const OWN_SOURCES = OWN.map((file) => join(ROOT, file));
/** Set on globalThis by load(): the versions and chunks of the bundle that runs. */
const LAUNCHED = Symbol.for('gitlab-openapi.launched');

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** `file` relative to `root`, `/`-separated. */
const rel = (root, file) => relative(root, file).split(sep).join('/');

async function hashFiles(root, files) {
  const hashes = {};
  await Promise.all(files.map(async (file) => {
    const path = OWN.includes(file) ? OWN_SOURCES[OWN.indexOf(file)] : join(root, file);
    hashes[file] = await readFile(path).then(sha256, () => 'missing');
  }));
  return hashes;
}

/** The files a source reads beside itself: `new URL('./bash-functions.bash', import.meta.url)`. */
function assetsOf(root, file, text) {
  const assets = [];
  for (const match of text.matchAll(/new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g)) {
    const path = resolve(dirname(file), match[2]);
    if (existsSync(path) && statSync(path).isFile()) assets.push(rel(root, path));
  }
  return assets;
}

/**
 * Bundles `entry` (relative to `root`). Returns the sources it is made of (relative to `root`),
 * and for each module that starts a chunk (the entry, each `import()`ed module) the sources of
 * its closure and its chunk's file. With `outdir`, the bundle is written there.
 */
async function buildGraph(root, entry, outdir) {
  const esbuild = await import('esbuild');
  const assets = {};
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.split(sep).includes('node_modules')) return undefined;
        const text = await readFile(args.path, 'utf8');
        assets[rel(root, args.path)] = assetsOf(root, args.path, text);
        // A define rewrites the expression only, never the text of a string or a comment.
        const { code } = await esbuild.transform(text, {
          loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js',
          format: 'esm',
          sourcefile: args.path,
          define: { 'import.meta.url': JSON.stringify(pathToFileURL(args.path).href) },
          tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
        });
        return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: outdir ?? join(root, '.cache', 'bundle', 'unwritten'),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: Boolean(outdir),
    metafile: true,
    logLevel: 'silent',
    plugins: [ownUrl, externalPackages],
  });
  const own = (input) => !input.split('/').includes('node_modules');
  const withAssets = (inputs) => inputs.filter(own).flatMap((input) => [input, ...(assets[input] ?? [])]);
  const { inputs, outputs } = result.metafile;
  const closures = {};
  const chunks = {};
  for (const [output, info] of Object.entries(outputs)) {
    if (!info.entryPoint) continue;
    const seen = new Set();
    const files = new Set();
    const visit = (name) => {
      if (seen.has(name) || !outputs[name]) return;
      seen.add(name);
      for (const input of withAssets(Object.keys(outputs[name].inputs))) files.add(input);
      for (const imported of outputs[name].imports) visit(imported.path);
    };
    visit(output);
    closures[info.entryPoint] = [...files].sort();
    chunks[info.entryPoint] = rel(outdir ?? root, join(root, output));
  }
  return { sources: [...new Set(withAssets(Object.keys(inputs)))].sort(), closures, chunks };
}

/** Each module's version, from its closure and the hashes of the files. */
function versionsOf(closures, hashes) {
  const versions = {};
  for (const [module, files] of Object.entries(closures)) {
    const hash = createHash('sha256').update(hashes[LOCK] ?? 'missing').update('\0');
    for (const file of files) hash.update(file).update('\0').update(hashes[file] ?? 'missing').update('\0');
    versions[module] = hash.digest('hex').slice(0, 16);
  }
  return versions;
}

/** Packages bundled (see the top): pure ES modules, many of them small. Every other package stays external. */
const BUNDLED = /^(?:unified|bail|trough|is-plain-obj|extend|devlop|vfile(?:-message)?|unist-util-[\w-]+|mdast-util-[\w-]+|micromark(?:-[\w-]+)?|remark-(?:parse|gfm)|decode-named-character-reference|character-entities(?:-[\w-]+)?|ccount|escape-string-regexp|markdown-table|longest-streak|zwitch|github-slugger)$/;

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    // Bare specifiers only: `#name` imports are a package's own (vfile's `#minpath`), resolved by esbuild.
    build.onResolve({ filter: /^[^./#]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.test(name) ? undefined : { path: args.path, external: true };
    });
  },
};

const bundleName = (entry) => entry.replace(/[/\\]/g, '_');
const manifestPath = (root, entry) => join(root, '.cache', 'bundle', `${bundleName(entry)}.json`);

/** The manifest of the last bundle of `entry`, if nothing it was built from has changed since. */
async function currentManifest(root, entry) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath(root, entry), 'utf8'));
  } catch {
    return undefined;
  }
  const hashes = await hashFiles(root, Object.keys(manifest.hashes));
  const same = Object.entries(manifest.hashes).every(([file, hash]) => hashes[file] === hash);
  return same && existsSync(join(manifest.outdir, manifest.chunks[entry])) ? manifest : undefined;
}

/** Builds and writes the bundle of `entry` and its manifest; removes bundles of it left long ago. */
async function buildBundle(root, entry) {
  const bundles = join(root, '.cache', 'bundle');
  const outdir = join(bundles, `${bundleName(entry)}-${process.pid}-${Date.now().toString(36)}`);
  const graph = await buildGraph(root, entry, outdir);
  const hashes = await hashFiles(root, [...graph.sources, LOCK, ...OWN]);
  const manifest = { outdir, hashes, closures: graph.closures, chunks: graph.chunks };
  const path = manifestPath(root, entry);
  await writeFile(`${path}.${process.pid}.tmp`, JSON.stringify(manifest));
  await rename(`${path}.${process.pid}.tmp`, path);
  // A run may still load chunks from an older bundle (an emitter's, once the pages are parsed), so
  // only those older than ten minutes go.
  for (const name of await readdir(bundles)) {
    const dir = join(bundles, name);
    if (name.startsWith(`${bundleName(entry)}-`) && dir !== outdir && Date.now() - statSync(dir).mtimeMs > 600_000) {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return manifest;
}

/**
 * The version of each module that starts a chunk of `entry`'s graph (the entry, each `import()`ed
 * module), by path relative to `root`: from the bundle that runs, else from the module graph (one
 * esbuild pass over our sources, nothing written: tests, tsx).
 */
export async function moduleVersions(entry, root = ROOT) {
  const launched = globalThis[LAUNCHED];
  if (launched?.entry === entry && launched.root === root) return launched.versions;
  const graph = await buildGraph(root, entry);
  return versionsOf(graph.closures, await hashFiles(root, [...graph.sources, LOCK]));
}

/**
 * The URL of the chunk a module starts in the bundle that runs (for a worker thread to load it
 * without a TypeScript loader); undefined when no bundle runs or the module starts no chunk.
 */
export function bundledModuleUrl(module) {
  const launched = globalThis[LAUNCHED];
  const chunk = launched?.chunks?.[module];
  return chunk ? pathToFileURL(join(launched.outdir, chunk)).href : undefined;
}

/**
 * Loads `entry` (relative to `root`) from its bundle, building the bundle when anything it was made
 * from changed. If that fails (a read-only checkout), loads the sources through tsx instead.
 */
export async function load(entry, root = ROOT) {
  try {
    const manifest = (await currentManifest(root, entry)) ?? (await buildBundle(root, entry));
    globalThis[LAUNCHED] = { entry, root, outdir: manifest.outdir, chunks: manifest.chunks, versions: versionsOf(manifest.closures, manifest.hashes) };
    return await import(pathToFileURL(join(manifest.outdir, manifest.chunks[entry])).href);
  } catch (error) {
    if (process.env.GITLAB_OPENAPI_DEBUG_LAUNCH) console.error(error);
    delete globalThis[LAUNCHED];
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(join(root, entry)).href);
  }
}
