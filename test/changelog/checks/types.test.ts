import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('request field type changes', () => {
  it('tells a gained type, a widening, a narrowing and a change apart', () => {
    expect(brief(fixtureChangelog('types'))).toEqual([
      'non-breaking GET /projects/{id}/jobs request-parameter-type-added a unknown -> string',
      'non-breaking GET /projects/{id}/jobs request-parameter-type-added g[] array of unknown -> array of string',
      'non-breaking GET /projects/{id}/jobs request-parameter-type-removed b string -> unknown',
      'non-breaking GET /projects/{id}/jobs request-parameter-type-widened c integer -> integer | string',
      'non-breaking GET /projects/{id}/jobs request-parameter-type-widened d integer -> number',
      'breaking GET /projects/{id}/jobs request-parameter-type-narrowed e integer | string -> integer',
      'breaking GET /projects/{id}/jobs request-parameter-type-narrowed h string -> string (date-time)',
      'breaking GET /projects/{id}/jobs request-parameter-type-narrowed i integer | boolean -> boolean',
      'breaking GET /projects/{id}/jobs request-parameter-type-changed f string -> integer',
      'non-breaking POST /projects/{id}/jobs request-property-type-added p unknown -> boolean',
      'breaking POST /projects/{id}/jobs request-property-type-changed q string -> integer',
    ]);
  });
});
