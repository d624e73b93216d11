import { describe, expect, test } from 'vitest';
import { parseValueTable } from '../../scripts/parse/value-table.js';
import { nodeOf } from './markdown-node.js';

describe('parseValueTable', () => {
  test('first column, without backticks, each once', () => {
    const table = nodeOf(
      '| Value | Description |\n|-------|-------------|\n| `disabled_and_unoverridable` | Shared runners are disabled. |\n| `disabled_and_overridable` | Overridable |\n| `enabled` | Enabled |\n| `enabled` | again |\n|  | empty |\n',
      'table',
    );
    expect(parseValueTable(table)).toEqual(['disabled_and_unoverridable', 'disabled_and_overridable', 'enabled']);
  });

  test('snippets.md visibility constants (no backticks)', () => {
    const table = nodeOf('| visibility | Description |\n| ---------- | ----------- |\n| private | Snippet is visible only to the snippet creator |\n| internal | Snippet is visible for any logged in user |\n| public | Snippet can be accessed without any authentication |\n', 'table');
    expect(parseValueTable(table)).toEqual(['private', 'internal', 'public']);
  });
});
