// Real zsh (compinit, the completion system, through zpty): the generated _gitlab-api.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zshComplete } from './shells.js';
import { describeShellSuite } from './shell-suite.js';

const { fixtureDir } = describeShellSuite({
  name: 'zsh',
  complete: zshComplete,
  // descriptions: one display line per candidate, naming it
  descriptionProblem: (name, { words, descriptions }) =>
    descriptions.length !== words.length || descriptions.some((d, k) => !d.startsWith(words[k]) || !d.includes(' -- '))
      ? `${name}: descriptions ${descriptions.length} for ${words.length}`
      : undefined,
  // zsh offers only the value after `=`
  afterEquals: (_flag, value) => value,
});

describe('zsh: the fixture spec, case by case', () => {
  it('completes --dry-run and files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'zsh-files-'));
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'body.json'), '{}');
    writeFileSync(join(cwd, 'logo.png'), '');
    const lines = ['gitlab-api project list --d', 'gitlab-api project-upload create --file lo', 'gitlab-api project-issue create --data @bo'];
    const got = zshComplete(fixtureDir(), lines, { cwd }).map((g) => g.words);
    expect(got[0]).toEqual(['--dry-run']);
    expect(got[1]).toContain('logo.png');
    expect(got[2]).toContain('body.json');
  });
});
