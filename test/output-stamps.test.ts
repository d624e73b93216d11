// scripts/output-stamps.ts: a step is current only with the same key and its files unchanged on disk.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCurrent, readStamps, sha256, stepKey, writeStamps, type Stamp } from '../scripts/output-stamps.js';

const out = mkdtempSync(join(tmpdir(), 'output-stamps-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('stepKey', () => {
  it.each([
    ['another version', stepKey('v2', { spec: 'a' })],
    ['another input hash', stepKey('v1', { spec: 'b' })],
    ['another input', stepKey('v1', { spec: 'a', previous: 'none' })],
  ])('changes with %s', (_name, other) => {
    expect(other).not.toBe(stepKey('v1', { spec: 'a' }));
  });

  it('does not depend on the order inputs are listed in', () => {
    expect(stepKey('v1', { spec: 'a', previous: 'b' })).toBe(stepKey('v1', { previous: 'b', spec: 'a' }));
  });
});

describe('isCurrent', () => {
  mkdirSync(join(out, 'generated'), { recursive: true });
  const stamp: Stamp = { key: 'k', files: { 'generated/a.txt': sha256('a'), 'generated/b.txt': sha256('b') } };
  const files = () => {
    writeFileSync(join(out, 'generated/a.txt'), 'a');
    writeFileSync(join(out, 'generated/b.txt'), 'b');
  };

  it.each<[string, () => void, Stamp | undefined, string, boolean]>([
    ['same key, files as recorded', files, stamp, 'k', true],
    ['no stamp', files, undefined, 'k', false],
    ['another key', files, stamp, 'k2', false],
    ['a file edited by hand', () => { files(); writeFileSync(join(out, 'generated/b.txt'), 'b!'); }, stamp, 'k', false],
    ['a file removed', () => { files(); unlinkSync(join(out, 'generated/a.txt')); }, stamp, 'k', false],
    ['a step that wrote no file', files, { key: 'k', files: {} }, 'k', true],
  ])('%s: %s', async (_name, given, recorded, key, want) => {
    given();
    expect(await isCurrent(out, recorded, key)).toBe(want);
  });
});

describe('readStamps and writeStamps', () => {
  it('round-trip under <out>/.cache/generate, and an unreadable file reads as none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stamps-'));
    try {
      expect(await readStamps(dir)).toEqual({});
      await writeStamps(dir, { types: { key: 'k', files: { 'generated/schema.d.ts': 'h' } } });
      expect(await readStamps(dir)).toEqual({ types: { key: 'k', files: { 'generated/schema.d.ts': 'h' } } });
      writeFileSync(join(dir, '.cache', 'generate', 'stamps.json'), '{ cut');
      expect(await readStamps(dir)).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
