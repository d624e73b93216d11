// generated/cli-commands.json and its index: every command's line found by its offset and parsed
// alone, and a table out of step with its index still read right (whole).
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommandTable } from '../../src/cli/command-table.js';
import { INDEX_FILE, TABLE_FILE, tableFiles, type TableIndex } from '../../src/cli/table-files.js';
import { loadCommands } from '../../src/cli/load-table.js';
import { FIXTURE, tempDir } from './helpers.js';

const table = buildCommandTable(JSON.parse(readFileSync(FIXTURE, 'utf8')));
// A summary with multi-byte characters shifts byte offsets from string offsets.
table.commands[0].summary = 'Ünïcödé summary — 🚀';
const files = tableFiles(table);

describe('tableFiles', () => {
  it('the table is JSON with one command per line; the index points at each line by byte offset', () => {
    expect(JSON.parse(files.table)).toEqual(table);
    const index = JSON.parse(files.index) as TableIndex;
    const bytes = Buffer.from(files.table);
    expect(index.commands.map((e) => e.slice(0, 5))).toEqual(table.commands.map((c) => [c.name, c.method, c.path, c.summary, c.tag]));
    for (const [i, e] of index.commands.entries()) expect(JSON.parse(bytes.toString('utf8', e[5], e[5] + e[6]))).toEqual(table.commands[i]);
  });

  it('the CLI reads one command from its line; an index out of step with the table falls back to the table', () => {
    const root = tempDir('cli-table-');
    mkdirSync(join(root, 'generated'));
    writeFileSync(join(root, 'package.json'), '{}');
    writeFileSync(join(root, TABLE_FILE), files.table);
    writeFileSync(join(root, INDEX_FILE), files.index);
    const commands = loadCommands({}, root);
    expect(commands.entries.map((e) => e[0])).toEqual(table.commands.map((c) => c.name));
    for (const c of table.commands) expect(commands.get(c.name)).toEqual(c);
    expect(commands.get('no such command')).toBeUndefined();
    const stale = JSON.parse(files.index) as TableIndex;
    for (const e of stale.commands) e[5] += 3; // every offset wrong
    writeFileSync(join(root, INDEX_FILE), JSON.stringify(stale));
    const fallback = loadCommands({}, root);
    for (const c of table.commands) expect(fallback.get(c.name)).toEqual(c);
  });
});
