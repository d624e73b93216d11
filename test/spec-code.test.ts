// The spec stage's code as `npm run generate` runs it (scripts/spec-code.ts): one CommonJS bundle
// compiled with V8's code cache. It must make the very document the modules make, take its compiled
// code from the cache in the next process, and fall back to the modules whenever it cannot load.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpecCode } from '../scripts/spec-code.js';
import { toOpenAPI } from '../scripts/openapi/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-spec-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPTS = fileURLToPath(new URL('../scripts/', import.meta.url));
const DOCS = fileURLToPath(new URL('../docs-source/', import.meta.url));
// Pages whose responses make entities, requests, downloads and links: most of what the stage does.
const PAGES = ['issues.md', 'merge_requests.md', 'users.md', 'repository_files.md', 'jobs.md', 'notes.md'];

interface Loaded {
  from: string;
  /** The bundle's document is the modules' document, byte for byte as JSON. */
  same: boolean;
  operations: number;
}

/** In a process of its own (as each run of generate is): the stage loaded with `version`, and its document beside the modules'. */
function loadInProcess(version: string, cacheDir: string): Loaded {
  const url = (file: string) => JSON.stringify(pathToFileURL(join(SCRIPTS, file)).href);
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
    const { readPages } = await import(${url('pages.ts')});
    const { assembleDocs, parsePage } = await import(${url('parse/index.ts')});
    const { loadSpecCode } = await import(${url('spec-code.ts')});
    const { toOpenAPI } = await import(${url('openapi/index.ts')});
    const { pages } = await readPages(${JSON.stringify(DOCS)}, ${JSON.stringify(PAGES)});
    const model = assembleDocs(pages.map((p) => parsePage(p.file, p.text)));
    const code = await loadSpecCode({ version: ${JSON.stringify(version)}, cacheDir: ${JSON.stringify(cacheDir)} });
    const result = code.toOpenAPI(model);
    code.keep();
    const same = JSON.stringify(result) === JSON.stringify(toOpenAPI(model));
    const operations = Object.values(result.document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    console.log(JSON.stringify({ from: code.from, same, operations }));`], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Loaded;
}

describe('loadSpecCode', () => {
  it('outside a bundle, with no version, is the modules themselves', async () => {
    const code = await loadSpecCode();
    expect(code.from).toBe('modules');
    expect(code.toOpenAPI).toBe(toOpenAPI);
    expect(() => code.keep()).not.toThrow();
  });

  it('builds the bundle once, and the next process takes the compiled code from the cache; both make the modules\' document', () => {
    const cacheDir = join(dir, 'first');
    const first = loadInProcess('v1', cacheDir);
    expect(first).toEqual({ from: 'compiled', same: true, operations: expect.any(Number) });
    expect(first.operations).toBeGreaterThan(50);
    expect(readdirSync(join(cacheDir, 'spec'))).toEqual(['openapi-v1.cjs']);
    const [cache, ...others] = readdirSync(join(cacheDir, 'code'));
    expect(others).toEqual([]);
    expect(cache).toMatch(/^spec_stage-\d+-\d+-.+\.bin$/);
    const written = statSync(join(cacheDir, 'code', cache)).mtimeMs;
    expect(loadInProcess('v1', cacheDir)).toEqual({ ...first, from: 'cache' });
    // Read, not written again.
    expect(statSync(join(cacheDir, 'code', cache)).mtimeMs).toBe(written);
  });

  it('a new version of the code replaces the bundle and the cache of the old one', () => {
    const cacheDir = join(dir, 'versions');
    expect(loadInProcess('v1', cacheDir).from).toBe('compiled');
    expect(loadInProcess('v2', cacheDir)).toMatchObject({ from: 'compiled', same: true });
    expect(readdirSync(join(cacheDir, 'spec'))).toEqual(['openapi-v2.cjs']);
    expect(readdirSync(join(cacheDir, 'code'))).toHaveLength(1);
    expect(loadInProcess('v2', cacheDir).from).toBe('cache');
  });

  it('a bundle that does not load gives the modules, and is built again by the next run', () => {
    const cacheDir = join(dir, 'broken');
    expect(loadInProcess('v1', cacheDir).from).toBe('compiled');
    const bundle = join(cacheDir, 'spec', 'openapi-v1.cjs');
    writeFileSync(bundle, 'module.exports = {'); // cut short
    expect(loadInProcess('v1', cacheDir)).toMatchObject({ from: 'modules', same: true });
    expect(existsSync(bundle)).toBe(false);
    expect(loadInProcess('v1', cacheDir)).toMatchObject({ from: 'compiled', same: true });
  });

  it('a cache folder that cannot be written gives the modules', async () => {
    const cacheDir = join(dir, 'not-a-folder');
    writeFileSync(cacheDir, 'a file where the folder would be');
    const code = await loadSpecCode({ version: 'v1', cacheDir });
    expect(code.from).toBe('modules');
    expect(code.toOpenAPI).toBe(toOpenAPI);
  });
});
