import { describe, expect, test } from 'vitest';
import { parseKeyTable } from '../../scripts/parse/key-table.js';
import { nodeOf } from './markdown-node.js';

describe('parseKeyTable', () => {
  test('the sub-keys of a hash parameter, optional, with types (current groups.md form)', () => {
    const table = nodeOf(
      [
        '| Key | Type | Description |',
        '| --- | ---- | ----------- |',
        '| `allowed_to_push` | array | An array of access levels allowed to push. Supports Developer (30) or Maintainer (40). |',
        '| `allow_force_push` | boolean | Allow force push for all users with push access. |',
        '| `developer_can_initial_push` | boolean | Allow developers to initial push. |',
      ].join('\n'),
      'table',
    );
    const { parameters, diagnostics } = parseKeyTable(table, 'g.md');
    expect(parameters.map((p) => [p.name, p.type.kind, p.required, p.source.line])).toEqual([
      ['allowed_to_push', 'array', false, 3],
      ['allow_force_push', 'boolean', false, 4],
      ['developer_can_initial_push', 'boolean', false, 5],
    ]);
    expect(diagnostics).toEqual([]);
  });
});
