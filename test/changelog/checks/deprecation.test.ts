import { describe, expect, it } from 'vitest';
import { changelog } from '../../../scripts/changelog/index.js';
import { brief, loadFixture } from '../fixture.js';

describe('deprecations', () => {
  it('reports operations, parameters and body properties that became deprecated (or stopped being), none breaking', () => {
    const { base, revision } = loadFixture('deprecation');
    const report = changelog(base, revision);
    expect(brief(report)).toEqual([
      'non-breaking GET /projects/{id}/issues operation-undeprecated',
      'non-breaking GET /projects/{id}/issues request-parameter-deprecated state',
      'non-breaking POST /projects/{id}/issues request-property-deprecated milestone_id',
      'non-breaking GET /projects/{id}/services/kubernetes operation-deprecated',
    ]);
    expect(report.changes[3].source).toEqual({ side: 'revision', file: 'services.md', line: 604 });
  });
});
