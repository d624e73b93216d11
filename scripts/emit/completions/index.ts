// Emitter: the CLI's command table (generated/cli-commands.json, with its index
// generated/cli-index.json, read by the CLI at startup) and the bash, zsh and fish completion
// scripts, all from one table built from the spec.
import type { OpenAPIDocument, OutputFile } from '../../openapi-document.js';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { tableFiles } from '../../../src/cli/table-files.js';
import { buildCompletionModel } from './model.js';
import { emitBash } from './bash.js';
import { emitZsh } from './zsh.js';
import { emitFish } from './fish.js';

export function emitCompletions(doc: OpenAPIDocument): OutputFile[] {
  const table = buildCommandTable(doc as unknown as Record<string, unknown>);
  const model = buildCompletionModel(table);
  const files = tableFiles(table);
  return [
    { path: 'cli-commands.json', content: files.table },
    { path: 'cli-index.json', content: files.index },
    { path: 'completions/gitlab-api.bash', content: emitBash(model) },
    { path: 'completions/_gitlab-api', content: emitZsh(model) },
    { path: 'completions/gitlab-api.fish', content: emitFish(model) },
  ];
}
