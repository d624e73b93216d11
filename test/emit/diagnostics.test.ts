import { describe, expect, it } from 'vitest';
import { emitDiagnostics, formatDiagnostic } from '../../scripts/emit/diagnostics.js';
import type { Diagnostic } from '../../scripts/model.js';

const d = (file: string, line: number, ruleId: string, reason: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic =>
  ({ file, line, column: 1, ruleId, severity, reason });

describe('emitDiagnostics', () => {
  const input = [
    d('users.md', 40, 'duplicate-endpoint', 'Documented twice'),
    d('services.md', 120, 'invalid-json-example', 'Trailing comma', 'error'),
    d('services.md', 12, 'row-without-type', 'No type'),
    d('services.md', 12, 'row-without-type', 'No type'),
  ];
  const [json, md] = emitDiagnostics(input);

  it('writes diagnostics.json sorted by file and line, without exact repeats', () => {
    expect(json.path).toBe('diagnostics.json');
    const data = JSON.parse(json.content as string) as Diagnostic[];
    expect(data.map((x) => `${x.file}:${x.line}`)).toEqual(['services.md:12', 'services.md:120', 'users.md:40']);
    expect(data[1]).toEqual({ file: 'services.md', line: 120, column: 1, ruleId: 'invalid-json-example', severity: 'error', reason: 'Trailing comma' });
  });

  it('drops a repeat that differs from another diagnostic in severity alone, keeps that one, in input order', () => {
    const [file] = emitDiagnostics([
      d('a.md', 1, 'r', 'same', 'warning'), d('a.md', 1, 'r', 'same', 'error'), d('a.md', 1, 'r', 'same', 'warning'), d('a.md', 1, 'r', 'same', 'error'),
    ]);
    expect((JSON.parse(file.content as string) as Diagnostic[]).map((x) => x.severity)).toEqual(['warning', 'error']);
  });

  it('writes diagnostics.md grouped by file, one `file:line:column: reason [ruleId]` line each', () => {
    expect(md.path).toBe('diagnostics.md');
    const text = md.content as string;
    expect(text).toContain('## services.md');
    expect(text).toContain('services.md:120:1: Trailing comma [invalid-json-example]');
    expect(text.indexOf('## services.md')).toBeLessThan(text.indexOf('## users.md'));
    expect(text).toContain('| `duplicate-endpoint` | warning | 1 |');
    expect(text).toContain('| `invalid-json-example` | error | 1 |');
  });

  it('keeps a reason with newlines and backticks on one line, inside its block', () => {
    expect(formatDiagnostic(d('a.md', 1, 'x', 'two\nlines'))).toBe('a.md:1:1: two lines [x]');
    const [, out] = emitDiagnostics([d('a.md', 1, 'x', 'has ``` inside')]);
    expect(out.content as string).toContain('````text\na.md:1:1: has ``` inside [x]\n````');
  });
});
