// Test helpers: generate the completion scripts from a spec and drive the real shells, many
// command lines per shell process (one process per shell per call, not per operation).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitCompletions } from '../../scripts/emit/completions/index.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

const here = dirname(fileURLToPath(import.meta.url));
export const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';
/** Starts zsh in a zpty with compinit; sourced by capture.zsh and by bench/cli.ts's timer. */
export const ZPTY_ZSH = join(here, 'zpty.zsh');

/** Writes generated/… of the spec into a fresh folder; returns it. */
export function generate(doc: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-api-completions-'));
  for (const f of emitCompletions(doc as OpenAPIDocument)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

export const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** COMP_WORDS as bash builds them: split at blanks, and `=` and `:` (COMP_WORDBREAKS) as words of their own. */
export function compWords(line: string): string[] {
  const words: string[] = [];
  for (const blank of line.split(' ')) {
    if (blank === '') continue;
    words.push(...blank.split(/([=:])/).filter((w) => w !== ''));
  }
  if (line.endsWith(' ') || line === '') words.push('');
  return words;
}

/** `_gitlab_api` called the way bash calls a completion function, once COMP_* are set. */
export const CALL_BASH_COMPLETION = '_gitlab_api gitlab-api "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"';

/**
 * A bash script that loads bash-completion (unless `bashCompletion` is false) and the generated
 * script, then, for each line, sets COMP_LINE, COMP_POINT, COMP_WORDS and COMP_CWORD as bash does
 * with the cursor at its end and runs `perLine` (shell code that uses CALL_BASH_COMPLETION).
 */
export function bashScript(dir: string, lines: string[], perLine: string, opts: { bashCompletion?: boolean; file?: string } = {}): string {
  return [
    opts.bashCompletion === false ? '' : `source ${BASH_COMPLETION}`,
    `source ${sq(join(dir, 'completions', opts.file ?? 'gitlab-api.bash'))}`,
    '_c() { COMP_LINE=$1; COMP_POINT=${#COMP_LINE}; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()',
    `  ${perLine}; }`,
    ...lines.map((l) => `_c ${sq(l)} ${compWords(l).map(sq).join(' ')}`),
  ].join('\n');
}

/**
 * The candidates bash's completion function gives for each line (cursor at its end); `file` and
 * `call`: another script of completions/ and its function, called as CALL_BASH_COMPLETION is.
 */
export function bashComplete(dir: string, lines: string[], opts: { bashCompletion?: boolean; cwd?: string; env?: NodeJS.ProcessEnv; file?: string; call?: string } = {}): string[][] {
  const script = bashScript(dir, lines, `${opts.call ?? CALL_BASH_COMPLETION}\n  local IFS=$'\\x1f'; printf '%s\\x1e' "\${COMPREPLY[*]}"`, opts);
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`bash failed (${r.status}): ${r.stderr}`);
  return records(r.stdout, lines.length).map((rec) => (rec === '' ? [] : rec.split('\x1f')));
}

function records(out: string, n: number): string[] {
  const recs = out.split('\x1e');
  if (recs.length !== n + 1) throw new Error(`expected ${n} records, got ${recs.length - 1}: ${out.slice(0, 500)}`);
  return recs.slice(0, n);
}

export interface Described {
  words: string[];
  descriptions: string[];
  /** zsh: the messages shown in place of candidates (`compadd -x`). */
  messages?: string[];
}

/** The candidates (and descriptions) zsh's completion system offers, through zpty. */
export function zshComplete(dir: string, lines: string[], opts: { cwd?: string } = {}): Described[] {
  for (const l of lines) if (l.includes('\n')) throw new Error('one line per completion');
  const r = spawnSync('zsh', ['-f', join(here, 'capture.zsh'), join(dir, 'completions')], {
    input: lines.length ? `${lines.join('\n')}\n` : '',
    encoding: 'utf8',
    cwd: opts.cwd,
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`zsh failed (${r.status} ${r.signal}): ${r.stderr}`);
  return records(r.stdout, lines.length).map((rec) => {
    const [w, d, m] = rec.split('\x1d');
    return { words: w ? w.split('\x1f') : [], descriptions: d ? d.split('\x1f') : [], messages: m ? m.split('\x1f') : [] };
  });
}

/** fish's `complete -C` for each line: candidates with their descriptions. */
export function fishComplete(dir: string, lines: string[], opts: { cwd?: string; file?: string } = {}): Described[] {
  const input = join(mkdtempSync(join(tmpdir(), 'fish-lines-')), 'lines');
  writeFileSync(input, lines.length ? `${lines.join('\n')}\n` : '');
  const script = [
    `source ${sq(join(dir, 'completions', opts.file ?? 'gitlab-api.fish'))}`,
    `while read -l line`,
    `  for c in (complete -C"$line")`,
    `    printf '%s\\x1f' $c`,
    `  end`,
    `  printf '\\x1e'`,
    `end < ${sq(input)}`,
  ].join('\n');
  const r = spawnSync('fish', ['--no-config', '-c', script], { encoding: 'utf8', cwd: opts.cwd, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`fish failed (${r.status}): ${r.stderr}`);
  return records(r.stdout, lines.length).map((rec) => {
    const items = rec.split('\x1f').filter((x) => x !== '');
    return { words: items.map((i) => i.split('\t')[0]), descriptions: items.map((i) => i.split('\t')[1] ?? '') };
  });
}
