// scripts/cache-prune.ts: a cache folder bounded by entries, the least recently used removed first.
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneOldest, touch } from '../scripts/cache-prune.js';
import { cacheLimits } from '../scripts/parse-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-prune-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of entries e0.json ... e{n-1}.json, entry i last used i seconds after the epoch + 1e6. */
function folder(name: string, n: number): string {
  const at = join(dir, name);
  mkdirSync(join(at, 'sections'), { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(join(at, `e${i}.json`), '{}');
    utimesSync(join(at, `e${i}.json`), 1e6 + i, 1e6 + i);
  }
  writeFileSync(join(at, 'notes.txt'), 'not an entry');
  return at;
}

describe('pruneOldest', () => {
  it('does nothing up to the limit', async () => {
    const at = folder('under', 5);
    expect(await pruneOldest(at, { over: 5, keep: 2 }, (n) => n.endsWith('.json'))).toBe(0);
    expect(readdirSync(at)).toHaveLength(7);
  });

  it('past it, removes the least recently used entries down to `keep`, and nothing else', async () => {
    const at = folder('over', 6);
    await touch(join(at, 'e0.json')); // used now: the newest
    expect(await pruneOldest(at, { over: 5, keep: 3 }, (n) => n.endsWith('.json'))).toBe(3);
    expect(readdirSync(at).sort()).toEqual(['e0.json', 'e4.json', 'e5.json', 'notes.txt', 'sections']);
  });

  it('touch marks an entry used now; a missing one is no error', async () => {
    const at = folder('touch', 1);
    await touch(join(at, 'e0.json'));
    expect(Date.now() - statSync(join(at, 'e0.json')).mtimeMs).toBeLessThan(60_000);
    await expect(touch(join(at, 'missing.json'))).resolves.toBeUndefined();
  });

  it("the page cache's bound: a few versions of the docs folder, at least 1500 entries", () => {
    expect(cacheLimits(69)).toEqual({ over: 2000, keep: 1500 });
    expect(cacheLimits(1000)).toEqual({ over: 3000, keep: 2000 });
  });
});
