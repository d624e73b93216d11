import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePage, FatalError, findPages, listPages, readPages } from '../scripts/pages.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...b: number[]) => Uint8Array.of(...b);
const utf16le = (text: string) => Buffer.concat([bytes(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([bytes(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()]);

describe('decodePage (issue 17: a BOM decides; else UTF-8, else Windows-1252 with a warning)', () => {
  const cases: [string, Uint8Array, string | undefined, string, string | undefined][] = [
    // [name, bytes, text wanted (undefined: left out), encoding, rule reported]
    ['UTF-8', Buffer.from('é ✓'), 'é ✓', 'utf-8', undefined],
    ['UTF-8 with a BOM: the BOM dropped', Buffer.from('\uFEFF# Title\n'), '# Title\n', 'utf-8', undefined],
    ['UTF-16 LE with a BOM', utf16le('# Café ✓\n'), '# Café ✓\n', 'utf-16le', undefined],
    ['UTF-16 BE with a BOM', utf16be('# Café ✓\n'), '# Café ✓\n', 'utf-16be', undefined],
    // Latin-1 `# Caf\xe9`: 0xE9 starts no valid UTF-8 sequence here.
    ['Latin-1 / Windows-1252', bytes(0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a), '# Café\n', 'windows-1252', 'not-utf8'],
    // Windows-1252 puts ’ “ ” € at 0x92 0x93 0x94 0x80, where Latin-1 has control characters.
    ['Windows-1252 punctuation', bytes(0x92, 0x93, 0x94, 0x80), '’“”€', 'windows-1252', 'not-utf8'],
    ['NUL bytes without a BOM', bytes(0x23, 0x00, 0x41), undefined, '', 'binary-file'],
    ['UTF-32 (its BOM)', bytes(0xff, 0xfe, 0x00, 0x00, 0x23, 0, 0, 0), undefined, '', 'binary-file'],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d), undefined, '', 'binary-file'],
    ['invalid UTF-8 full of control bytes', bytes(0xff, 0x01, 0x02, 0x03, 0x04, 0x05), undefined, '', 'binary-file'],
  ];
  it.each(cases)('%s', (_name, given, text, encoding, rule) => {
    const decoded = decodePage(given);
    expect(decoded.text).toBe(text);
    if (text !== undefined) expect(decoded).toMatchObject({ encoding });
    expect(decoded.problem?.ruleId).toBe(rule);
  });

  it('the Windows-1252 warning names the first bad byte and its line', () => {
    const decoded = decodePage(Buffer.concat([Buffer.from('# T\n\nok\n'), bytes(0x63, 0x61, 0x66, 0xe9)]));
    expect(decoded.problem).toMatchObject({ line: 4, severity: 'warning', ruleId: 'not-utf8' });
    expect(decoded.problem?.reason).toContain('0xE9 at byte 11');
  });
});

describe('findPages, listPages and readPages', () => {
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

  it('follows symbolic links inside the folder; reports loops and links leaving it or to nothing, follows none of them', async () => {
    const docs = join(dir, 'linked');
    const outside = join(dir, 'outside');
    mkdirSync(join(docs, 'sub'), { recursive: true });
    mkdirSync(join(docs, 'node_modules', 'shared'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(docs, 'a.md'), '# A\n');
    writeFileSync(join(docs, 'sub', 'b.md'), '# B\n');
    writeFileSync(join(docs, 'node_modules', 'shared', 'c.md'), '# C\n');
    writeFileSync(join(docs, 'real.txt'), '# D\n');
    writeFileSync(join(outside, 'secret.md'), '# Secret\n');
    symlinkSync('real.txt', join(docs, 'd.md')); // a link makes a page of a .txt file
    symlinkSync('a.md', join(docs, 'again.md')); // a page reached twice: read once, under its own name
    symlinkSync('node_modules/shared', join(docs, 'shared')); // a folder only a link reaches
    symlinkSync('..', join(docs, 'sub', 'up')); // a folder it is in: a loop
    symlinkSync('self.md', join(docs, 'self.md')); // a link to itself
    symlinkSync(join(outside, 'secret.md'), join(docs, 'secret.md'));
    symlinkSync(outside, join(docs, 'out'));
    symlinkSync('missing.md', join(docs, 'gone.md'));
    const found = await findPages(docs);
    expect(found.files).toEqual(['a.md', 'd.md', 'shared/c.md', 'sub/b.md']);
    expect(found.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} [${d.ruleId}]`).sort()).toEqual([
      'gone.md:1 error [broken-symlink]',
      'out:1 error [symlink-outside]',
      'secret.md:1 error [symlink-outside]',
      'self.md:1 warning [symlink-loop]',
      'sub/up:1 warning [symlink-loop]',
    ]);
    const { pages } = await readPages(docs, found.files);
    expect(pages.map((p) => p.text)).toEqual(['# A\n', '# D\n', '# C\n', '# B\n']);
  });

  it('reads pages in other encodings as text, with a warning for Windows-1252', async () => {
    const docs = join(dir, 'encodings');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'latin1.md'), bytes(0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a));
    writeFileSync(join(docs, 'utf16.md'), utf16le('# Café\n'));
    const { pages, diagnostics } = await readPages(docs, await listPages(docs));
    expect(pages).toEqual([{ file: 'latin1.md', text: '# Café\n' }, { file: 'utf16.md', text: '# Café\n' }]);
    expect(diagnostics.map((d) => `${d.file}:${d.line} [${d.ruleId}]`)).toEqual(['latin1.md:1 [not-utf8]']);
  });

  it('a missing folder is fatal, with its name', async () => {
    await expect(listPages(join(dir, 'nope'))).rejects.toThrow(FatalError);
    await expect(listPages(join(dir, 'nope'))).rejects.toThrow(/docs folder not found: .*nope/);
  });
});
