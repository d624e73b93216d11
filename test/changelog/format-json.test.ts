import { describe, expect, it } from 'vitest';
import { formatJson } from '../../scripts/changelog/format-json.js';
import { fixtureChangelog } from './fixture.js';

describe('formatJson', () => {
  it('is the report, indented, ending in a newline, and reads back equal', () => {
    const report = fixtureChangelog('required');
    const text = formatJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "summary": {\n    "breaking": 3,');
    expect(JSON.parse(text)).toEqual(report);
  });
});
