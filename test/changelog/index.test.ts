import { describe, expect, it } from 'vitest';
import { changelog, changelogSincePrevious, formatJson, formatMarkdown } from '../../scripts/changelog/index.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { loadFixture } from './fixture.js';
import { deepFreeze } from '../../scripts/json-text.js';

describe('changelogSincePrevious (for scripts/generate.ts)', () => {
  const { base, revision } = loadFixture('required');

  it('writes changelog/latest.md and latest.json when the spec changed', () => {
    const files = changelogSincePrevious(base, revision);
    expect(files.map((f) => f.path)).toEqual(['changelog/latest.md', 'changelog/latest.json']);
    const report = changelog(base, revision);
    expect(files[0].content).toBe(formatMarkdown(report));
    expect(files[1].content).toBe(formatJson(report));
  });

  it('writes nothing when the spec is the same, even with keys in another order, so a second run changes no byte', () => {
    const shuffled = Object.fromEntries(Object.entries(structuredClone(revision)).reverse()) as unknown as OpenAPIDocument;
    expect(changelogSincePrevious(revision, structuredClone(revision))).toEqual([]);
    expect(changelogSincePrevious(shuffled, revision)).toEqual([]);
    // Frozen, as generate hands them over (their texts are kept): keys reordered deep inside a path item too.
    const reorder = (value: unknown): unknown => Array.isArray(value) ? value.map(reorder)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)])) : value;
    expect(changelogSincePrevious(deepFreeze(reorder(revision) as OpenAPIDocument), deepFreeze(structuredClone(revision)))).toEqual([]);
    const changed = structuredClone(revision) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
    changed.paths['/issues'].get.summary = 'Another summary';
    expect(changelogSincePrevious(deepFreeze(reorder(revision) as OpenAPIDocument), deepFreeze(changed as unknown as OpenAPIDocument))).toHaveLength(2);
  });

  it('writes nothing without a previous spec (first generation)', () => {
    expect(changelogSincePrevious(undefined, revision)).toEqual([]);
  });

  it('writes a "no API changes" changelog when only things outside the API changed (x-source lines)', () => {
    const moved = structuredClone(revision) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
    moved.paths['/issues'].get['x-source'] = { file: 'issues.md', line: 99 };
    const files = changelogSincePrevious(revision, moved as unknown as OpenAPIDocument);
    expect(files[0].content).toContain('No changes to the API.');
  });

  it('gives the same bytes for the same input', () => {
    expect(formatJson(changelog(base, revision))).toBe(formatJson(changelog(structuredClone(base), structuredClone(revision))));
  });
});

describe('through scripts/generate.ts', () => {
  it('a regeneration writes generated/changelog/latest.*, and regenerating again changes no byte', async () => {
    const { mkdtempSync, mkdirSync, cpSync, readFileSync, rmSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { generate } = await import('../../scripts/generate.js');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'changelog-generate-'));
    try {
      for (const [side, page] of [['old', join(root, 'docs-versions/earlier/services.md')], ['new', join(root, 'docs-source/services.md')]]) {
        mkdirSync(join(dir, side));
        cpSync(page, join(dir, side, 'services.md'));
      }
      const out = join(dir, 'out');
      const options = { out, cacheDir: false as const, jobs: 1, noEmit: ['types', 'completions', 'docs-site', 'diagnostics'] };
      const latest = join(out, 'generated/changelog/latest.md');
      await generate({ ...options, docs: join(dir, 'old') });
      expect(() => statSync(latest)).toThrow();
      await generate({ ...options, docs: join(dir, 'new') });
      const first = readFileSync(latest, 'utf8');
      expect(first).toContain('- removed the operation (was services.md:366) [operation-removed]');
      // The six breaking changes of test/changelog/services.test.ts: Gemnasium's three operations, two JIRA fields made required, PivotalTracker's `restrict_to_branch` retyped.
      expect(JSON.parse(readFileSync(join(out, 'generated/changelog/latest.json'), 'utf8')).summary.breaking).toBe(6);
      await generate({ ...options, docs: join(dir, 'new') });
      expect(readFileSync(latest, 'utf8')).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
