import { describe, expect, it } from 'vitest';
import type { Json } from '../../scripts/json-ref.js';
import { compareTypes, enumValues, schemaType, typeText } from '../../scripts/changelog/schema-type.js';

const doc: Json = { components: { schemas: { Id: { type: ['integer', 'string'] }, Loop: { $ref: '#/components/schemas/Loop' } } } };
const t = (schema: Json) => schemaType(schema, doc);

describe('schemaType / typeText', () => {
  it.each([
    [{}, 'unknown'],
    [{ description: 'no type' }, 'unknown'],
    [{ type: 'string' }, 'string'],
    [{ type: ['integer', 'string'] }, 'integer | string'],
    [{ $ref: '#/components/schemas/Id' }, 'integer | string'],
    [{ $ref: '#/components/schemas/Loop' }, 'unknown'],
    [{ $ref: '#/components/schemas/Missing' }, 'unknown'],
    [{ type: 'string', format: 'date-time' }, 'string (date-time)'],
    [{ type: 'array', items: { type: 'integer' } }, 'array of integer'],
    [{ anyOf: [{ type: 'integer' }, { type: 'array', items: { type: 'string' } }] }, 'integer | array of string'],
    [{ anyOf: [{ type: 'integer' }, {}] }, 'unknown'],
  ] as [Json, string][])('%j reads as %s', (schema, text) => {
    expect(typeText(t(schema))).toBe(text);
  });
});

describe('compareTypes', () => {
  it.each([
    [{}, {}, 'same'],
    [{ type: 'string' }, { type: 'string' }, 'same'],
    [{ type: ['string', 'integer'] }, { type: ['integer', 'string'] }, 'same'],
    [{}, { type: 'string' }, 'added'],
    [{ type: 'array', items: {} }, { type: 'array', items: { type: 'integer' } }, 'added'],
    [{ type: 'string' }, {}, 'removed'],
    [{ type: 'integer' }, { type: ['integer', 'string'] }, 'widened'],
    [{ type: 'integer' }, { type: 'number' }, 'widened'],
    [{ type: 'string', format: 'date' }, { type: 'string' }, 'widened'],
    [{ type: ['integer', 'string'] }, { type: 'integer' }, 'narrowed'],
    [{ type: 'array', items: { type: 'number' } }, { type: 'array', items: { type: 'integer' } }, 'narrowed'],
    [{ type: 'string' }, { type: 'boolean' }, 'changed'],
    [{ type: 'array', items: { type: 'string' } }, { type: 'string' }, 'changed'],
  ] as [Json, Json, string][])('%j -> %j is %s', (before, after, want) => {
    expect(compareTypes(t(before), t(after))).toBe(want);
  });
});

describe('enumValues', () => {
  it('reads the enum of a schema or of its array items, as text', () => {
    expect(enumValues({ type: 'string', enum: ['a', 'b'] }, doc)).toEqual(['a', 'b']);
    expect(enumValues({ type: 'integer', enum: [1, 2] }, doc)).toEqual(['1', '2']);
    expect(enumValues({ type: 'array', items: { enum: ['x'] } }, doc)).toEqual(['x']);
    expect(enumValues({ type: 'string' }, doc)).toBeUndefined();
  });
});
