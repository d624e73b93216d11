// Emitter: the CLI's command table (generated/cli-commands.json, with its index
// generated/cli-index.json, read by the CLI at startup) and the bash, zsh and fish completion
// scripts, all from one table built from the spec.
import type { OpenAPIDocument, OutputFile } from '../../openapi-document.js';
import { tableFiles } from '../../../src/cli/table-files.js';
import { buildCompletionModel } from './model.js';
import { emitBash } from './bash.js';
import { emitZsh } from './zsh.js';
import { emitFish } from './fish.js';
import { digest, noMemo, type Memo } from '../memo.js';
import { memoCommandTable } from '../command-table-memo.js';

export function emitCompletions(doc: OpenAPIDocument, memo: Memo = noMemo()): OutputFile[] {
  const table = memoCommandTable(doc, memo);
  const model = buildCompletionModel(table);
  const files = tableFiles(table);
  // Each script is a function of the model alone, which most changes to the docs leave as it was
  // (an operation's description is in the table, not in the completions).
  const input = digest(JSON.stringify(model));
  return [
    { path: 'cli-commands.json', content: files.table },
    { path: 'cli-index.json', content: files.index },
    { path: 'completions/gitlab-api.bash', content: memo.text(`bash\0${input}`, () => emitBash(model)) },
    { path: 'completions/_gitlab-api', content: memo.text(`zsh\0${input}`, () => emitZsh(model)) },
    { path: 'completions/gitlab-api.fish', content: memo.text(`fish\0${input}`, () => emitFish(model)) },
  ];
}
