// The CLI's command table (src/cli/command-table.ts) as the emitters that read it build it: path by
// path through the memo (memo.ts), so that a regeneration builds the commands of changed paths
// only. A path's commands depend on its item and on the components its `$ref`s resolve to.
import { commandTable, pathCommands, type Command, type CommandTable, type Json } from '../../src/cli/command-table.js';
import type { OpenAPIDocument } from '../openapi-document.js';
import { digest, noMemo, readsOtherPaths, type Memo } from './memo.js';
import { deepFreeze, jsonText } from '../json-text.js';

/** The table of each frozen spec, frozen: the completions and gitlab-api-v4 read the same one. */
const tables = new WeakMap<OpenAPIDocument, CommandTable>();

/**
 * The command table of `document`, through `memo`. For a frozen spec it is made once, by the first
 * emitter that asks (and kept in that emitter's memo): the next one gets the same table.
 */
export function memoCommandTable(document: OpenAPIDocument, memo: Memo): CommandTable {
  const kept = tables.get(document);
  if (kept) return kept;
  const table = madeCommandTable(document, memo);
  if (Object.isFrozen(document)) tables.set(document, deepFreeze(table));
  return table;
}

function madeCommandTable(document: OpenAPIDocument, memo: Memo): CommandTable {
  const doc = document as unknown as Json;
  const components = digest(jsonText(document.components ?? null));
  const commands = Object.entries<Json>(doc.paths ?? {}).flatMap(([path, item]) => {
    const json = jsonText(item);
    const own = readsOtherPaths(json) ? noMemo() : memo;
    const text = own.text(`${JSON.stringify(['commands', components, path])}${json}`, () => JSON.stringify(pathCommands(doc, path, item)));
    return JSON.parse(text) as Command[];
  });
  return commandTable(doc, commands);
}
