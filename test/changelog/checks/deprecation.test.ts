import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('deprecations', () => {
  it('reports operations, parameters and body properties that became deprecated (or stopped being), none breaking', () => {
    const report = fixtureChangelog('deprecation');
    expect(brief(report)).toEqual([
      'non-breaking GET /projects/{id}/issues operation-undeprecated',
      'non-breaking GET /projects/{id}/issues request-parameter-deprecated state',
      'non-breaking POST /projects/{id}/issues request-property-deprecated milestone_id',
      'non-breaking GET /projects/{id}/services/kubernetes operation-deprecated',
    ]);
    expect(report.changes[3].source).toEqual({ side: 'revision', file: 'services.md', line: 604 });
  });
});
