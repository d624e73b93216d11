// A CommonJS module loaded with V8's code cache: the compiled code of its functions kept on disk,
// so that the next process skips compiling them. TypeScript's compiler is 9 MB of JavaScript that
// the types emitter loads on every regeneration: loading it takes about 0.3 s of CPU, 0.1 s with
// the cache. Node 20 keeps no compiled code between runs (`module.enableCompileCache` came in Node
// 22), so this does for one module what that does for all: compile it through `vm.Script` with
// the cached data.
//
// A cache, never an input: one that is absent, unreadable or rejected by V8 (another Node, another
// TypeScript) only means compiling as usual, and writing a new one.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/**
 * `require(specifier)` from `from` (a file URL), compiled with the code cache kept in `cacheDir`.
 * A module some other code required already is that module (one instance per process).
 */
export function requireWithCodeCache<T>(specifier: string, from: string, cacheDir: string): T {
  const require = createRequire(from);
  const filename = require.resolve(specifier);
  const loaded = require.cache[filename];
  if (loaded) return loaded.exports as T;
  const source = readFileSync(filename, 'utf8');
  const { size, mtimeMs } = statSync(filename);
  // V8 checks the source, its own version and its flags; the name keeps one file per build of the module and of Node.
  const name = `${specifier.replace(/[^\w.]/g, '_')}-${size}-${Math.round(mtimeMs)}-${process.versions.v8}-${process.arch}.bin`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(cacheDir, name));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename, cachedData });
  const module = new Module(filename);
  module.filename = filename;
  require.cache[filename] = module;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  } catch (error) {
    delete require.cache[filename];
    throw error;
  }
  module.loaded = true;
  // Written now, not after the module has been used (which would add the functions it ran): V8's
  // flags are part of the cache, and a run changes one of them later (scripts/heap-growth.ts).
  if (cachedData === undefined || script.cachedDataRejected) keep(cacheDir, name, script);
  return module.exports as T;
}

function keep(cacheDir: string, name: string, script: vm.Script): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = join(cacheDir, `${name}.${process.pid}.tmp`);
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, join(cacheDir, name));
    // The caches of other builds of the module or of Node go: one file per module.
    const prefix = `${name.split('-')[0]}-`;
    for (const other of readdirSync(cacheDir)) if (other.startsWith(prefix) && other.endsWith('.bin') && other !== name) rmSync(join(cacheDir, other), { force: true });
  } catch {
    // A cache that cannot be written only costs the next run its compiling.
  }
}
