// Request-parameter tables: `| Attribute | Type | Required | Description |` and its variants
// (`Parameter`/`Name` first, lower-case headers, no Type or no Required column, a
// `` `actions[]` Attribute `` header whose rows are the sub-attributes of `actions[]`).
// Every slip in a row is reported with file and line, and what can be read is still read.
import type { Table, TableRow } from 'mdast';
import type { Diagnostic, Parameter, SourceRef } from '../model.js';
import { bodyRows, cellMarkdown, headerWords, plainText, sourceOf } from './cell-text.js';
import { extractEnum } from './enum.js';
import { diagnostic, extractDefault, isDeprecated, readName, readRequired } from './parameter-fields.js';
import { extractSpecialValues } from './special-values.js';
import { parseType } from './type.js';

export interface ParsedParameters {
  parameters: Parameter[];
  diagnostics: Diagnostic[];
}

/** Which column holds what; -1 when the table has no such column. */
export interface Columns {
  name: number;
  type: number;
  required: number;
  description: number;
  count: number;
  /** `actions[]` for a `` `actions[]` Attribute `` header: rows are `actions[][<name>]`. */
  parent?: string;
}

export function tableColumns(table: Table): Columns {
  const headers = headerWords(table);
  const find = (...words: string[]) => headers.findIndex((h, i) => i > 0 && words.some((w) => h === w || h.startsWith(w + ' ')));
  const head = table.children[0]?.children[0];
  const parent = head ? /`([^`]+)`/.exec(cellMarkdown(head))?.[1] : undefined;
  const description = find('description', 'purpose', 'details', 'comment', 'notes');
  return {
    name: 0,
    type: find('type'),
    required: find('required', 'mandatory'),
    description: description === -1 ? headers.length - 1 : description,
    count: headers.length,
    parent,
  };
}

export function parseParameterTable(table: Table, file: string): ParsedParameters {
  const columns = tableColumns(table);
  const tableSource = sourceOf(table, file);
  const diagnostics: Diagnostic[] = [];
  if (columns.type === -1) {
    diagnostics.push(diagnostic(tableSource, 'table-without-type-column', 'Parameter table has no Type column; its parameters have no type'));
  }
  if (columns.required === -1) {
    diagnostics.push(diagnostic(tableSource, 'table-without-required-column', 'Parameter table has no Required column; its parameters are read as optional'));
  }
  const parameters: Parameter[] = [];
  const seen = new Map<string, number>();
  for (const row of bodyRows(table)) {
    const read = readRow(row, columns, file);
    diagnostics.push(...read.diagnostics);
    for (const parameter of read.parameters) {
      const earlier = seen.get(parameter.name);
      if (earlier !== undefined) {
        diagnostics.push(diagnostic(parameter.source, 'duplicate-parameter', `Parameter \`${parameter.name}\` is listed twice in this table (first at line ${earlier})`));
        continue;
      }
      seen.set(parameter.name, parameter.source.line);
      parameters.push(parameter);
    }
  }
  return { parameters, diagnostics };
}

/** One table row as parameters (two when the name cell offers aliases), with the row's slips. */
export function readRow(row: TableRow, columns: Columns, file: string): ParsedParameters {
  const source = sourceOf(row, file);
  const diagnostics: Diagnostic[] = [];
  const cells = row.children;
  if (cells.length < columns.count) {
    diagnostics.push(diagnostic(source, 'missing-cell', `Row has ${cells.length} cells, the header has ${columns.count}`));
  } else if (cells.length > columns.count) {
    if (splitCodeSpan(cells, columns)) {
      diagnostics.push(diagnostic(source, 'unescaped-pipe', 'A `|` inside a code span splits this row into extra cells; escape it as `\\|` (the cells are joined back)'));
    } else {
      const extra = cells.slice(columns.count).map((c) => plainText(c)).join(' | ');
      diagnostics.push(diagnostic(source, 'extra-cell', `Row has ${cells.length} cells, the header has ${columns.count}; ignored: ${extra || '(empty)'}`));
    }
  }
  const nameCell = cells[columns.name];
  const name = readName(plainText(nameCell), cellMarkdown(nameCell), source);
  diagnostics.push(...name.diagnostics);
  if (name.names.length === 0) {
    diagnostics.push(diagnostic(source, 'row-without-name', 'Row has no parameter name; skipped', 'error'));
    return { parameters: [], diagnostics };
  }

  const typeText = columns.type === -1 ? '' : plainText(cells[columns.type]);
  let type: Parameter['type'] = { kind: 'unknown' };
  if (columns.type !== -1) {
    if (typeText === '') {
      diagnostics.push(diagnostic(source, 'row-without-type', `Parameter \`${name.names.join('`, `')}\` has no type`));
    } else {
      const parsed = parseType(cellMarkdown(cells[columns.type]), source);
      type = parsed.type;
      diagnostics.push(...parsed.diagnostics);
    }
  }

  let required = false;
  let requiredNote: string | undefined;
  if (columns.required !== -1) {
    const read = readRequired(cellMarkdown(cells[columns.required]), source);
    required = read.required;
    requiredNote = read.requiredNote;
    diagnostics.push(...read.diagnostics);
  }

  const description = readDescription(cells, columns);
  const parameters = name.names.map((n) =>
    buildParameter({ name: columns.parent ? `${columns.parent}[${n}]` : n, type, required, requiredNote, description, form: 'table', source }),
  );
  return { parameters, diagnostics };
}

/**
 * The description cell. An unescaped `|` inside a code span (`` `(dockerfiles|gitignores)` ``) splits
 * the last cell; an odd number of backticks shows it, and the pieces are joined back.
 */
function readDescription(cells: TableRow['children'], columns: Columns): string {
  if (columns.description >= cells.length) return '';
  if (splitCodeSpan(cells, columns)) return cells.slice(columns.description).map((cell) => cellMarkdown(cell)).join('|');
  return cellMarkdown(cells[columns.description]);
}

function splitCodeSpan(cells: TableRow['children'], columns: Columns): boolean {
  if (columns.description !== columns.count - 1 || cells.length <= columns.count) return false;
  return (cellMarkdown(cells[columns.description]).match(/`/g) ?? []).length % 2 === 1;
}

interface ParameterFields {
  name: string;
  type: Parameter['type'];
  required: boolean;
  requiredNote?: string;
  description: string;
  form: Parameter['form'];
  source: SourceRef;
}

/** A Parameter with the facts its description states: allowed values, default, deprecation. */
export function buildParameter(fields: ParameterFields): Parameter {
  const parameter: Parameter = {
    name: fields.name,
    type: fields.type,
    required: fields.required,
    description: fields.description,
    form: fields.form,
    source: fields.source,
  };
  if (fields.requiredNote !== undefined) parameter.requiredNote = fields.requiredNote;
  const values = allowedValues(fields.description, fields.type);
  if (values) parameter.enum = values;
  const fallback = extractDefault(fields.description);
  if (fallback !== undefined) parameter.default = fallback;
  const special = extractSpecialValues(fields.description);
  if (special) parameter.specialValues = special;
  if (isDeprecated(fields.description)) parameter.deprecated = true;
  return parameter;
}

/**
 * The enum, unless it contradicts the type: `true`/`false` on a boolean says nothing an enum
 * should, and words listed for an integer are not its values.
 */
function allowedValues(description: string, type: Parameter['type']): string[] | undefined {
  const values = extractEnum(description);
  if (!values) return undefined;
  const scalar = type.kind === 'array' ? type.items.kind : type.kind;
  // `(true/false)`: a boolean (the document-wide pass reads it so), not two words.
  if (scalar === 'boolean' || values.every((v) => v === 'true' || v === 'false')) return undefined;
  if ((scalar === 'integer' || scalar === 'number') && values.some((v) => !/^-?\d+(?:\.\d+)?$/.test(v))) return undefined;
  return values;
}
