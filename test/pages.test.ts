import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePage, FatalError, listPages, readPages } from '../scripts/pages.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decodePage', () => {
  it('text is UTF-8 without a BOM; NUL bytes or invalid UTF-8 mean binary', () => {
    expect(decodePage(Buffer.from('\uFEFF# Title\n'))).toBe('# Title\n');
    expect(decodePage(Buffer.from('é ✓'))).toBe('é ✓');
    expect(decodePage(Uint8Array.of(0x23, 0x00, 0x41))).toBeUndefined();
    expect(decodePage(Uint8Array.of(0x23, 0xff, 0xfe))).toBeUndefined();
  });
});

describe('listPages and readPages', () => {
  it('finds **/*.md sorted, skips other files, reports empty and binary pages at line 1', async () => {
    mkdirSync(join(dir, 'docs', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'b.md'), '# B\n');
    writeFileSync(join(dir, 'docs', 'templates', 'a.md'), '# A\n');
    writeFileSync(join(dir, 'docs', 'empty.md'), '  \n');
    writeFileSync(join(dir, 'docs', 'image.md'), Uint8Array.of(0x89, 0x50, 0x00));
    writeFileSync(join(dir, 'docs', 'notes.txt'), 'x');
    const files = await listPages(join(dir, 'docs'));
    expect(files).toEqual(['b.md', 'empty.md', 'image.md', 'templates/a.md']);
    const { pages, diagnostics } = await readPages(join(dir, 'docs'), files);
    expect(pages.map((p) => p.file)).toEqual(['b.md', 'templates/a.md']);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} [${d.ruleId}]`)).toEqual(['empty.md:1:1 [empty-file]', 'image.md:1:1 [binary-file]']);
  });

  it('a missing folder is fatal, with its name', async () => {
    await expect(listPages(join(dir, 'nope'))).rejects.toThrow(FatalError);
    await expect(listPages(join(dir, 'nope'))).rejects.toThrow(/docs folder not found: .*nope/);
  });
});
