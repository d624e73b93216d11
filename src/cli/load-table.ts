// Finding the commands at startup. The fast path reads generated/cli-index.json (names, methods,
// paths, summaries) and parses only the line of generated/cli-commands.json of the command that
// runs. A spec given by GITLAB_API_SPEC (or spec/openapi.json when the files are missing) is turned
// into a table here, in memory.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommandTable, type Command, type CommandTable } from './command-table.js';
import { INDEX_FILE, TABLE_FILE, type IndexEntry, type TableIndex } from './table-files.js';
import { UsageError } from './errors.js';

/** This file, or the bundle it was built into (dist/gitlab-api.cjs, where import.meta does not exist). */
function here(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** The package root: the nearest folder above this file holding package.json (src/, dist/ or dist/src/). */
export function packageRoot(): string {
  let dir = dirname(here());
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return dirname(here());
}

function cannotRead(path: string, e: unknown): UsageError {
  return new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
}

function read(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
}

/** `length` bytes of `path` from `start`: one command's line, without reading the whole table. */
function readRange(path: string, start: number, length: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytes = Buffer.allocUnsafe(length);
    return bytes.toString('utf8', 0, readSync(fd, bytes, 0, length, start));
  } catch (e) {
    throw cannotRead(path, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parse(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON: ${(e as Error).message}.`);
  }
}

/** What every run can ask without parsing the whole table. */
export interface Commands {
  title: string;
  version: string;
  /** name, method, path, summary, tag of every command, sorted by name. */
  entries: readonly IndexEntry[];
  has(name: string): boolean;
  /** Resources (first words of names) -> their commands' entries. */
  resources(): Map<string, IndexEntry[]>;
  /** One command, complete (parameters and all). */
  get(name: string): Command | undefined;
  /** Every command, complete (parses the whole table). */
  all(): Command[];
}

function fromTable(table: CommandTable): Commands {
  if (!table || !Array.isArray(table.commands)) throw new UsageError('the command table is malformed; regenerate it with npm run generate.');
  const byName = new Map(table.commands.map((c) => [c.name, c]));
  const entries = table.commands.map((c): IndexEntry => [c.name, c.method, c.path, c.summary, c.tag, 0, 0]);
  return commands(table.title, table.version, entries, (name) => byName.get(name), () => table.commands);
}

function commands(title: string, version: string, entries: IndexEntry[], get: (name: string) => Command | undefined, all: () => Command[]): Commands {
  const names = new Set(entries.map((e) => e[0]));
  let resources: Map<string, IndexEntry[]> | undefined;
  return {
    title,
    version,
    entries,
    has: (name) => names.has(name),
    resources() {
      if (!resources) {
        resources = new Map();
        for (const e of entries) {
          const space = e[0].indexOf(' ');
          const resource = space < 0 ? e[0] : e[0].slice(0, space);
          const list = resources.get(resource);
          if (list) list.push(e);
          else resources.set(resource, [e]);
        }
      }
      return resources;
    },
    get: (name) => (names.has(name) ? get(name) : undefined),
    all,
  };
}

/** The index and the table files of the package: each command parsed from its own line. */
function fromFiles(indexPath: string, tablePath: string): Commands {
  const index = parse(read(indexPath).toString('utf8'), indexPath) as TableIndex;
  if (!index || !Array.isArray(index.commands)) throw new UsageError(`${indexPath}: malformed; regenerate it with npm run generate.`);
  let whole: Commands | undefined;
  const wholeTable = () => (whole ??= fromTable(parse(read(tablePath).toString('utf8'), tablePath) as CommandTable));
  const byName = new Map(index.commands.map((e) => [e[0], e]));
  const get = (name: string): Command | undefined => {
    const e = byName.get(name)!;
    let cmd: Command | undefined;
    try {
      cmd = JSON.parse(readRange(tablePath, e[5], e[6])) as Command;
    } catch {
      cmd = undefined;
    }
    // An index out of step with the table (edited by hand, half copied): read the table whole.
    return cmd?.name === name ? cmd : wholeTable().get(name);
  };
  return commands(String(index.title ?? ''), String(index.version ?? ''), index.commands, get, () => wholeTable().all());
}

/** The commands of GITLAB_API_SPEC, else of the package's generated files (`root`: the package). */
export function loadCommands(env: NodeJS.ProcessEnv, root = packageRoot()): Commands {
  if (env.GITLAB_API_SPEC) return fromTable(buildCommandTable(parse(read(env.GITLAB_API_SPEC).toString('utf8'), env.GITLAB_API_SPEC) as Record<string, unknown>));
  const indexPath = join(root, INDEX_FILE);
  if (existsSync(indexPath)) return fromFiles(indexPath, join(root, TABLE_FILE));
  const spec = join(root, 'spec/openapi.json');
  return fromTable(buildCommandTable(parse(read(spec).toString('utf8'), spec) as Record<string, unknown>));
}

export function packageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '');
  } catch {
    return '';
  }
}
