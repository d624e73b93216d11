// The install locations the README gives: each shell finds the script there by itself
// (bash-completion's lazy loading, zsh's fpath autoload, fish's vendor_completions.d).
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BASH_COMPLETION, generate, zshComplete } from './shells.js';
import { FIXTURE_SPEC } from './expected.js';

const dir = generate(JSON.parse(readFileSync(FIXTURE_SPEC, 'utf8')));

describe('installed where each shell looks', () => {
  it('bash: $XDG_DATA_HOME/bash-completion/completions/gitlab-api.bash is loaded on first use', () => {
    const data = mkdtempSync(join(tmpdir(), 'xdg-'));
    mkdirSync(join(data, 'bash-completion/completions'), { recursive: true });
    copyFileSync(join(dir, 'completions/gitlab-api.bash'), join(data, 'bash-completion/completions/gitlab-api.bash'));
    const r = spawnSync('bash', ['--norc', '-c', `source ${BASH_COMPLETION}; __load_completion gitlab-api && complete -p gitlab-api`], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: data, BASH_COMPLETION_USER_DIR: '' },
    });
    expect(r.stdout.trim()).toBe('complete -F _gitlab_api gitlab-api');
  });

  it('zsh: _gitlab-api in a directory on $fpath, autoloaded by compinit', () => {
    // capture.zsh puts the folder on fpath and runs compinit: the file is found by its #compdef line.
    expect(zshComplete(dir, ['gitlab-api project-i'])[0].words).toEqual(['project-issue']);
  });

  it('or sourced into the running shell (source <(gitlab-api completion ...))', () => {
    const zsh = spawnSync('zsh', ['-f', '-c', `autoload -Uz compinit; compinit -u -D; source ${join(dir, 'completions/_gitlab-api')}; print -r -- $_comps[gitlab-api]`], { encoding: 'utf8' });
    expect(zsh.stdout.trim()).toBe('_gitlab-api');
    const bash = spawnSync('bash', ['--norc', '-c', `source <(cat ${join(dir, 'completions/gitlab-api.bash')}); complete -p gitlab-api`], { encoding: 'utf8' });
    expect(bash.stdout.trim()).toBe('complete -F _gitlab_api gitlab-api');
  });

  it('fish: vendor_completions.d under $XDG_DATA_DIRS is autoloaded', () => {
    const data = mkdtempSync(join(tmpdir(), 'xdg-'));
    mkdirSync(join(data, 'fish/vendor_completions.d'), { recursive: true });
    copyFileSync(join(dir, 'completions/gitlab-api.fish'), join(data, 'fish/vendor_completions.d/gitlab-api.fish'));
    // Not --no-config: that also skips fish's own share/config.fish, which sets up the vendor dirs.
    const home = mkdtempSync(join(tmpdir(), 'fish-home-'));
    // fish autoloads completions only for a command it can find: an installed gitlab-api stand-in.
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin/gitlab-api'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { ...process.env, PATH: `${join(home, 'bin')}:${process.env.PATH}`, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_DATA_DIRS: data };
    const r = spawnSync('fish', ['-c', 'complete -C"gitlab-api project-i"'], { encoding: 'utf8', env });
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['project-issue']);
  });
});
