// `redocly lint --extends recommended` on a spec file, for tests: run as the project runs Redocly
// (scripts/redocly.ts: the installed CLI, telemetry off, no network).
import { redoclyLintOutput } from '../../scripts/redocly.js';

export interface LintTotals {
  errors: number;
  warnings: number;
  problems: { ruleId: string; severity: string; message: string }[];
}

/** `redocly lint --extends recommended` on a file; the JSON report. */
export async function redoclyLint(file: string): Promise<LintTotals> {
  const report = JSON.parse(await redoclyLintOutput(file)) as { totals: { errors: number; warnings: number }; problems: LintTotals['problems'] };
  return { ...report.totals, problems: report.problems };
}
