// Tables and sentences that describe a parameter named elsewhere in the section: a `| Value |
// Description |` table under "Options for `default_branch_protection`" gives that parameter's enum,
// a `| Key | Type | Description |` table the sub-keys of the hash parameter its lead names. Read
// after the whole section, since such a table may come before or after the row it describes.
import type { Table } from 'mdast';
import type { Diagnostic, Parameter, SourceRef } from '../model.js';
import { sourceOf } from './cell-text.js';
import { parseKeyTable } from './key-table.js';
import { diagnostic } from './parameter-fields.js';
import { parseValueTable } from './value-table.js';

/** What a section has read so far (section-content.ts's SectionContent, in part). */
export interface Attached {
  parameters: Parameter[];
  parameterKeys: Record<string, Parameter[]>;
  diagnostics: Diagnostic[];
}

/** `| Value | Description |` rows become the enum of the parameter the lead or heading names. */
export function applyValueTable(out: Attached, table: Table, context: string, file: string): void {
  const parameter = documentedParameter(out.parameters, context);
  if (!parameter) {
    out.diagnostics.push(unattached(table, file, 'value-table-without-parameter', 'a table of values that names no parameter of this endpoint'));
    return;
  }
  const values = parseValueTable(table);
  if (values.length) takeValues(out, parameter, values, sourceOf(table, file), `the table of values the heading or lead names`);
}

/** An enum read apart from the parameter's row: set, with where from, and reported as a note. */
export function takeValues(out: Attached, parameter: Parameter, values: string[], from: SourceRef, how: string): void {
  parameter.enum = values;
  parameter.enumFrom = from;
  out.diagnostics.push(diagnostic(parameter.source, 'enum-from-reference',
    `\`${parameter.name}\` takes its values from ${how}, at ${from.file}:${from.line}: ${values.map((v) => `\`${v}\``).join(', ')}`, 'info'));
}

/** `| Key | Type | Description |` rows are the sub-keys of the hash parameter the lead names. */
export function applyKeyTable(out: Attached, table: Table, context: string, file: string): void {
  const parameter =
    documentedParameter(out.parameters, context) ??
    [...out.parameters].reverse().find((p) => p.type.kind === 'object');
  if (!parameter) {
    out.diagnostics.push(unattached(table, file, 'key-table-without-parameter', 'a table of keys that names no hash parameter of this endpoint'));
    return;
  }
  const found = parseKeyTable(table, file);
  out.diagnostics.push(...found.diagnostics);
  (out.parameterKeys[parameter.name] ??= []).push(...found.parameters);
}

/**
 * The parameter the lead or heading names (`Options for `default_branch_protection``): the name
 * mentioned first, as a whole word (`default_branch_protection` is not `..._defaults`).
 */
function documentedParameter(parameters: Parameter[], context: string): Parameter | undefined {
  let best: { parameter: Parameter; at: number } | undefined;
  for (const parameter of parameters) {
    const name = parameter.name.replace(/\[\]$/, '');
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = context.search(new RegExp(`(?<![\\w\\[])${escaped}(?![\\w\\[])`));
    if (at >= 0 && (!best || at < best.at)) best = { parameter, at };
  }
  return best?.parameter;
}

function unattached(table: Table, file: string, ruleId: string, reason: string): Diagnostic {
  return diagnostic(sourceOf(table, file), ruleId, reason, 'info');
}
