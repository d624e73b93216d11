import { describe, expect, it } from 'vitest';
import type { Observation, Value } from '../../../scripts/openapi/entities/types.js';
import { unifyEntity, valueSchema } from '../../../scripts/openapi/entities/unify.js';

const site = { operation: 'GET /x', status: 200, pointer: '', source: { file: 'test.md', line: 3 } };
const leaf = (type: string, format?: string): Value => ({ kind: 'leaf', schema: format ? { type, format } : { type } });
const NULL: Value = { kind: 'null' };
const object = (id: number): Value => ({ kind: 'object', id });
const row = (type: object, extra: Partial<Extract<Value, { kind: 'row' }>> = {}): Value => ({ kind: 'row', schema: type as Record<string, unknown>, source: site.source, ...extra });
const observation = (id: number, props: [string, Value][], partial = false): Observation => ({ id, props, partial, site });

// Each object observation stands for an entity named after its id (one shared object per id, as buildEntities gives).
const refs = new Map<number, object>();
const refTo = (id: number) => {
  if (!refs.has(id)) refs.set(id, { $ref: `#/components/schemas/E${id}` });
  return refs.get(id) as Record<string, unknown>;
};

describe('valueSchema', () => {
  it.each<[string, Value[], object, boolean]>([
    ['one type', [leaf('integer'), leaf('integer')], { type: 'integer' }, false],
    ['null beside a type: nullable', [leaf('string', 'date-time'), NULL], { type: ['string', 'null'], format: 'date-time' }, false],
    ['only null: no type at all, never type null', [NULL, NULL], {}, true],
    ['an entity, nullable', [object(7), NULL], { anyOf: [{ $ref: '#/components/schemas/E7' }, { type: 'null' }] }, false],
    ['an entity', [object(7), object(7)], { $ref: '#/components/schemas/E7' }, false],
    ['two entities', [object(7), object(8)], { anyOf: [{ $ref: '#/components/schemas/E7' }, { $ref: '#/components/schemas/E8' }] }, false],
    ['a list of entities, its elements pooled', [{ kind: 'array', items: [object(7)] }, { kind: 'array', items: [] }],
      { type: 'array', items: { $ref: '#/components/schemas/E7' } }, false],
    ['an empty list learns nothing', [{ kind: 'array', items: [] }], { type: 'array', items: {} }, false],
    ['a table row types what the examples only show null (merged_by in merge_requests.md:742)',
      [NULL, row({ type: 'object' }, { description: 'User who merged this merge request.' })],
      { type: ['object', 'null'], description: 'User who merged this merge request.' }, false],
    ['a row saying object adds nothing to an entity, but its description and deprecation',
      [object(7), row({ type: 'object' }, { description: 'Deprecated: use `merge_user`.', deprecated: true })],
      { $ref: '#/components/schemas/E7', description: 'Deprecated: use `merge_user`.', deprecated: true }, false],
    ['a row of a scalar type is merged with the examples', [leaf('string'), row({ type: 'string', format: 'date-time' })], { type: 'string' }, false],
    // docs-versions/current/discussions.md:70-71: `notes` (array) and `notes[].id` rows: the row's `of`
    // is the list its sub-rows describe, read as that value (with the row's description).
    ['a row with sub-rows is the value they describe', [row({ type: 'array' }, { description: 'Array of note objects in the discussion.', of: { kind: 'array', items: [object(7)] } })],
      { type: 'array', items: { $ref: '#/components/schemas/E7' }, description: 'Array of note objects in the discussion.' }, false],
    ['an array row types the items the examples leave empty', [{ kind: 'array', items: [] }, row({ type: 'array', items: { type: 'string' } })],
      { type: 'array', items: { type: 'string' } }, false],
  ])('%s', (_name, values, want, nullOnly) => {
    expect(valueSchema(values, refTo)).toEqual({ schema: want, nullOnly });
  });

  it('two equal inline objects appear once', () => {
    const inline = (id: number) => (id === 1 ? { type: 'object' } : { type: 'object' });
    expect(valueSchema([object(1), object(2)], inline).schema).toEqual({ type: 'object' });
  });
});

describe('unifyEntity', () => {
  it('required: only what every example object has; partial ones (tables, complements) do not count', () => {
    const { schema } = unifyEntity([
      observation(0, [['id', leaf('integer')], ['title', leaf('string')], ['milestone', NULL]]),
      observation(1, [['id', leaf('integer')], ['milestone', object(9)], ['closed_at', leaf('string', 'date-time')]]),
      observation(2, [['id', row({ type: 'integer' }, { description: 'ID of the issue.' })], ['weight', row({ type: 'integer' })]], true),
    ], refTo);
    expect(schema).toEqual({
      type: 'object',
      properties: {
        id: { type: 'integer', description: 'ID of the issue.' },
        title: { type: 'string' },
        milestone: { anyOf: [{ $ref: '#/components/schemas/E9' }, { type: 'null' }] },
        closed_at: { type: 'string', format: 'date-time' },
        weight: { type: 'integer' },
      },
      required: ['id', 'milestone'],
    });
  });

  it('reports the properties only ever shown as null, with where they were first seen', () => {
    const first = observation(0, [['id', leaf('integer')], ['merge_commit_sha', NULL]]);
    const { schema, nullOnly } = unifyEntity([first, observation(1, [['id', leaf('integer')], ['merge_commit_sha', NULL]])], refTo);
    expect((schema.properties as Record<string, unknown>).merge_commit_sha).toEqual({});
    expect(nullOnly).toEqual([{ key: 'merge_commit_sha', observation: first }]);
  });

  it('an entity seen only in a table requires nothing', () => {
    expect(unifyEntity([observation(0, [['id', row({ type: 'integer' })]], true)], refTo).schema).toEqual({ type: 'object', properties: { id: { type: 'integer' } } });
  });

  it('`__proto__` is an ordinary property name', () => {
    const { schema } = unifyEntity([observation(0, [['__proto__', leaf('string')], ['constructor', leaf('integer')]])], refTo);
    expect(Object.keys(schema.properties as object)).toEqual(['__proto__', 'constructor']);
  });
});
