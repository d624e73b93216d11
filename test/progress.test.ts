// scripts/progress.ts: what the progress line says, and that it writes only to a terminal.
import { describe, expect, it } from 'vitest';
import { describeProgress, progressLine, type ProgressEvent } from '../scripts/progress.js';

describe('describeProgress', () => {
  it.each<[string, ProgressEvent[], string]>([
    ['nothing yet', [], ''],
    ['pages', [{ stage: 'parse', done: 12, total: 69 }], 'parsing pages 12/69'],
    ['outputs after the pages', [
      { stage: 'parse', done: 69, total: 69 },
      { stage: 'emit', name: 'types', state: 'running' },
      { stage: 'emit', name: 'completions', state: 'current' },
      { stage: 'emit', name: 'docs-site', state: 'running' },
    ], 'outputs 1/3: types, docs-site'],
    ['all done', [
      { stage: 'emit', name: 'types', state: 'running' },
      { stage: 'emit', name: 'types', state: 'done' },
    ], 'outputs 1/1'],
  ])('%s', (_name, events, want) => {
    expect(describeProgress(events)).toBe(want);
  });
});

describe('progressLine', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 60, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };

  it('on a terminal: one line rewritten in place, cleared at the end', () => {
    const { written, stream: tty } = stream(true);
    const line = progressLine(tty, 'auto');
    line.onProgress({ stage: 'parse', done: 69, total: 69 });
    line.onProgress({ stage: 'emit', name: 'types', state: 'running' });
    line.end();
    expect(written).toEqual(['\r\x1b[2Kgenerate: parsing pages 69/69', '\r\x1b[2Kgenerate: outputs 0/1: types', '\r\x1b[2K']);
  });

  it.each([['not a terminal', false, 'auto'], ['--quiet', true, 'never'], ['--quiet on a pipe', false, 'never']] as const)('%s: nothing', (_name, isTTY, mode) => {
    const { written, stream: s } = stream(isTTY);
    const line = progressLine(s, mode);
    line.onProgress({ stage: 'parse', done: 1, total: 2 });
    line.end();
    expect(written).toEqual([]);
  });
});

describe('progressLine with --progress, not on a terminal', () => {
  it('a line per new step, the page count once all are parsed, nothing to clear', () => {
    const written: string[] = [];
    const log = { isTTY: false, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const line = progressLine(log, 'always');
    for (let done = 1; done <= 3; done++) line.onProgress({ stage: 'parse', done, total: 3 });
    line.onProgress({ stage: 'emit', name: 'types', state: 'running' });
    line.onProgress({ stage: 'emit', name: 'completions', state: 'current' });
    line.onProgress({ stage: 'emit', name: 'types', state: 'done' });
    line.end();
    expect(written).toEqual([
      'generate: parsing pages 3/3\n',
      'generate: outputs 0/1: types\n',
      'generate: outputs 1/2: types\n',
      'generate: outputs 2/2\n',
    ]);
  });
});
