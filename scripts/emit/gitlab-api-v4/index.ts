// Emitter: completion for Debian's gitlab-api-v4 (libgitlab-api-v4-perl) from the spec and the
// committed method table: bash, zsh and fish scripts, and the mapping report.
import type { OpenAPIDocument, OutputFile } from '../../openapi-document.js';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { loadMethodTable, type MethodTable } from './method-table.js';
import { mapOperations } from './map-operations.js';
import { buildV4Completion } from './model.js';
import { buildV4Report, formatV4Report } from './report.js';
import { emitV4Bash } from './bash.js';
import { emitV4Zsh } from './zsh.js';
import { emitV4Fish } from './fish.js';

export function emitGitLabApiV4(doc: OpenAPIDocument, table: MethodTable = loadMethodTable()): OutputFile[] {
  const commands = buildCommandTable(doc as unknown as Record<string, unknown>);
  const mapping = mapOperations(table, commands);
  const model = buildV4Completion(table, mapping);
  const report = buildV4Report(table, commands, mapping, model);
  return [
    { path: 'completions/gitlab-api-v4.bash', content: emitV4Bash(model) },
    { path: 'completions/_gitlab-api-v4', content: emitV4Zsh(model) },
    { path: 'completions/gitlab-api-v4.fish', content: emitV4Fish(model) },
    { path: 'gitlab-api-v4-mapping.json', content: `${JSON.stringify(report, null, 2)}\n` },
    { path: 'gitlab-api-v4-mapping.md', content: formatV4Report(report) },
  ];
}
