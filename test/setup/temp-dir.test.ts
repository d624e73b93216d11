// The test run's temporary folder (test/setup/temp-dir.ts): every worker and every process a test
// starts writes its temporary files there, and the folder goes when the run ends.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import setup, { RUN_TMPDIR_PREFIX, RUN_TMPDIR_VARIABLE } from './temp-dir.js';

describe('the run folder', () => {
  const run = process.env[RUN_TMPDIR_VARIABLE];

  it('is the temp folder of this worker', () => {
    expect(run).toBeTruthy();
    expect(basename(run!)).toMatch(new RegExp(`^${RUN_TMPDIR_PREFIX}`));
    expect(tmpdir()).toBe(run);
  });

  it('is the temp folder of the processes a test starts', () => {
    const made = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    try {
      expect(dirname(made)).toBe(run);
    } finally {
      rmSync(made, { recursive: true, force: true });
    }
    expect(execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' }).trim()).toBe(run);
  });
});

describe('setup and teardown', () => {
  const saved = { TMPDIR: process.env.TMPDIR, [RUN_TMPDIR_VARIABLE]: process.env[RUN_TMPDIR_VARIABLE] };
  let outer = '';
  afterEach(() => {
    Object.assign(process.env, saved);
    rmSync(outer, { recursive: true, force: true });
  });

  it('makes one folder in the temp folder it finds, and removes it with all that was left inside', async () => {
    outer = mkdtempSync(join(tmpdir(), 'outer-'));
    process.env.TMPDIR = outer;
    const teardown = await setup();
    const inner = tmpdir();
    expect(dirname(inner)).toBe(outer);
    expect(process.env[RUN_TMPDIR_VARIABLE]).toBe(inner);
    // What tests forget: files, nested folders, a read-only file.
    mkdirSync(join(mkdtempSync(join(tmpdir(), 'cli-home-')), 'a', 'b'), { recursive: true });
    writeFileSync(join(tmpdir(), 'left.txt'), 'x', { mode: 0o400 });
    expect(readdirSync(outer)).toEqual([basename(inner)]);

    await teardown();
    expect(readdirSync(outer)).toEqual([]);
    expect(process.env.TMPDIR).toBe(outer);
  });
});
