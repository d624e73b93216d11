import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, tempRoot, writeAllAtomically } from '../scripts/write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAllAtomically', () => {
  it('writes every file, creating folders, and leaves no staging folder', async () => {
    const staging = join(dir, 'stage-a');
    await writeAllAtomically([{ target: join(dir, 'a', 'x.txt'), content: 'x' }, { target: join(dir, 'a', 'b', 'y.bin'), content: Uint8Array.of(1, 2) }], { tempDir: staging });
    expect(readFileSync(join(dir, 'a', 'x.txt'), 'utf8')).toBe('x');
    expect([...readFileSync(join(dir, 'a', 'b', 'y.bin'))]).toEqual([1, 2]);
    expect(existsSync(staging)).toBe(false);
  });

  it('changes nothing when a write fails, and removes what it staged', async () => {
    mkdirSync(join(dir, 'keep'), { recursive: true });
    writeFileSync(join(dir, 'keep', 'one.txt'), 'old one');
    writeFileSync(join(dir, 'keep', 'two.txt'), 'old two');
    let n = 0;
    const failing = writeAllAtomically(
      [{ target: join(dir, 'keep', 'one.txt'), content: 'new one' }, { target: join(dir, 'keep', 'two.txt'), content: 'new two' }],
      { beforeWrite: () => { if (++n === 2) throw new Error('ENOSPC'); } },
    );
    await expect(failing).rejects.toThrow('ENOSPC');
    expect(readFileSync(join(dir, 'keep', 'one.txt'), 'utf8')).toBe('old one');
    expect(readFileSync(join(dir, 'keep', 'two.txt'), 'utf8')).toBe('old two');
    expect(readdirSync(join(dir, 'keep')).sort()).toEqual(['one.txt', 'two.txt']);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes the staging folders of dead processes, keeps those of live ones', async () => {
    const root = tempRoot(join(dir, 'out'));
    mkdirSync(join(root, '999999999-dead'), { recursive: true });
    mkdirSync(join(root, `${process.ppid}-live`), { recursive: true });
    await removeStaleTempFiles(join(dir, 'out'));
    expect(readdirSync(root)).toEqual([`${process.ppid}-live`]);
  });
});
