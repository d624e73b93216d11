import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, parsePages } from '../scripts/parse-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (file: string, title: string) => ({ file, text: `# ${title} API\n\n## Get thing\n\n\`\`\`\nGET /${title.toLowerCase()}\n\`\`\`\n` });

describe('cacheKey', () => {
  it('changes with the parser version, the file and the content', () => {
    const base = cacheKey('v1', page('a.md', 'A'));
    expect(cacheKey('v1', page('a.md', 'A'))).toBe(base);
    expect(cacheKey('v2', page('a.md', 'A'))).not.toBe(base);
    expect(cacheKey('v1', page('b.md', 'A'))).not.toBe(base);
    expect(cacheKey('v1', page('a.md', 'B'))).not.toBe(base);
  });
});

describe('parsePages', () => {
  it('parses each page once: a second run takes them from the cache, a changed page is parsed again', async () => {
    const cacheDir = join(dir, 'cache');
    const pages = [page('a.md', 'Alpha'), page('b.md', 'Beta')];
    const first = await parsePages(pages, { jobs: 1, cacheDir });
    expect([first.parsed, first.cached]).toEqual([2, 0]);
    expect(first.results.map((r) => r.page.file)).toEqual(['a.md', 'b.md']);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(readdirSync(join(cacheDir, 'sections'))).toHaveLength(2);
    const second = await parsePages(pages, { jobs: 1, cacheDir });
    expect([second.parsed, second.cached]).toEqual([0, 2]);
    expect(second.results).toEqual(first.results);
    const third = await parsePages([pages[0], page('b.md', 'Gamma')], { jobs: 1, cacheDir });
    expect([third.parsed, third.cached]).toEqual([1, 1]);
    expect(third.results[1].page.endpoints.map((e) => e.path)).toEqual(['/gamma']);
  });

  it('marks the entries it reads as used (the cache keeps the most recently used: scripts/cache-prune.ts)', async () => {
    const cacheDir = join(dir, 'touched');
    const pages = [page('a.md', 'Alpha')];
    await parsePages(pages, { jobs: 1, cacheDir });
    const [entry] = readdirSync(cacheDir).filter((f) => f.endsWith('.json')).map((f) => join(cacheDir, f));
    utimesSync(entry, 1e6, 1e6);
    expect((await parsePages(pages, { jobs: 1, cacheDir })).cached).toBe(1);
    expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(60_000);
  });

  it.each([1, 2])('a changed page takes its unchanged sections from the last parse (jobs %i)', async (jobs) => {
    const cacheDir = join(dir, `sections-${jobs}`);
    // Four pages over 100 KB in all: with 2 jobs, workers parse some of them.
    const filler = 'Some prose about the endpoint. '.repeat(1000);
    const pages = Array.from({ length: 4 }, (_, i) => ({ file: `p${i}.md`, text: `# P${i} API\n\n## Get thing\n\n\`\`\`\nGET /p${i}\n\`\`\`\n\n## List things\n\n${filler}\n\n\`\`\`\nGET /p${i}/things\n\`\`\`\n` }));
    await parsePages(pages, { jobs, cacheDir });
    // Plant a change in every page's stored "Get thing" section: if the next parse reuses it, the change shows.
    for (const file of readdirSync(join(cacheDir, 'sections'))) {
      const path = join(cacheDir, 'sections', file);
      const stored = JSON.parse(readFileSync(path, 'utf8')) as { sections: [string, { nodes: string }][] };
      for (const [, section] of stored.sections) section.nodes = section.nodes.replaceAll('GET /p', 'GET /planted-p');
      writeFileSync(path, JSON.stringify(stored));
    }
    const edited = pages.map((p) => ({ ...p, text: p.text.replace('Some prose', 'Other prose') }));
    const second = await parsePages(edited, { jobs, cacheDir });
    expect([second.parsed, second.cached]).toEqual([4, 0]);
    if (jobs === 2) expect(second.byWorkers).toBeGreaterThan(0);
    // The unchanged section came from the cache (planted path), the edited one was parsed (its own path).
    expect(second.results.map((r) => r.page.endpoints.map((e) => e.path))).toEqual(
      [0, 1, 2, 3].map((i) => [`/planted-p${i}`, `/p${i}/things`]));
    // Without a cache: the real paths.
    const fresh = await parsePages(edited, { jobs, cacheDir: false });
    expect(fresh.results.map((r) => r.page.endpoints.map((e) => e.path))).toEqual([0, 1, 2, 3].map((i) => [`/p${i}`, `/p${i}/things`]));
  }, 60_000);

  it('gives the same results with worker threads as on one thread', async () => {
    // Large enough for the pool to start a worker (over 100 KB in all).
    const filler = 'Some prose about the endpoint. '.repeat(2000);
    const pages = Array.from({ length: 4 }, (_, i) => ({ ...page(`p${i}.md`, `P${i}`), text: page(`p${i}.md`, `P${i}`).text + `\n${filler}\n` }));
    const alone = await parsePages(pages, { jobs: 1, cacheDir: false });
    const pooled = await parsePages(pages, { jobs: 2, cacheDir: false });
    expect(pooled.failures).toEqual([]);
    expect(pooled.workerErrors).toEqual([]);
    expect(pooled.byWorkers).toBeGreaterThan(0);
    expect(alone.byWorkers).toBe(0);
    expect(pooled.results).toEqual(alone.results);
  }, 60_000);
});

describe('parserBundle', () => {
  it('builds the parse stage into one file whose parsePage gives what the sources give', async () => {
    const { parserBundle } = await import('../scripts/parser-bundle.js');
    const { parserVersion } = await import('../scripts/parse-pool.js');
    const { parsePage } = await import('../scripts/parse/index.js');
    const url = await parserBundle(await parserVersion());
    expect(url, 'esbuild could not bundle the parser').toMatch(/^file:.*parser-[0-9a-f]{16}\.mjs$/);
    const bundled = (await import(url!)) as { parsePage: typeof parsePage };
    const { readFileSync } = await import('node:fs');
    for (const file of ['issues.md', 'services.md', 'README.md']) {
      const text = readFileSync(join(import.meta.dirname, '../docs-source', file), 'utf8');
      expect(JSON.parse(JSON.stringify(bundled.parsePage(file, text)))).toEqual(JSON.parse(JSON.stringify(parsePage(file, text))));
    }
  }, 60_000);
});
