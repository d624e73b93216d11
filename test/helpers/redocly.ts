// `redocly lint --extends recommended` on a spec file, for tests (telemetry off, no network).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/generate.js';

const run = promisify(execFile);

export interface LintTotals {
  errors: number;
  warnings: number;
  problems: { ruleId: string; severity: string; message: string }[];
}

/** `redocly lint --extends recommended` on a file; the JSON report. */
export async function redoclyLint(file: string): Promise<LintTotals> {
  const bin = join(ROOT, 'node_modules', '.bin', 'redocly');
  const args = ['lint', '--extends', 'recommended', '--format', 'json', '--max-problems', '100000', file];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  // Exit code 1 when there are errors: the report is still on stdout.
  const { stdout } = await run(bin, args, { env, maxBuffer: 256 * 1024 * 1024 }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: LintTotals['problems'] };
  return { ...report.totals, problems: report.problems };
}

