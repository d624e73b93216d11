// Finding the command table at startup. The fast path is generated/cli-commands.json (written by
// the completions emitter): one JSON.parse, no YAML, no $ref walking. A spec given by
// GITLAB_API_SPEC (or spec/openapi.json when the table is missing) is turned into a table here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommandTable, type Command, type CommandTable } from './command-table.js';
import { UsageError } from './errors.js';

export const TABLE_FILE = 'generated/cli-commands.json';

/** The package root: the nearest folder above this file holding package.json (src/ or dist/src/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return dirname(fileURLToPath(import.meta.url));
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON: ${(e as Error).message}.`);
  }
}

export interface LoadedTable {
  table: CommandTable;
  byName: Map<string, Command>;
}

export function loadTable(env: NodeJS.ProcessEnv): LoadedTable {
  let table: CommandTable;
  if (env.GITLAB_API_SPEC) table = buildCommandTable(readJson(env.GITLAB_API_SPEC) as Record<string, unknown>);
  else {
    const root = packageRoot();
    const fast = join(root, TABLE_FILE);
    if (existsSync(fast)) table = readJson(fast) as CommandTable;
    else table = buildCommandTable(readJson(join(root, 'spec/openapi.json')) as Record<string, unknown>);
  }
  if (!table || !Array.isArray(table.commands)) throw new UsageError('the command table is malformed; regenerate it with npm run generate.');
  return { table, byName: new Map(table.commands.map((c) => [c.name, c])) };
}

export function packageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '');
  } catch {
    return '';
  }
}
