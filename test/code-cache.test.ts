// A CommonJS module loaded with V8's code cache (scripts/code-cache.ts): the module as require()
// gives it, one instance per process, its compiled code kept in a file that the next load uses,
// and a cache that is wrong or cannot be written never stops the load.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../scripts/code-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fixtures = 0;
/** A new CommonJS module in a folder of its own, and a file URL to require it from. */
function fixture(): { from: string; file: string; cacheDir: string } {
  const folder = join(dir, `m${fixtures++}`);
  const file = join(folder, 'node_modules', 'adder', 'index.js');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, "const { basename } = require('node:path');\nmodule.exports = { add: (a, b) => a + b, name: basename(__filename), dir: __dirname };\n");
  return { from: pathToFileURL(join(folder, 'main.js')).href, file, cacheDir: join(folder, 'cache') };
}

type Adder = { add(a: number, b: number): number; name: string; dir: string };

describe('requireWithCodeCache', () => {
  it('gives the module as require() would, registered so that require() then gives the same instance', () => {
    const { from, file, cacheDir } = fixture();
    const adder = requireWithCodeCache<Adder>('adder', from, cacheDir);
    expect(adder.add(2, 3)).toBe(5);
    expect([adder.name, adder.dir]).toEqual(['index.js', join(file, '..')]);
    expect(createRequire(from)('adder')).toBe(adder);
    expect(requireWithCodeCache<Adder>('adder', from, cacheDir)).toBe(adder);
  });

  // Each load below in a process of its own, as each run of generate is: within one process V8
  // keeps compiled code in memory and would not read the file at all.
  const CODE_CACHE = fileURLToPath(new URL('../scripts/code-cache.ts', import.meta.url));
  const loadInProcess = (from: string, cacheDir: string): number => Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const { requireWithCodeCache } = await import(${JSON.stringify(pathToFileURL(CODE_CACHE).href)});
     console.log(requireWithCodeCache('adder', ${JSON.stringify(from)}, ${JSON.stringify(cacheDir)}).add(20, 22));`], { encoding: 'utf8' }));

  it('keeps the compiled code in one file, which the next process uses without writing it again', () => {
    const { from, cacheDir } = fixture();
    expect(loadInProcess(from, cacheDir)).toBe(42);
    const [cache] = readdirSync(cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(cache).toMatch(/^adder-\d+-\d+-.+\.bin$/);
    const written = readFileSync(join(cacheDir, cache));
    writeFileSync(join(cacheDir, cache), written); // a new mtime, the same bytes
    const mtime = statSync(join(cacheDir, cache)).mtimeMs;
    expect(loadInProcess(from, cacheDir)).toBe(42);
    expect(statSync(join(cacheDir, cache)).mtimeMs).toBe(mtime);
  });

  it('a cache V8 rejects is replaced; the caches of other builds go', () => {
    const { from, cacheDir } = fixture();
    expect(loadInProcess(from, cacheDir)).toBe(42);
    const [cache] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, cache), 'not a code cache');
    writeFileSync(join(cacheDir, 'adder-1-2-old-node.bin'), 'an older build');
    writeFileSync(join(cacheDir, 'other-1-2-3-x64.bin'), 'another module');
    expect(loadInProcess(from, cacheDir)).toBe(42);
    expect(readdirSync(cacheDir).sort()).toEqual([cache, 'other-1-2-3-x64.bin']);
    expect(statSync(join(cacheDir, cache)).size).toBeGreaterThan('not a code cache'.length);
  });

  it('loads all the same when the cache cannot be written', () => {
    const { from, cacheDir } = fixture();
    writeFileSync(cacheDir, 'a file where the folder would be');
    expect(requireWithCodeCache<Adder>('adder', from, cacheDir).add(3, 4)).toBe(7);
  });

  it('a module that throws while loading is not left registered', () => {
    const { from, file, cacheDir } = fixture();
    writeFileSync(file, "throw new Error('broken module');\n");
    expect(() => requireWithCodeCache('adder', from, cacheDir)).toThrow('broken module');
    expect(createRequire(from).cache[file]).toBeUndefined();
  });
});
