// Real fish 3 (`complete -C`): the generated gitlab-api.fish.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fishComplete } from './shells.js';
import { describeShellSuite } from './shell-suite.js';

const { fixtureDir } = describeShellSuite({
  name: 'fish',
  complete: fishComplete,
  descriptionProblem: (name, { descriptions }) => (descriptions.some((d) => d === '') ? `${name}: a candidate without description` : undefined),
  // fish offers the whole word, flag included
  afterEquals: (flag, value) => `${flag}=${value}`,
});

describe('fish: the fixture spec, files', () => {
  it('completes a file parameter with files and --data with @files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fish-files-'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const lines = ['gitlab-api project-upload create --file lo', 'gitlab-api project-issue create --data @bo'];
    const got = fishComplete(fixtureDir(), lines, { cwd }).map((g) => g.words);
    expect(got[0]).toEqual(['logo.png']);
    expect(got[1]).toEqual(['@body.json']);
  });
});
