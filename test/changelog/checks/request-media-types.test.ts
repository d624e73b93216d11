import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('request-body-media-type-{added,removed}', () => {
  it('breaks when a body encoding is no longer accepted, and says nothing of encodings of a body that just appeared', () => {
    expect(brief(fixtureChangelog('request-media-types'))).toEqual([
      'non-breaking POST /projects/{id}/labels request-property-added-optional name',
      'non-breaking POST /projects/{id}/uploads request-property-added-optional file',
      'breaking POST /projects/{id}/uploads request-body-media-type-removed application/json application/json -> ',
      'breaking POST /projects/{id}/uploads request-body-media-type-removed application/x-www-form-urlencoded application/x-www-form-urlencoded -> ',
      'non-breaking POST /projects/{id}/uploads request-body-media-type-added multipart/form-data  -> multipart/form-data',
    ]);
  });
});
