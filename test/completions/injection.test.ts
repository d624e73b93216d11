// Spec text is data: descriptions, names and enum values holding $(...), backticks, quotes, ;
// and newlines must never run when the scripts are loaded or a completion is computed.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bashComplete, fishComplete, generate, zshComplete } from './shells.js';
import { GLOBALS } from './expected.js';

const trap = mkdtempSync(join(tmpdir(), 'gitlab-api-trap-'));
const f = (n: string) => join(trap, n);

/** Every field a hostile fork could fill, each trying to create a file in `trap`. */
function evilSpec() {
  const payloads = (n: string) => [`$(touch ${f(`${n}-dollar`)})`, `\`touch ${f(`${n}-tick`)}\``, `'; touch ${f(`${n}-quote`)}; '`, `"; touch ${f(`${n}-dq`)}; "`, `x;touch ${f(`${n}-semi`)}`, `a\ntouch ${f(`${n}-nl`)}\n`, `x\n__GITLAB_API_EOF__\ntouch ${f(`${n}-eof`)}\n`, `\\'$(touch ${f(`${n}-bs`)})`];
  const text = (n: string) => payloads(n).join(' ');
  return {
    openapi: '3.1.0',
    info: { title: 'evil', version: '1' },
    paths: {
      '/evil/{id}': {
        get: {
          operationId: 'getEvil',
          'x-gitlab-command': 'evil get',
          summary: text('summary'),
          description: text('description'),
          tags: ['Evil'],
          'x-source': { file: 'evil.md', line: 1 },
          parameters: [
            { name: 'id', in: 'path', required: true, description: text('pathdesc'), schema: { type: 'integer' } },
            { name: 'mode', in: 'query', description: text('enumdesc'), schema: { type: 'string', enum: payloads('enum') } },
            { name: `n$(touch ${f('name-dollar')})`, in: 'query', description: 'x', schema: { type: 'string' } },
            { name: `q\`touch ${f('name-tick')}\``, in: 'query', description: 'x', schema: { type: 'string' } },
            { name: `it's`, in: 'query', description: `don't "stop" \\ me`, schema: { type: 'string', enum: [`it's`, '$HOME', '*'] } },
          ],
          responses: { '200': { description: 'OK' } },
        },
      },
    },
  };
}

/** What the shell makes of candidates inserted on a command line: the words it would pass. */
function asTyped(shell: 'bash' | 'zsh', words: string[]): string[] {
  const r = spawnSync(shell, ['-c', `printf '%s\\0' ${words.join(' ')}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

describe('hostile spec text in the completion scripts', () => {
  const dir = generate(evilSpec());
  const lines = [
    'gitlab-api ',
    'gitlab-api evil ',
    'gitlab-api evil get --',
    'gitlab-api evil get --mode ',
    'gitlab-api evil get --mode=',
    "gitlab-api evil get --it's=",
    'gitlab-api help evil ',
  ];

  it('bash runs none of it, and offers the values as quoted words', () => {
    const got = bashComplete(dir, lines);
    expect(readdirSync(trap)).toEqual([]);
    expect(got[2].length).toBe(5 + GLOBALS.length - 4); // 5 parameters, global options but --data and those of lists
    // bash inserts a candidate as typed: read back by the shell, each is exactly the enum value
    expect(asTyped('bash', got[3])).toEqual(evilSpec().paths['/evil/{id}'].get.parameters[1].schema.enum);
    expect(readdirSync(trap)).toEqual([]);
  });

  it('zsh runs none of it, and offers the values literally', () => {
    const got = zshComplete(dir, lines);
    expect(readdirSync(trap)).toEqual([]);
    expect(asTyped('zsh', got[3].words)).toEqual(evilSpec().paths['/evil/{id}'].get.parameters[1].schema.enum);
    expect(readdirSync(trap)).toEqual([]);
    expect(got[2].descriptions.join('\n')).toContain(`$(touch ${f('pathdesc-dollar')})`);
  });

  it('fish runs none of it, and offers the values literally', () => {
    const got = fishComplete(dir, lines);
    expect(readdirSync(trap)).toEqual([]);
    expect(got[3].words).toContain(`$(touch ${f('enum-dollar')})`);
    expect(got[2].descriptions.join('\n')).toContain(`$(touch ${f('pathdesc-dollar')})`);
  });

  it('loading the scripts runs none of it (bash -n, zsh -n, fish -n, and sourcing)', () => {
    for (const [shell, args] of [
      ['bash', ['-c', `source ${join(dir, 'completions/gitlab-api.bash')}`]],
      ['zsh', ['-f', '-c', `autoload -Uz compinit; compinit -u -D; source ${join(dir, 'completions/_gitlab-api')}`]],
      ['fish', ['--no-config', '-c', `source ${join(dir, 'completions/gitlab-api.fish')}`]],
    ] as const) {
      const r = spawnSync(shell, args, { encoding: 'utf8' });
      expect(r.status, `${shell}: ${r.stderr}`).toBe(0);
    }
    expect(readdirSync(trap)).toEqual([]);
    expect(existsSync(trap)).toBe(true);
  });
});
