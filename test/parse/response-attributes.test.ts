import { describe, expect, test } from 'vitest';
import { parseResponseAttributeTable } from '../../scripts/parse/response-attributes.js';
import { nodeOf } from './markdown-node.js';

describe('parseResponseAttributeTable', () => {
  test('nested names, types and descriptions (current merge_requests.md form)', () => {
    const table = nodeOf(
      [
        '| Attribute | Type | Description |',
        '| --------- | ---- | ----------- |',
        '| `[].id` | integer | ID of the merge request. |',
        '| `[].merged_by` | object | Deprecated: Use `merge_user` instead. |',
        '| `commit.author_email` | string | Email of the author.<br>Can be empty. |',
        '| `commits[].id` | string |',
      ].join('\n'),
      'table',
    );
    const { attributes, diagnostics } = parseResponseAttributeTable(table, 'r.md');
    expect(attributes).toEqual([
      { name: '[].id', type: { kind: 'integer', raw: 'integer' }, description: 'ID of the merge request.', source: { file: 'r.md', line: 3, column: 1 } },
      // "Deprecated: ..." marks the field deprecated, as it does a parameter.
      { name: '[].merged_by', type: { kind: 'object', raw: 'object' }, description: 'Deprecated: Use `merge_user` instead.', deprecated: true, source: { file: 'r.md', line: 4, column: 1 } },
      { name: 'commit.author_email', type: { kind: 'string', raw: 'string' }, description: 'Email of the author.\nCan be empty.', source: { file: 'r.md', line: 5, column: 1 } },
      { name: 'commits[].id', type: { kind: 'string', raw: 'string' }, description: '', source: { file: 'r.md', line: 6, column: 1 } },
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['6:missing-cell']);
  });

  test('an unknown type is reported', () => {
    const table = nodeOf('| Attribute | Type | Description |\n| - | - | - |\n| `x` | thing | X |\n', 'table');
    const { attributes, diagnostics } = parseResponseAttributeTable(table, 'r.md');
    expect(attributes[0].type).toEqual({ kind: 'unknown', raw: 'thing' });
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['3:unknown-type']);
  });
});
