import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchemaObject } from '../../scripts/openapi-document.js';
import { mergeSchemas } from '../../scripts/openapi/merge-schemas.js';
import { leafSchema } from '../../scripts/openapi/entities/leaf.js';
import { validates } from './validate-json-schema.js';

const s = (schema: object) => schema as SchemaObject;

/** What the entity pass merges with mergeSchemas: the schemas of leaf values, and `null`. */
const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const schemaOf = (value: unknown) => s(value === null ? { type: ['null'] } : { ...leafSchema(value) });

describe('mergeSchemas', () => {
  it.each<[string, object, object, object]>([
    ['the same type', { type: 'string' }, { type: 'string' }, { type: 'string' }],
    ['a null makes the other nullable', { type: 'string' }, { type: ['null'] }, { type: ['string', 'null'] }],
    ['null first, still last in the list', { type: ['null'] }, { type: 'integer' }, { type: ['integer', 'null'] }],
    ['integer and number give number', { type: 'integer' }, { type: 'number' }, { type: 'number' }],
    ['two scalar types', { type: 'integer' }, { type: 'string' }, { type: ['integer', 'string'] }],
    ['the same format is kept', { type: 'string', format: 'date' }, { type: 'string', format: 'date' }, { type: 'string', format: 'date' }],
    ['different formats are dropped', { type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }, { type: 'string' }],
    ['a format against a plain string is dropped', { type: 'string', format: 'date-time' }, { type: 'string' }, { type: 'string' }],
    ['a format against null is kept', { type: 'string', format: 'date-time' }, { type: ['null'] }, { type: ['string', 'null'], format: 'date-time' }],
    ['no type information is no observation', {}, { type: 'integer' }, { type: 'integer' }],
    ['an empty array learns its items', { type: 'array', items: {} }, { type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'string' } }],
    ['a description alone adds to the other side', { description: 'ID of the user.' }, { type: 'integer' }, { type: 'integer', description: 'ID of the user.' }],
    ['the left description wins', { type: 'integer', description: 'left' }, { type: 'integer', description: 'right' }, { type: 'integer', description: 'left' }],
    ['properties: union in order of first appearance, required: intersection',
      { type: 'object', properties: { b: { type: 'integer' }, a: { type: 'string' } }, required: ['b', 'a'] },
      { type: 'object', properties: { c: { type: 'boolean' }, a: { type: ['null'] } }, required: ['c', 'a'] },
      { type: 'object', properties: { b: { type: 'integer' }, a: { type: ['string', 'null'] }, c: { type: 'boolean' } }, required: ['a'] }],
    ['an object without known keys does not drop the other side\'s required',
      { type: 'object' },
      { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
      { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] }],
    ['a nullable object', { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] }, { type: ['null'] },
      { type: ['object', 'null'], properties: { id: { type: 'integer' } }, required: ['id'] }],
    ['what it does not understand ends in anyOf', { $ref: '#/components/schemas/User' }, { type: 'string' },
      { anyOf: [{ $ref: '#/components/schemas/User' }, { type: 'string' }] }],
    ['anyOf is flattened', { anyOf: [{ enum: ['a'] }, { type: 'string' }] }, { enum: ['b'] },
      { anyOf: [{ enum: ['a'] }, { type: 'string' }, { enum: ['b'] }] }],
  ])('merges: %s', (_name, a, b, want) => {
    expect(mergeSchemas(s(a), s(b))).toEqual(want);
  });

  it('does not change its arguments', () => {
    const a = { type: 'object', properties: { x: { type: 'integer' } }, required: ['x'] };
    const b = { type: 'object', properties: { x: { type: 'string' } } };
    const before = JSON.stringify([a, b]);
    mergeSchemas(s(a), s(b));
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('accepts every value either side accepts', () => {
    fc.assert(
      fc.property(leaf, leaf, (x, y) => {
        const merged = mergeSchemas(schemaOf(x), schemaOf(y));
        expect(validates(merged, x)).toBe(true);
        expect(validates(merged, y)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is commutative up to order on the types it infers', () => {
    const norm = (schema: unknown): unknown => JSON.parse(JSON.stringify(schema, (_k, v: unknown) => {
      if (Array.isArray(v) && v.every((e) => typeof e === 'string')) return [...v].sort();
      if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([p], [q]) => p.localeCompare(q)));
      return v;
    }));
    fc.assert(
      fc.property(leaf, leaf, (x, y) => {
        const a = schemaOf(x);
        const b = schemaOf(y);
        expect(norm(mergeSchemas(a, b))).toEqual(norm(mergeSchemas(b, a)));
      }),
      { numRuns: 200 },
    );
  });
});
