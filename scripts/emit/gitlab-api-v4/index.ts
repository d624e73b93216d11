// Emitter: completion for Debian's gitlab-api-v4 (libgitlab-api-v4-perl) from the spec and the
// committed method table: bash, zsh and fish scripts, and the mapping report.
import type { OpenAPIDocument, OutputFile } from '../../openapi-document.js';
import { loadMethodTable, type MethodTable } from './method-table.js';
import { mapOperations } from './map-operations.js';
import { buildV4Completion } from './model.js';
import { buildV4Report, formatV4Report } from './report.js';
import { emitV4Bash } from './bash.js';
import { emitV4Zsh } from './zsh.js';
import { emitV4Fish } from './fish.js';
import { digest, noMemo, withMemo, type Memo, type MemoRef } from '../memo.js';
import { memoCommandTable } from '../command-table-memo.js';

export function emitGitLabApiV4(doc: OpenAPIDocument, table: MethodTable = loadMethodTable(), memo: Memo = noMemo()): OutputFile[] {
  const commands = memoCommandTable(doc, memo);
  const mapping = mapOperations(table, commands);
  const model = buildV4Completion(table, mapping);
  const report = buildV4Report(table, commands, mapping, model);
  // The scripts are functions of the model, the report files of the report: most changes to the
  // docs (an operation's description) leave both as they were.
  const scripts = digest(JSON.stringify(model));
  const reported = JSON.stringify(report);
  return [
    { path: 'completions/gitlab-api-v4.bash', content: memo.text(`bash\0${scripts}`, () => emitV4Bash(model)) },
    { path: 'completions/_gitlab-api-v4', content: memo.text(`zsh\0${scripts}`, () => emitV4Zsh(model)) },
    { path: 'completions/gitlab-api-v4.fish', content: memo.text(`fish\0${scripts}`, () => emitV4Fish(model)) },
    { path: 'gitlab-api-v4-mapping.json', content: `${JSON.stringify(report, null, 2)}\n` },
    { path: 'gitlab-api-v4-mapping.md', content: memo.text(`md\0${reported}`, () => formatV4Report(report)) },
  ];
}

/** The emitter as generate runs it: with its memo (scripts/emit/memo.ts) opened. */
export function emitGitLabApiV4WithMemo(doc: OpenAPIDocument, memo?: MemoRef): Promise<OutputFile[]> {
  return withMemo(memo, (m) => emitGitLabApiV4(doc, undefined, m));
}
