// scripts/emit/index.ts: the registry generate skips emitters by. An emitter's version is its
// module's (scripts/module-graph.mjs), so the module it names must be the one its run() loads, and
// one loaded by import() (a chunk of its own, with a version of its own).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMITTERS } from '../../scripts/emit/index.js';
import { moduleVersions } from '../../scripts/module-graph.mjs';

describe('the emitter registry', () => {
  let versions: Promise<Record<string, string>> | undefined;
  it('has one entry per name, none taking a name generate uses itself', () => {
    const names = EMITTERS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const reserved of ['spec-yaml', 'diagnostics']) expect(names).not.toContain(reserved);
  });

  it.each(EMITTERS.map((e) => [e.name, e] as const))('%s: run() import()s the module it names, which has a version', async (_name, emitter) => {
    // The entry's text in the registry's source (vitest rewrites import() in the function itself).
    const source = readFileSync(new URL('../../scripts/emit/index.ts', import.meta.url), 'utf8');
    const entry = source.slice(source.indexOf(`name: '${emitter.name}'`)).split(/\n\s*\{\n|\n\];/)[0];
    const specifier = `./${posix.relative('scripts/emit', emitter.module)}`.replace(/^\.\/\.\.\//, '../').replace(/\.ts$/, '.js');
    expect(entry).toContain(`await import('${specifier}')`);
    // A thread runs the module's `thread` export on the spec and the memo alone: the same call as run() makes.
    if (emitter.thread) expect(entry).toContain(`.${emitter.thread}(document, memo)`);
    versions ??= moduleVersions('scripts/generate.ts');
    expect((await versions)[emitter.module]).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);
});
