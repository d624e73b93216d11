import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../scripts/model.js';
import { valuesAfterTable } from '../../scripts/parse/value-sentence.js';

const row = (name: string): Parameter => ({ name, type: { kind: 'string' }, required: true, description: '', form: 'table', source: { file: 'search.md', line: 17 } });

describe('valuesAfterTable', () => {
  it('search.md:20: "these scopes are supported" lists the values of the table\'s `scope`', () => {
    const found = valuesAfterTable('Search the expression within the specified scope. Currently these scopes are supported: projects, issues, merge_requests, milestones, snippet_titles, snippet_blobs.', [row('scope'), row('search')]);
    expect(found?.parameter.name).toBe('scope');
    expect(found?.values).toEqual(['projects', 'issues', 'merge_requests', 'milestones', 'snippet_titles', 'snippet_blobs']);
  });
  it('a noun that names no row of the table gives nothing', () => {
    expect(valuesAfterTable('Currently these scopes are supported: projects, issues.', [row('search')])).toBeUndefined();
  });
  it('a sentence that lists nothing gives nothing', () => {
    expect(valuesAfterTable('The response depends on the requested scope.', [row('scope')])).toBeUndefined();
  });
});
