import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('operation-id-changed', () => {
  it('reports a renamed operationId as breaking and ignores an operationId given where there was none', () => {
    expect(brief(fixtureChangelog('operation-id'))).toEqual([
      'breaking PUT /projects/{id}/services/buildkite operation-id-changed createEditBuildkiteService -> createEditBuildkiteServiceProjects',
    ]);
  });
});
