// The sub-keys of a hash parameter: `| Key | Type | Description |` (groups.md, "Options for
// `default_branch_protection_defaults`"). They belong to that parameter's schema, so they are read
// as parameters (optional unless a Required column says otherwise) and attached by the caller.
import type { Table } from 'mdast';
import { bodyRows } from './cell-text.js';
import { readRow, tableColumns, type ParsedParameters } from './parameter-table.js';
import type { Parameter } from '../model.js';

export function parseKeyTable(table: Table, file: string): ParsedParameters {
  const columns = tableColumns(table);
  const parameters: Parameter[] = [];
  const diagnostics: ParsedParameters['diagnostics'] = [];
  for (const row of bodyRows(table)) {
    const read = readRow(row, columns, file);
    parameters.push(...read.parameters);
    diagnostics.push(...read.diagnostics);
  }
  return { parameters, diagnostics };
}
