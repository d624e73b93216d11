// scripts/module-graph.mjs on a small project of its own: which changes change which module's
// version, and the bundle launch.mjs runs (built once, rebuilt after an edit, each module keeping
// its own import.meta.url).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleVersions } from '../scripts/module-graph.mjs';

const root = mkdtempSync(join(tmpdir(), 'module-graph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeAll(() => {
  write('src/entry.ts', `import { shared } from './shared.js';
export async function main(argv: string[]): Promise<number> {
  const b = await import('./b.js');
  const c = await import('./lazy/c.js');
  console.log(JSON.stringify({ url: import.meta.url, text: 'import.meta.url', b: b.value, c: c.value(), shared, argv }));
  return 3;
}
`);
  write('src/b.ts', `import { shared } from './shared.js';\nexport const value: string = 'b' + shared;\n`);
  write('src/shared.ts', 'export const shared: number = 1;\n');
  write('src/lazy/c.ts', `import { readFileSync } from 'node:fs';\nexport const value = (): string => readFileSync(new URL('./c.txt', import.meta.url), 'utf8');\n`);
  write('src/lazy/c.txt', 'c1');
  write('src/other.ts', 'export const other = 1;\n');
});

describe('moduleVersions', () => {
  const versions = () => moduleVersions('src/entry.ts', root);

  it('gives the entry and each import()ed module a version; an edit changes those whose closure holds the file', async () => {
    const v1 = await versions();
    expect(Object.keys(v1).sort()).toEqual(['src/b.ts', 'src/entry.ts', 'src/lazy/c.ts']);
    expect(await versions()).toEqual(v1);

    write('src/shared.ts', 'export const shared: number = 2;\n'); // imported by entry and b
    const v2 = await versions();
    expect(v2['src/entry.ts']).not.toBe(v1['src/entry.ts']);
    expect(v2['src/b.ts']).not.toBe(v1['src/b.ts']);
    expect(v2['src/lazy/c.ts']).toBe(v1['src/lazy/c.ts']);

    write('src/lazy/c.txt', 'c2'); // read by c beside itself: part of c's version, and the entry's
    const v3 = await versions();
    expect(v3['src/lazy/c.ts']).not.toBe(v2['src/lazy/c.ts']);
    expect(v3['src/entry.ts']).not.toBe(v2['src/entry.ts']);
    expect(v3['src/b.ts']).toBe(v2['src/b.ts']);

    write('src/other.ts', 'export const other = 2;\n'); // imported by nothing
    expect(await versions()).toEqual(v3);
  });
});

describe('load', () => {
  /** load() + main() in a fresh node process, as scripts/launch.mjs does. */
  const launch = () => {
    const graph = pathToFileURL(join(import.meta.dirname, '../scripts/module-graph.mjs')).href;
    const code = `const { load } = await import(${JSON.stringify(graph)});
      const module = await load('src/entry.ts', ${JSON.stringify(root)});
      console.log(await module.main(['x']));`;
    const lines = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    return { printed: JSON.parse(lines[0]) as Record<string, unknown>, exit: lines[1] };
  };
  const bundles = () => readdirSync(join(root, '.cache', 'bundle')).filter((name) => !name.endsWith('.json'));

  it('runs the entry from a bundle, each module with its own import.meta.url, built once and again after an edit', () => {
    const first = launch();
    expect(first.exit).toBe('3');
    expect(first.printed).toEqual({
      url: pathToFileURL(join(root, 'src/entry.ts')).href,
      text: 'import.meta.url', // a string is not the expression
      b: 'b2', c: 'c2', shared: 2, argv: ['x'],
    });
    expect(bundles()).toHaveLength(1);
    launch();
    expect(bundles()).toHaveLength(1); // nothing changed: the same bundle

    write('src/b.ts', `import { shared } from './shared.js';\nexport const value: string = 'B' + shared;\n`);
    expect(launch().printed.b).toBe('B2');
    expect(bundles()).toHaveLength(2); // the earlier one stays a while for runs still using it
  });
});
