// The diagnostics report: generated/diagnostics.json (data) and generated/diagnostics.md (for a
// docs author: grouped by file, one `file:line:column: reason [ruleId]` line per problem).
import type { Diagnostic, Severity } from '../model.js';
import type { OutputFile } from '../openapi-document.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
    || a.line - b.line
    || a.column - b.column
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
}

/**
 * Sorted, and without exact repeats (the same problem reported twice at one place). Repeats sort
 * next to each other, among the diagnostics that differ in severity alone: no key per diagnostic
 * is held (a copy of every reason, on a large page tens of MB).
 */
export function normalizeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const result: Diagnostic[] = [];
  let severities = new Set<Severity>();
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const last = result.at(-1);
    if (!last || compareDiagnostics(last, d) !== 0) severities = new Set();
    else if (severities.has(d.severity)) continue;
    severities.add(d.severity);
    result.push({ file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, severity: d.severity, reason: d.reason });
  }
  return result;
}

/** `services.md:120:1: reason [ruleId]`, on one line whatever the reason holds. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.reason.replace(/\s*[\r\n]+\s*/g, ' ')} [${d.ruleId}]`;
}

export interface DiagnosticCounts {
  byRule: Record<string, number>;
  bySeverity: Record<Severity, number>;
  /** The severities each rule was reported with (usually one). */
  severityByRule: Record<string, Severity[]>;
}

export function countDiagnostics(diagnostics: Diagnostic[]): DiagnosticCounts {
  const byRule: Record<string, number> = {};
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const severityByRule: Record<string, Severity[]> = {};
  for (const d of diagnostics) {
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    bySeverity[d.severity] += 1;
    const seen = (severityByRule[d.ruleId] ??= []);
    if (!seen.includes(d.severity)) seen.push(d.severity);
  }
  for (const list of Object.values(severityByRule)) list.sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b]);
  return { byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))), bySeverity, severityByRule };
}

/** A code fence longer than any backtick run inside, so no reason can end it early. */
function fence(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
  return '`'.repeat(longest + 1);
}

export function emitDiagnostics(all: Diagnostic[]): OutputFile[] {
  const diagnostics = normalizeDiagnostics(all);
  const counts = countDiagnostics(diagnostics);
  const md: string[] = ['# Diagnostics', '', 'Problems found in the docs while generating the spec, by file.', ''];
  md.push(`${diagnostics.length} in all: ${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.info} notes.`, '');
  md.push('| Rule | Severity | Count |', '| ---- | -------- | ----- |');
  for (const [rule, count] of Object.entries(counts.byRule)) md.push(`| \`${rule}\` | ${counts.severityByRule[rule].join(', ')} | ${count} |`);
  md.push('');
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!byFile.has(d.file)) byFile.set(d.file, []);
    byFile.get(d.file)!.push(d);
  }
  for (const [file, list] of byFile) {
    const lines = list.map(formatDiagnostic);
    const f = fence(lines);
    md.push(`## ${file.replace(/[\r\n]/g, ' ')}`, '', f + 'text', ...lines, f, '');
  }
  return [
    { path: 'diagnostics.json', content: JSON.stringify(diagnostics, null, 2) + '\n' },
    { path: 'diagnostics.md', content: md.join('\n') },
  ];
}
