import { describe, expect, it } from 'vitest';
import { matchFields } from '../../../scripts/changelog/checks/field-pairs.js';
import type { Field, OperationDiff } from '../../../scripts/changelog/diff.js';

const field = (name: string, description: string, location: Field['location'] = 'query'): Field => ({
  location,
  name,
  required: false,
  type: { kind: 'known', atoms: [{ t: 'string' }] },
  description,
  deprecated: false,
});

const op = (removed: Field[], added: Field[]): OperationDiff => ({ fields: [...removed.map((base) => ({ base })), ...added.map((revision) => ({ revision }))], responses: [] });

describe('matchFields (rename evidence)', () => {
  it('pairs one removed and one added field with the same place, type and description', () => {
    const result = matchFields(op([field('search', 'Search issues')], [field('query', 'Search issues')]));
    expect(result.matched.map((m) => [m.base.name, m.revision.name, m.renamed])).toEqual([['search', 'query', true]]);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });

  it.each([
    ['two candidates', [field('a', 'Same'), field('b', 'Same')], [field('c', 'Same')]],
    ['another description', [field('a', 'One')], [field('b', 'Two')]],
    ['no description', [field('a', '')], [field('b', '')]],
    ['another location', [field('a', 'Same', 'query')], [field('b', 'Same', 'body')]],
    ['another parent object', [field('x[a]', 'Same', 'body')], [field('y[a]', 'Same', 'body')]],
  ])('sees no rename with %s', (_, removed, added) => {
    const result = matchFields(op(removed, added));
    expect(result.matched).toEqual([]);
    expect(result.removed).toHaveLength(removed.length);
    expect(result.added).toHaveLength(added.length);
  });
});
