import { describe, expect, it } from 'vitest';
import { changelog } from '../../../scripts/changelog/index.js';
import { brief, loadFixture } from '../fixture.js';

describe('operation-id-changed', () => {
  it('reports a renamed operationId as breaking and ignores an operationId given where there was none', () => {
    const { base, revision } = loadFixture('operation-id');
    expect(brief(changelog(base, revision))).toEqual([
      'breaking PUT /projects/{id}/services/buildkite operation-id-changed createEditBuildkiteService -> createEditBuildkiteServiceProjects',
    ]);
  });
});
