// The command table as files: generated/cli-commands.json (every command, one per line, the table
// other tools read) and generated/cli-index.json (per command: name, method, path, summary, tag and
// where its line is in cli-commands.json). The CLI reads the small index on every run and parses the
// one command it runs: `--help`, `list` and a dry-run start without parsing the whole table.
// Written by the completions emitter, read by load-table.ts; both sides use this module.
import type { Command, CommandTable } from './command-table.js';

export const TABLE_FILE = 'generated/cli-commands.json';
export const INDEX_FILE = 'generated/cli-index.json';

/** One command in the index: `[name, method, path, summary, tag, byteOffset, byteLength]`. */
export type IndexEntry = [name: string, method: string, path: string, summary: string, tag: string, offset: number, length: number];

export interface TableIndex {
  title: string;
  version: string;
  commands: IndexEntry[];
}

/** The table as text, one command per line (so a line can be parsed alone), and its index. */
export function tableFiles(table: CommandTable): { table: string; index: string } {
  const head = `{"title":${JSON.stringify(table.title)},"version":${JSON.stringify(table.version)},"commands":[\n`;
  let offset = Buffer.byteLength(head);
  const lines: string[] = [];
  const entries: IndexEntry[] = table.commands.map((c: Command, i) => {
    const line = JSON.stringify(c);
    const length = Buffer.byteLength(line);
    const entry: IndexEntry = [c.name, c.method, c.path, c.summary, c.tag, offset, length];
    lines.push(line);
    offset += length + (i < table.commands.length - 1 ? 2 : 1); // ",\n" between lines, "\n" after the last
    return entry;
  });
  const index: TableIndex = { title: table.title, version: table.version, commands: entries };
  return {
    table: `${head}${lines.join(',\n')}${lines.length ? '\n' : ''}]}\n`,
    index: `${JSON.stringify(index)}\n`,
  };
}
