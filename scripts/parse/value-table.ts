// `| Value | Description |` tables: the allowed values of the parameter the section is about
// (`default_branch_protection`, `shared_runners_setting`, snippet visibility constants).
import type { Table } from 'mdast';
import { bodyRows, plainText } from './cell-text.js';

/** The first column of each row, without backticks; empty cells are skipped. */
export function parseValueTable(table: Table): string[] {
  const values: string[] = [];
  for (const row of bodyRows(table)) {
    const value = plainText(row.children[0]);
    if (value !== '' && !values.includes(value)) values.push(value);
  }
  return values;
}
