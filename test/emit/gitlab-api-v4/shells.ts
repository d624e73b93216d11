// Test helpers: the gitlab-api-v4 scripts generated into a temporary folder, and the real shells
// driven over many command lines per process (bash with bash-completion, zsh through zpty, fish's
// complete -C), as test/completions/shells.ts does for gitlab-api.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitGitLabApiV4 } from '../../../scripts/emit/gitlab-api-v4/index.js';
import type { MethodTable } from '../../../scripts/emit/gitlab-api-v4/method-table.js';
import type { OpenAPIDocument } from '../../../scripts/openapi-document.js';
import { BASH_COMPLETION, compWords, sq } from '../../completions/shells.js';

export { BASH_COMPLETION };

/** Temporary folders made here; `removeTemporary()` (in afterAll) deletes them. */
const made: string[] = [];

export function temporary(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTemporary(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the emitter's files for `doc` into a fresh folder; returns it. */
export function emitTo(doc: unknown, table?: MethodTable): string {
  const dir = temporary('gitlab-api-v4-completion-');
  for (const f of emitGitLabApiV4(doc as OpenAPIDocument, table)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

function records(out: string, n: number): string[] {
  const recs = out.split('\x1e');
  if (recs.length !== n + 1) throw new Error(`expected ${n} records, got ${recs.length - 1}: ${out.slice(0, 500)}`);
  return recs.slice(0, n);
}

/**
 * The candidates bash gives for each line, cursor at its end: COMP_LINE, COMP_POINT, COMP_WORDS
 * (split at blanks and at the `=` and `:` of COMP_WORDBREAKS, as bash does) and COMP_CWORD set,
 * then `_gitlab_api_v4` called as `complete -F` calls it.
 */
export function bashV4(dir: string, lines: string[], opts: { bashCompletion?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {}): string[][] {
  const script = [
    opts.bashCompletion === false ? '' : `source ${BASH_COMPLETION}`,
    `source ${sq(join(dir, 'completions/gitlab-api-v4.bash'))}`,
    '_c() { COMP_LINE=$1; COMP_POINT=${#COMP_LINE}; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()',
    '  _gitlab_api_v4 gitlab-api-v4 "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
    "  local IFS=$'\\x1f'; printf '%s\\x1e' \"${COMPREPLY[*]}\"; }",
    ...lines.map((l) => `_c ${sq(l)} ${compWords(l).map(sq).join(' ')}`),
  ].join('\n');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`bash failed (${r.status}): ${r.stderr}`);
  return records(r.stdout, lines.length).map((rec) => (rec === '' ? [] : rec.split('\x1f')));
}

export interface Offered {
  words: string[];
  /** zsh: the display strings (`word -- description`); fish: the descriptions. */
  descriptions: string[];
  /** zsh: the messages shown instead of candidates (`compadd -x`). */
  messages: string[];
}

/** What zsh's completion system offers for each line (compinit over the generated _gitlab-api-v4). */
export function zshV4(dir: string, lines: string[]): Offered[] {
  const r = spawnSync('zsh', ['-f', join(import.meta.dirname, 'capture.zsh'), join(dir, 'completions')], {
    input: lines.length ? `${lines.join('\n')}\n` : '',
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`zsh failed (${r.status} ${r.signal}): ${r.stderr}`);
  const split = (s: string | undefined) => (s ? s.split('\x1f') : []);
  return records(r.stdout, lines.length).map((rec) => {
    const [w, d, m] = rec.split('\x1d');
    return { words: split(w), descriptions: split(d), messages: split(m) };
  });
}

/** fish's `complete -C` for each line, with the generated gitlab-api-v4.fish sourced. */
export function fishV4(dir: string, lines: string[], opts: { cwd?: string } = {}): Offered[] {
  const input = join(temporary('gitlab-api-v4-fish-'), 'lines');
  writeFileSync(input, lines.length ? `${lines.join('\n')}\n` : '');
  const script = [
    `source ${sq(join(dir, 'completions/gitlab-api-v4.fish'))}`,
    'while read -l line',
    '  for c in (complete -C"$line")',
    "    printf '%s\\x1f' $c",
    '  end',
    "  printf '\\x1e'",
    `end < ${sq(input)}`,
  ].join('\n');
  const r = spawnSync('fish', ['--no-config', '-c', script], { encoding: 'utf8', cwd: opts.cwd, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`fish failed (${r.status}): ${r.stderr}`);
  return records(r.stdout, lines.length).map((rec) => {
    const items = rec.split('\x1f').filter((x) => x !== '');
    return { words: items.map((i) => i.split('\t')[0]), descriptions: items.map((i) => i.split('\t')[1] ?? ''), messages: [] };
  });
}
