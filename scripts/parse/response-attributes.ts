// Response-attribute tables (`| Attribute | Type | Description |` after "... the following
// response attributes:" or under a `Response` heading). Their rows name fields of the response
// (`[].merged_by`, `commit.author_email`); they type the response schema, never the request.
import type { Table } from 'mdast';
import type { Diagnostic, ResponseAttribute } from '../model.js';
import { bodyRows, cellMarkdown, plainText, sourceOf } from './cell-text.js';
import { diagnostic, isDeprecated, readName } from './parameter-fields.js';
import { tableColumns } from './parameter-table.js';
import { parseType } from './type.js';

export interface ParsedResponseAttributes {
  attributes: ResponseAttribute[];
  diagnostics: Diagnostic[];
}

export function parseResponseAttributeTable(table: Table, file: string): ParsedResponseAttributes {
  const columns = tableColumns(table);
  const diagnostics: Diagnostic[] = [];
  const attributes: ResponseAttribute[] = [];
  for (const row of bodyRows(table)) {
    const source = sourceOf(row, file);
    const cells = row.children;
    if (cells.length < columns.count) {
      diagnostics.push(diagnostic(source, 'missing-cell', `Row has ${cells.length} cells, the header has ${columns.count}`));
    } else if (cells.length > columns.count) {
      diagnostics.push(diagnostic(source, 'extra-cell', `Row has ${cells.length} cells, the header has ${columns.count}`));
    }
    const name = readName(plainText(cells[columns.name]), cellMarkdown(cells[columns.name]), source);
    diagnostics.push(...name.diagnostics);
    if (name.names.length === 0) {
      diagnostics.push(diagnostic(source, 'row-without-name', 'Response attribute row has no name; skipped', 'error'));
      continue;
    }
    let type: ResponseAttribute['type'] = { kind: 'unknown' };
    if (columns.type !== -1) {
      const parsed = parseType(cellMarkdown(cells[columns.type]), source);
      type = parsed.type;
      diagnostics.push(...parsed.diagnostics);
    }
    const description = columns.description < cells.length ? cellMarkdown(cells[columns.description]) : '';
    // The same reading as for parameters: merge_requests.md marks `merged_by` and `merge_status`
    // "[Deprecated](...) in GitLab 15.6"; the schema says `deprecated: true` on the field.
    const deprecated = isDeprecated(description);
    for (const n of name.names) attributes.push({ name: n, type, description, ...(deprecated ? { deprecated } : {}), source });
  }
  return { attributes, diagnostics };
}
