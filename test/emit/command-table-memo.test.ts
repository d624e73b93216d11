// scripts/emit/command-table-memo.ts: the command table path by path through the memo, equal to
// src/cli/command-table.ts's table, also when a path refers into another path.
import { describe, expect, it } from 'vitest';
import { buildCommandTable } from '../../src/cli/command-table.js';
import { memoCommandTable } from '../../scripts/emit/command-table-memo.js';
import { noMemo } from '../../scripts/emit/memo.js';
import { deepFreeze } from '../../scripts/json-text.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

const spec = (type: string) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/a': { get: { operationId: 'getA', 'x-gitlab-command': 'a get', parameters: [{ $ref: '#/paths/~1b/get/parameters/0' }], responses: {} } },
    '/b': { get: { operationId: 'getB', 'x-gitlab-command': 'b get', parameters: [{ name: 'scope', in: 'query', schema: { type } }], responses: {} } },
  },
}) as unknown as OpenAPIDocument;

describe('memoCommandTable', () => {
  it('is the command table, and a path that reads another path is never taken from the memo', () => {
    const memo = noMemo();
    memoCommandTable(spec('string'), memo);
    const changed = spec('integer');
    const table = memoCommandTable(changed, memo);
    expect(table).toEqual(buildCommandTable(changed as unknown as Record<string, unknown>));
    expect(table.commands.find((c) => c.path === '/a')?.params[0].types).toEqual(['integer']);
  });

  it('of a frozen spec, made once and frozen: the next emitter gets the same table, whatever its memo', () => {
    const frozen = deepFreeze(spec('string'));
    const first = noMemo();
    const table = memoCommandTable(frozen, first);
    const second = noMemo();
    expect(memoCommandTable(frozen, second)).toBe(table);
    expect([first.made, second.made]).toEqual([1, 0]); // /b through the memo (/a reads /b: made outside it)
    expect(Object.isFrozen(table.commands[0].params)).toBe(true);
    // An unfrozen spec gets a table of its own each time.
    const open = spec('string');
    expect(memoCommandTable(open, noMemo())).not.toBe(memoCommandTable(open, noMemo()));
  });
});
