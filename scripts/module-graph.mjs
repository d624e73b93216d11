// The module graph of a TypeScript entry of the project, through esbuild: its bundle (for
// scripts/launch.mjs, which runs `npm run generate` from it) and the version of each of its modules.
// An esbuild bundle of our own sources, rebuilt only when one of them (or the lock file) changed.
// Plain JavaScript because it runs before any TypeScript loader exists; no side effect on import. Why: loading the pipeline
// through tsx costs about 0.4 s of CPU (its loader boots, then transforms each file) before any
// work, where the bundle loads in about 50 ms; `npm run generate` on unchanged docs is otherwise
// mostly that. Dependencies stay in node_modules (`packages: 'external'`), loaded natively and only
// when the code reaches them (the emitters' `import()`s are split into chunks of their own).
//
// The same module graph gives each module its *version*: a hash of the module's own sources, of
// every source it imports (statically or not), of the files it reads beside itself
// (`new URL('./x.fish', import.meta.url)`), and of package-lock.json. scripts/generate.ts keys each
// emitter on its module's version, so editing one emitter re-runs that one alone.
//
// Every module keeps its own `import.meta.url` inside the bundle (a define per file), so code that
// finds files beside itself behaves as it does unbundled. If the bundle cannot be built or
// written (a read-only checkout), the entry runs through tsx instead.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLES = join(ROOT, '.cache', 'bundle');
/** Part of every version: a new esbuild, a new Node, a new launcher bundle differently. */
const LOCK = 'package-lock.json';
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
const LAUNCHER = 'scripts/launch.mjs';
/** Set on globalThis for the bundled code: module versions and where each module's chunk is. */
const LAUNCHED = Symbol.for('gitlab-openapi.launched');

/** Repository-relative, `/`-separated. */
const rel = (file) => relative(ROOT, file).split(sep).join('/');

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

async function hashFiles(files) {
  const hashes = {};
  await Promise.all(files.map(async (file) => {
    hashes[file] = await readFile(join(ROOT, file)).then(sha256, () => 'missing');
  }));
  return hashes;
}

/** The files a source reads beside itself: `new URL('./bash-functions.bash', import.meta.url)`. */
function assetsOf(file, text) {
  const assets = [];
  for (const match of text.matchAll(/new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g)) {
    const path = resolve(dirname(file), match[2]);
    if (existsSync(path) && statSync(path).isFile()) assets.push(rel(path));
  }
  return assets;
}

/**
 * Bundles `entry` (repository-relative). Returns the sources it is made of, and for each module
 * that is an entry of a chunk (the entry, every `import()`ed module), the sources of its closure
 * and its chunk. With `outdir`, the bundle is written there.
 */
async function buildGraph(entry, outdir) {
  const esbuild = await import('esbuild');
  const assets = {};
  const sameUrl = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        assets[rel(args.path)] = assetsOf(args.path, text);
        const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
        const url = JSON.stringify(pathToFileURL(args.path).href);
        // A define rewrites the expression only, never the text of a string or a comment.
        const { code } = await esbuild.transform(text, {
          loader, format: 'esm', sourcefile: args.path, define: { 'import.meta.url': url },
          tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
        });
        return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: outdir ?? join(BUNDLES, 'unwritten'),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: Boolean(outdir),
    metafile: true,
    logLevel: 'silent',
    plugins: [sameUrl],
  });
  const outputs = result.metafile.outputs;
  const sources = new Set(Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')));
  for (const file of [...sources]) for (const asset of assets[file] ?? []) sources.add(asset);
  const closures = {};
  const chunks = {};
  for (const [output, info] of Object.entries(outputs)) {
    if (!info.entryPoint) continue;
    const seen = new Set();
    const files = new Set();
    const visit = (name) => {
      if (seen.has(name) || !outputs[name]) return;
      seen.add(name);
      for (const input of Object.keys(outputs[name].inputs)) {
        if (input.includes('node_modules/')) continue;
        files.add(input);
        for (const asset of assets[input] ?? []) files.add(asset);
      }
      for (const imported of outputs[name].imports) visit(imported.path);
    };
    visit(output);
    closures[info.entryPoint] = [...files].sort();
    chunks[info.entryPoint] = relative(outdir ?? ROOT, join(ROOT, output)).split(sep).join('/');
  }
  return { sources: [...sources].sort(), closures, chunks };
}

/** Each module's version from its closure and the current hashes of the files. */
function versionsOf(closures, hashes) {
  const versions = {};
  for (const [module, files] of Object.entries(closures)) {
    const hash = createHash('sha256').update(hashes[LOCK] ?? '').update('\0');
    for (const file of files) hash.update(file).update('\0').update(hashes[file] ?? 'missing').update('\0');
    versions[module] = hash.digest('hex').slice(0, 16);
  }
  return versions;
}

const manifestPath = (entry) => join(BUNDLES, `${entry.replace(/[/\\]/g, '_')}.json`);

/** The manifest of the last bundle of `entry`, if every source it was built from is unchanged. */
async function currentManifest(entry) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath(entry), 'utf8'));
  } catch {
    return undefined;
  }
  const hashes = await hashFiles([...Object.keys(manifest.hashes)]);
  const same = Object.entries(manifest.hashes).every(([file, hash]) => hashes[file] === hash);
  return same && existsSync(join(manifest.outdir, manifest.chunks[entry])) ? manifest : undefined;
}

/** Builds and writes the bundle of `entry`, and its manifest; removes the previous bundles. */
async function buildBundle(entry) {
  const outdir = join(BUNDLES, `${entry.replace(/[/\\]/g, '_')}-${process.pid}-${Date.now().toString(36)}`);
  const graph = await buildGraph(entry, outdir);
  const hashes = await hashFiles([...graph.sources, LOCK, SELF, LAUNCHER]);
  const manifest = { outdir, hashes, closures: graph.closures, chunks: graph.chunks };
  const path = manifestPath(entry);
  await writeFile(`${path}.${process.pid}.tmp`, JSON.stringify(manifest));
  await rename(`${path}.${process.pid}.tmp`, path);
  // Earlier bundles go, but not while a run may still load chunks from one (within seconds).
  const prefix = `${entry.replace(/[/\\]/g, '_')}-`;
  for (const name of await readdir(BUNDLES)) {
    const dir = join(BUNDLES, name);
    if (name.startsWith(prefix) && dir !== outdir && Date.now() - statSync(dir).mtimeMs > 60_000) {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return manifest;
}

/**
 * The version of every module that starts a chunk of `entry`'s graph (see the top of this file),
 * for code that runs without the launcher (tests, tsx): from the launcher when it ran, else from
 * the module graph (one esbuild pass over our sources, nothing written).
 */
export async function moduleVersions(entry) {
  const launched = globalThis[LAUNCHED];
  if (launched?.entry === entry) return launched.versions;
  const graph = await buildGraph(entry);
  return versionsOf(graph.closures, await hashFiles([...graph.sources, LOCK]));
}

/** Where a module's chunk is when the launcher runs the bundle (for worker threads); else undefined. */
export function bundledModuleUrl(module) {
  const launched = globalThis[LAUNCHED];
  const chunk = launched?.chunks[module];
  return chunk ? pathToFileURL(join(launched.outdir, chunk)).href : undefined;
}

/** Loads `entry` (repository-relative) from its bundle, building it when stale; tsx if that fails. */
export async function load(entry) {
  try {
    const manifest = (await currentManifest(entry)) ?? (await buildBundle(entry));
    globalThis[LAUNCHED] = { entry, outdir: manifest.outdir, chunks: manifest.chunks, versions: versionsOf(manifest.closures, manifest.hashes) };
    return await import(pathToFileURL(join(manifest.outdir, manifest.chunks[entry])).href);
  } catch (error) {
    if (process.env.GITLAB_OPENAPI_DEBUG_LAUNCH) console.error(error);
    delete globalThis[LAUNCHED];
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(join(ROOT, entry)).href);
  }
}
