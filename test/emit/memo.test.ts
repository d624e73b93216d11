// scripts/emit/memo.ts: fragments kept between runs, for one version of an emitter's code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noMemo, withMemo, type Memo } from '../../scripts/emit/memo.js';

const dir = mkdtempSync(join(tmpdir(), 'gitlab-openapi-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `inputs` through a memo of `file`, making each fragment as `made:<input>`; what it made and found. */
async function run(file: string, version: string, inputs: string[]): Promise<{ texts: string[]; made: number; found: number }> {
  let memo: Memo | undefined;
  const texts = await withMemo({ file, version }, (m) => {
    memo = m;
    return inputs.map((input) => m.text(input, () => `made:${input}`));
  });
  return { texts, made: memo!.made, found: memo!.found };
}

describe('withMemo', () => {
  it('makes each fragment once, then finds it in the next run', async () => {
    const file = join(dir, 'a', 'memo.json');
    expect(await run(file, 'v1', ['x', 'y', 'x'])).toEqual({ texts: ['made:x', 'made:y', 'made:x'], made: 2, found: 1 });
    expect(await run(file, 'v1', ['x', 'y', 'z'])).toEqual({ texts: ['made:x', 'made:y', 'made:z'], made: 1, found: 2 });
  });

  it('keeps only the fragments of the last run', async () => {
    const file = join(dir, 'b.json');
    await run(file, 'v1', ['x', 'y']);
    await run(file, 'v1', ['y']);
    expect(await run(file, 'v1', ['x', 'y'])).toMatchObject({ made: 1, found: 1 });
  });

  it('a run that made nothing and used every fragment leaves the file as it was', async () => {
    const file = join(dir, 'e.json');
    await run(file, 'v1', ['x', 'y']);
    writeFileSync(file, readFileSync(file, 'utf8').replace('made:x', 'kept:x'));
    expect(await run(file, 'v1', ['y', 'x'])).toEqual({ texts: ['made:y', 'kept:x'], made: 0, found: 2 });
    expect(readFileSync(file, 'utf8')).toContain('kept:x');
    // One fragment fewer: written again, without the other.
    await run(file, 'v1', ['y']);
    expect(readFileSync(file, 'utf8')).not.toContain('kept:x');
  });

  it('starts empty for another version of the code', async () => {
    const file = join(dir, 'c.json');
    await run(file, 'v1', ['x']);
    expect(await run(file, 'v2', ['x'])).toMatchObject({ made: 1, found: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]).version).toBe('v2');
  });

  it('takes an unreadable memo for an empty one', async () => {
    const file = join(dir, 'd.json');
    writeFileSync(file, '{"version":"v1","fragm');
    expect(await run(file, 'v1', ['x'])).toMatchObject({ texts: ['made:x'], made: 1 });
    // Cut short, or longer than its header says: empty too.
    await run(file, 'v1', ['x', 'y']);
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, -1));
    expect(await run(file, 'v1', ['x', 'y'])).toMatchObject({ made: 2, found: 0 });
    writeFileSync(file, `${whole}more`);
    expect(await run(file, 'v1', ['x', 'y'])).toMatchObject({ made: 2, found: 0 });
  });

  it('keeps fragments as they are, line breaks, quotes and any character included; not one that UTF-8 cannot hold', async () => {
    const file = join(dir, 'f.json');
    const odd = ['a\nb', '"quoted" \\ back', 'tab\there', '\u2028 é 😀', 'lone \ud800 surrogate'];
    let memo: Memo | undefined;
    await withMemo({ file, version: 'v1' }, (m) => odd.map((text) => m.text(text, () => text)));
    const again = await withMemo({ file, version: 'v1' }, (m) => {
      memo = m;
      return odd.map((text) => m.text(text, () => `made again: ${text}`));
    });
    expect(again).toEqual([...odd.slice(0, 4), 'made again: lone \ud800 surrogate']);
    expect([memo!.found, memo!.made]).toEqual([4, 1]);
  });

  it.skipIf(process.getuid?.() === 0)('a memo that cannot be written costs nothing but the next run', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect(await run(join(locked, 'memo.json'), 'v1', ['x'])).toMatchObject({ texts: ['made:x'] });
    chmodSync(locked, 0o700);
  });

  it('where the memo would go is a file: the work is done, nothing thrown', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'not a folder');
    expect(await run(join(blocker, 'memo.json'), 'v1', ['x'])).toMatchObject({ texts: ['made:x'], made: 1 });
  });

  it('without a ref: nothing kept', async () => {
    const memo = noMemo();
    expect([memo.text('x', () => '1'), memo.text('x', () => '2')]).toEqual(['1', '1']);
    expect(await withMemo(undefined, (m) => m.text('x', () => '3'))).toBe('3');
  });
});
