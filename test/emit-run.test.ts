// scripts/emit-run.ts: current steps are skipped, the others run side by side, a failure names its
// step, and the stamps to record are the skipped steps' as they were and the new ones'.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSteps, type Step } from '../scripts/emit-run.js';
import { sha256, stepKey, type Stamps } from '../scripts/output-stamps.js';
import { FatalError } from '../scripts/pages.js';

const out = mkdtempSync(join(tmpdir(), 'emit-run-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const step = (name: string, files: Record<string, string>, extra: Partial<Step> = {}): Step => ({
  name, dir: 'generated', inputs: { spec: 's1' }, version: 'v1',
  run: () => Object.entries(files).map(([path, content]) => ({ path, content })),
  ...extra,
});

describe('runSteps', () => {
  it('skips a step whose key and files are current, runs the others, and returns the stamps to record', async () => {
    mkdirSync(join(out, 'generated'), { recursive: true });
    writeFileSync(join(out, 'generated', 'a.txt'), 'A');
    const stamps: Stamps = { a: { key: stepKey('v1', { spec: 's1' }), files: { 'generated/a.txt': sha256('A') } } };
    let ranA = false;
    const result = await runSteps([
      step('a', { 'a.txt': 'A' }, { run: () => { ranA = true; return []; } }),
      step('b', { 'b.txt': 'B', 'sub/c.txt': 'C' }),
      step('double', { 'd.txt': 'D' }, { version: undefined }),
    ], { outDir: out, stamps, timings: {} });
    expect(ranA).toBe(false);
    expect(result.current).toEqual(['a']);
    expect(result.ran).toEqual(['b', 'double']);
    expect(result.files.map((f) => f.target)).toEqual([join(out, 'generated/b.txt'), join(out, 'generated/sub/c.txt'), join(out, 'generated/d.txt')]);
    expect(result.stamps).toEqual({
      a: stamps.a,
      b: { key: stepKey('v1', { spec: 's1' }), files: { 'generated/b.txt': sha256('B'), 'generated/sub/c.txt': sha256('C') } },
      // A step without a version (a test's stand-in) is never recorded: it runs every time.
    });
  });

  it('an idle step (the changelog when the spec did not change) does not run, and keeps its stamp', async () => {
    const stamps: Stamps = { log: { key: 'old', files: { 'generated/changelog/latest.md': 'h' } } };
    const result = await runSteps([step('log', {}, { idle: true, run: () => { throw new Error('ran'); } })], { outDir: out, stamps, timings: {} });
    expect(result.current).toEqual(['log']);
    expect(result.stamps).toEqual(stamps);
  });

  it('without stamps (--no-cache) runs every step', async () => {
    const result = await runSteps([step('a', { 'a.txt': 'A' })], { outDir: out, stamps: undefined, timings: {} });
    expect(result.ran).toEqual(['a']);
  });

  it('runs the steps side by side: each starts before any finishes', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const waiting = (name: string) => step(name, {}, { run: async () => { started.push(name); await gate; return []; } });
    const running = runSteps([waiting('x'), waiting('y'), waiting('z')], { outDir: out, stamps: {}, timings: {} });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual(['x', 'y', 'z']);
    release();
    expect((await running).ran).toEqual(['x', 'y', 'z']);
  });

  it('a failure: the first failing step in order, named, as a FatalError, after every step has settled', async () => {
    let settled = false;
    const failing = runSteps([
      step('slow', {}, { run: async () => { await new Promise((resolve) => setTimeout(resolve, 30)); settled = true; return []; } }),
      step('second', {}, { run: () => { throw new Error('second exploded'); } }),
      step('third', {}, { run: async () => { throw new Error('third exploded'); } }),
    ], { outDir: out, stamps: {}, timings: {} });
    await expect(failing).rejects.toThrow(new FatalError('emitter second failed: second exploded'));
    expect(settled).toBe(true);
  });

  it.each(['../x.txt', '/etc/passwd', 'a/../../x.txt'])('a file outside its folder (%s) is refused', async (path) => {
    await expect(runSteps([step('evil', { [path]: 'x' })], { outDir: out, stamps: {}, timings: {} }))
      .rejects.toThrow(`emitter evil returned a path outside generated/: ${path}`);
  });

  it('a spec step writes under spec/', async () => {
    const result = await runSteps([step('spec-yaml', { 'openapi.yaml': 'y' }, { dir: 'spec' })], { outDir: out, stamps: {}, timings: {} });
    expect(result.files.map((f) => f.target)).toEqual([join(out, 'spec', 'openapi.yaml')]);
  });
});
