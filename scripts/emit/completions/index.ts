// Emitter: the CLI's command table (generated/cli-commands.json, read by the CLI at startup) and
// the bash, zsh and fish completion scripts, all from one table built from the spec.
import type { OpenAPIDocument, OutputFile } from '../../openapi-document.js';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { buildCompletionModel } from './model.js';
import { emitBash } from './bash.js';
import { emitZsh } from './zsh.js';
import { emitFish } from './fish.js';

export function emitCompletions(doc: OpenAPIDocument): OutputFile[] {
  const table = buildCommandTable(doc as unknown as Record<string, unknown>);
  const model = buildCompletionModel(table);
  return [
    { path: 'cli-commands.json', content: `${JSON.stringify(table)}\n` },
    { path: 'completions/gitlab-api.bash', content: emitBash(model) },
    { path: 'completions/_gitlab-api', content: emitZsh(model) },
    { path: 'completions/gitlab-api.fish', content: emitFish(model) },
  ];
}
