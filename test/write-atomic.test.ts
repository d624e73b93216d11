import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverInterruptedRuns, Staging, tempRoot, writeAllAtomically } from '../scripts/write-atomic.js';

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

  it('writes long text a slice at a time, byte for byte, a surrogate pair across a slice boundary included', async () => {
    // The slices are 2^20 characters: the emoji (two UTF-16 units) straddles the first boundary.
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'é'.repeat(1 << 20)}✓`;
    await writeAllAtomically([{ target: join(dir, 'long', 'spec.json'), content: text }], { tempDir: join(dir, 'stage-long') });
    expect(readFileSync(join(dir, 'long', 'spec.json')).equals(Buffer.from(text))).toBe(true);
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

describe('Staging', () => {
  it('stages files as they come, only those that differ from their targets, and puts them in place on commit', async () => {
    mkdirSync(join(dir, 'st'), { recursive: true });
    writeFileSync(join(dir, 'st', 'same.txt'), 'same');
    writeFileSync(join(dir, 'st', 'old.txt'), 'old');
    const stageDir = join(dir, 'stage-st');
    const staging = new Staging(stageDir);
    const same = { target: join(dir, 'st', 'same.txt'), content: 'same' };
    const changed = { target: join(dir, 'st', 'old.txt'), content: 'new' };
    const added = { target: join(dir, 'st', 'sub', 'added.txt'), content: 'added' };
    staging.stage([same, changed]);
    staging.stage([added]);
    // Nothing is in place before the commit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(changed.target, 'utf8')).toBe('old');
    expect(existsSync(added.target)).toBe(false);
    await staging.commit();
    expect([staging.has(same), staging.has(changed), staging.has(added)]).toEqual([false, true, true]);
    expect(readFileSync(changed.target, 'utf8')).toBe('new');
    expect(readFileSync(added.target, 'utf8')).toBe('added');
    expect(existsSync(stageDir)).toBe(false);
  });

  it('fails the commit on a staged write that failed, however many stages came after, and changes nothing', async () => {
    mkdirSync(join(dir, 'sf'), { recursive: true });
    writeFileSync(join(dir, 'sf', 'a.txt'), 'old a');
    let n = 0;
    const stageDir = join(dir, 'stage-sf');
    const staging = new Staging(stageDir, { beforeWrite: () => { if (++n === 1) throw new Error('ENOSPC'); } });
    staging.stage([{ target: join(dir, 'sf', 'a.txt'), content: 'new a' }]);
    staging.stage([{ target: join(dir, 'sf', 'b.txt'), content: 'new b' }]);
    await expect(staging.commit()).rejects.toThrow('ENOSPC');
    expect(readFileSync(join(dir, 'sf', 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(join(dir, 'sf'))).toEqual(['a.txt']);
    expect(existsSync(stageDir)).toBe(false);
  });

  it('abort() removes what was staged and leaves the targets', async () => {
    const stageDir = join(dir, 'stage-ab');
    const staging = new Staging(stageDir);
    staging.stage([{ target: join(dir, 'ab', 'x.txt'), content: 'x' }]);
    await staging.abort();
    expect(existsSync(stageDir)).toBe(false);
    expect(existsSync(join(dir, 'ab', 'x.txt'))).toBe(false);
  });
});

describe('recoverInterruptedRuns', () => {
  it('removes the staging folders of dead processes, keeps those of live ones', async () => {
    const root = tempRoot(join(dir, 'out'));
    mkdirSync(join(root, '999999999-dead'), { recursive: true });
    mkdirSync(join(root, `${process.ppid}-live`), { recursive: true });
    await recoverInterruptedRuns(join(dir, 'out'));
    expect(readdirSync(root)).toEqual([`${process.ppid}-live`]);
  });

  it('puts back the previous files of a run killed between two renames, and removes its new ones', async () => {
    // The state a run of a dead process leaves after its first rename (of two) and before its
    // second: staging folder with the journal, the previous a.txt kept in previous/, b.txt and
    // the new c.txt still staged.
    const out = join(dir, 'killed');
    const staging = join(tempRoot(out), '999999998-abcd');
    mkdirSync(join(staging, 'previous'), { recursive: true });
    mkdirSync(join(out, 'spec'), { recursive: true });
    writeFileSync(join(out, 'spec', 'a.txt'), 'new a');
    writeFileSync(join(staging, 'previous', '0-a.txt'), 'old a');
    writeFileSync(join(out, 'spec', 'b.txt'), 'old b');
    writeFileSync(join(staging, 'previous', '1-b.txt'), 'old b');
    writeFileSync(join(staging, '1-b.txt'), 'new b');
    writeFileSync(join(out, 'spec', 'c.txt'), 'new c, renamed before the kill');
    const journal = [
      { target: join(out, 'spec', 'a.txt'), temp: join(staging, '0-a.txt'), backup: join(staging, 'previous', '0-a.txt') },
      { target: join(out, 'spec', 'b.txt'), temp: join(staging, '1-b.txt'), backup: join(staging, 'previous', '1-b.txt') },
      { target: join(out, 'spec', 'c.txt'), temp: join(staging, '2-c.txt'), backup: null },
    ];
    writeFileSync(join(staging, 'journal.json'), JSON.stringify(journal));
    await recoverInterruptedRuns(out);
    expect(readdirSync(join(out, 'spec')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(out, 'spec', 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(join(out, 'spec', 'b.txt'), 'utf8')).toBe('old b');
    expect(readdirSync(tempRoot(out))).toEqual([]);
  });

  it('leaves the outputs alone for a run killed before its journal (nothing of it was renamed)', async () => {
    const out = join(dir, 'killed-early');
    mkdirSync(join(tempRoot(out), '999999997-abcd', 'previous'), { recursive: true });
    writeFileSync(join(tempRoot(out), '999999997-abcd', '0-a.txt'), 'new, half written');
    mkdirSync(join(out, 'spec'), { recursive: true });
    writeFileSync(join(out, 'spec', 'a.txt'), 'old a');
    await recoverInterruptedRuns(out);
    expect(readFileSync(join(out, 'spec', 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(tempRoot(out))).toEqual([]);
  });
});
