// The JSON report: the report as it is, two-space indented, with a final newline (stable bytes).
import type { ChangelogReport } from './types.js';

export function formatJson(report: ChangelogReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
