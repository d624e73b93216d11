import { describe, expect, it } from 'vitest';
import { brief, fixtureChangelog } from '../fixture.js';

describe('enum changes', () => {
  it('breaks on a removed value or a new restriction, not on an added value or a lifted one', () => {
    expect(brief(fixtureChangelog('enums'))).toEqual([
      'non-breaking GET /issues request-parameter-enum-value-added state  -> all',
      'breaking GET /issues request-parameter-enum-value-removed labels[] b -> ',
      'breaking GET /issues request-parameter-enum-value-removed order_by priority -> ',
      'breaking GET /issues request-parameter-enum-added scope  -> created_by_me, assigned_to_me',
      'non-breaking GET /issues request-parameter-enum-removed sort asc, desc -> ',
      'non-breaking POST /issues request-property-enum-value-added visibility  -> internal',
    ]);
  });
});
