// Test helpers: the gitlab-api-v4 scripts generated into a temporary folder, and the real shells
// driven over many command lines per process by test/completions/shells.ts's helpers (bash with
// bash-completion, zsh through zpty, fish's complete -C).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitGitLabApiV4 } from '../../../scripts/emit/gitlab-api-v4/index.js';
import type { MethodTable } from '../../../scripts/emit/gitlab-api-v4/method-table.js';
import type { OpenAPIDocument } from '../../../scripts/openapi-document.js';
import { BASH_COMPLETION, bashComplete, fishComplete, zshComplete, type Described } from '../../completions/shells.js';

export { BASH_COMPLETION, type Described };

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

/** `_gitlab_api_v4`, called as `complete -F` calls it, once COMP_* are set (bashScript sets them per line). */
export const CALL_V4 = '_gitlab_api_v4 gitlab-api-v4 "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"';

/** The candidates bash gives for each line, cursor at its end (test/completions/shells.ts's bashComplete). */
export function bashV4(dir: string, lines: string[], opts: { bashCompletion?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {}): string[][] {
  return bashComplete(dir, lines, { ...opts, file: 'gitlab-api-v4.bash', call: CALL_V4 });
}

/** What zsh's completion system offers for each line (compinit over the generated _gitlab-api-v4). */
export function zshV4(dir: string, lines: string[]): Described[] {
  return zshComplete(dir, lines);
}

/** fish's `complete -C` for each line, with the generated gitlab-api-v4.fish sourced. */
export function fishV4(dir: string, lines: string[], opts: { cwd?: string } = {}): Described[] {
  return fishComplete(dir, lines, { ...opts, file: 'gitlab-api-v4.fish' });
}
