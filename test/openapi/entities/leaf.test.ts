import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafSchema, stringFormat } from '../../../scripts/openapi/entities/leaf.js';
import { validates } from '../validate-json-schema.js';

describe('leafSchema', () => {
  it.each<[string, unknown, object]>([
    ['an integer', 42, { type: 'integer' }],
    ['a number', 2.5, { type: 'number' }],
    ['a boolean', false, { type: 'boolean' }],
    ['a plain string', 'master', { type: 'string' }],
    ['a date-time', '2012-05-23T08:00:58Z', { type: 'string', format: 'date-time' }],
    ['a date-time with milliseconds and an offset', '2016-01-19T08:40:25.934+01:00', { type: 'string', format: 'date-time' }],
    ['a date', '2018-03-01', { type: 'string', format: 'date' }],
    ['an impossible date as a plain string', '2018-02-30', { type: 'string' }],
    ['a date-time without an offset as a plain string', '2012-05-23T08:00:58', { type: 'string' }],
    ['a version as a plain string', '11.0', { type: 'string' }],
    ['not a JSON value: no claim', undefined, {}],
  ])('infers %s', (_name, value, want) => {
    expect(leafSchema(value)).toEqual(want);
    if (value !== undefined) expect(validates(want, value)).toBe(true);
  });

  it('shares one frozen schema per kind: equal leaves are the same object', () => {
    expect(leafSchema(1)).toBe(leafSchema(2));
    expect(leafSchema('2018-03-01')).toBe(leafSchema('2019-12-31'));
    expect(leafSchema('a')).not.toBe(leafSchema('2018-03-01'));
    expect(Object.isFrozen(leafSchema(true))).toBe(true);
  });

  it('gives a schema every leaf value validates against', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (value) => {
        expect(validates(leafSchema(value), value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stringFormat', () => {
  it('marks only strings that pass the format checks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (text) => {
        const format = stringFormat(text);
        if (format) expect(validates({ type: 'string', format }, text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
