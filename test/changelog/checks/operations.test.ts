import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('operation-added / operation-removed', () => {
  const report = fixtureChangelog('operations');

  it('matches operations by method and path, whatever the path parameters are called', () => {
    expect(brief(report)).toEqual([
      'breaking DELETE /projects/{id}/hooks operation-removed deleteProjectHook -> ',
      'non-breaking POST /projects/{project_id}/hooks operation-added  -> addProjectHook',
    ]);
  });

  it('points a removed operation at the base docs and an added one at the revision', () => {
    expect(report.changes.map((c) => c.source)).toEqual([
      { side: 'base', file: 'hooks.md', line: 30 },
      { side: 'revision', file: 'hooks.md', line: 40 },
    ]);
  });

  it('counts breaking and non-breaking changes', () => {
    expect(report.summary).toEqual({ breaking: 1, nonBreaking: 1 });
  });
});
