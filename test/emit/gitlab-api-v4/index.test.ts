// The emitter's outputs: their names under generated/, scripts each shell accepts as syntax, and
// installs where each shell finds them (bash-completion's user folder wins over the package's own
// /usr/share/bash-completion/completions/gitlab-api-v4).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitGitLabApiV4 } from '../../../scripts/emit/gitlab-api-v4/index.js';
import { loadSpec } from '../../helpers/pipeline.js';
import { BASH_COMPLETION, emitTo, removeTemporary, temporary } from './shells.js';

const doc = loadSpec();
afterAll(removeTemporary);

describe('emitGitLabApiV4', () => {
  it('writes the three scripts and the mapping report', () => {
    expect(emitGitLabApiV4(doc).map((f) => f.path)).toEqual([
      'completions/gitlab-api-v4.bash',
      'completions/_gitlab-api-v4',
      'completions/gitlab-api-v4.fish',
      'gitlab-api-v4-mapping.json',
      'gitlab-api-v4-mapping.md',
    ]);
  });

  it('scripts each shell parses', () => {
    const dir = emitTo(doc);
    for (const [shell, file] of [['bash', 'gitlab-api-v4.bash'], ['zsh', '_gitlab-api-v4'], ['fish', 'gitlab-api-v4.fish']]) {
      const r = spawnSync(shell, ['-n', join(dir, 'completions', file)], { encoding: 'utf8' });
      expect(r.stderr, shell).toBe('');
      expect(r.status, shell).toBe(0);
    }
  });

  it('bash: ~/.local/share/bash-completion/completions/gitlab-api-v4 is loaded on first use, before the package\'s own', () => {
    const dir = emitTo(doc);
    const data = temporary('gitlab-api-v4-xdg-');
    mkdirSync(join(data, 'bash-completion/completions'), { recursive: true });
    copyFileSync(join(dir, 'completions/gitlab-api-v4.bash'), join(data, 'bash-completion/completions/gitlab-api-v4'));
    const r = spawnSync('bash', ['--norc', '-c', `source ${BASH_COMPLETION}; __load_completion gitlab-api-v4 && complete -p gitlab-api-v4 && declare -F _gitlab_api_v4_keys`], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: data, BASH_COMPLETION_USER_DIR: '' },
    });
    expect(r.stdout.trim().split('\n')).toEqual(['complete -F _gitlab_api_v4 gitlab-api-v4', '_gitlab_api_v4_keys']);
  });

  it('zsh: _gitlab-api-v4 in a folder on $fpath, and fish: ~/.config/fish/completions/gitlab-api-v4.fish, are autoloaded', () => {
    const dir = emitTo(doc);
    const zsh = spawnSync('zsh', ['-f', '-c', `fpath=(${join(dir, 'completions')} $fpath); autoload -Uz compinit; compinit -u -D; print -r -- $_comps[gitlab-api-v4]`], { encoding: 'utf8' });
    expect(zsh.stdout.trim()).toBe('_gitlab-api-v4');
    const home = temporary('gitlab-api-v4-fish-home-');
    mkdirSync(join(home, '.config/fish/completions'), { recursive: true });
    copyFileSync(join(dir, 'completions/gitlab-api-v4.fish'), join(home, '.config/fish/completions/gitlab-api-v4.fish'));
    // fish autoloads completions only for a command it finds: a stand-in on PATH.
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin/gitlab-api-v4'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { ...process.env, PATH: `${join(home, 'bin')}:${process.env.PATH}`, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') };
    const fish = spawnSync('fish', ['-c', 'complete -C"gitlab-api-v4 create-issue-n"'], { encoding: 'utf8', env });
    expect(fish.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['create-issue-note', 'create-issue-note-award-emoji']);
  });
});
