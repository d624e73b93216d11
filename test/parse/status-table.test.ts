import { describe, expect, test } from 'vitest';
import { isStatusTable, parseStatusTable } from '../../scripts/parse/status-table.js';
import { readSectionContent } from '../../scripts/parse/section-content.js';
import { nodeOf, parseMarkdown } from './markdown-node.js';

// current merge_requests.md:2486-2493, "Merge a merge request"
const MERGE = [
  'This API returns specific HTTP status codes on failure:',
  '',
  '| HTTP Status | Message                                    | Reason |',
  '|-------------|--------------------------------------------|--------|',
  '| `401`       | `401 Unauthorized`                         | This user does not have permission to accept this merge request. |',
  '| `405`       | `405 Method Not Allowed`                   | The merge request cannot merge. |',
  '| `409`       | `SHA does not match HEAD of source branch` | The provided `sha` parameter does not match the HEAD of the source. |',
  '| `422`       | `Branch cannot be merged`                  | The merge request failed to merge. |',
].join('\n');

describe('status tables', () => {
  test('a `| HTTP Status | Message | Reason |` table gives one status per row, described by its reason', () => {
    const rows = parseStatusTable(nodeOf(MERGE, 'table'), 'merge_requests.md');
    expect(rows.map((r) => [r.status, r.description, r.source.line])).toEqual([
      [401, 'This user does not have permission to accept this merge request.', 5],
      [405, 'The merge request cannot merge.', 6],
      [409, 'The provided `sha` parameter does not match the HEAD of the source.', 7],
      [422, 'The merge request failed to merge.', 8],
    ]);
  });

  test('11.x `| Status | Description |` (jobs.md) is one too; a table of words under Status is not', () => {
    expect(isStatusTable(nodeOf('| Status | Description |\n|---|---|\n| 200 | Serves the artifacts file |\n| 404 | Build not found |', 'table'))).toBe(true);
    expect(isStatusTable(nodeOf('| Status | Description |\n|---|---|\n| `running` | The job runs |', 'table'))).toBe(false);
    expect(isStatusTable(nodeOf('| Attribute | Type | Required | Description |\n|---|---|---|---|\n| `id` | integer | yes | 200 |', 'table'))).toBe(false);
    // 299 is no registered status: not a table of statuses
    expect(isStatusTable(nodeOf('| Code | Description |\n|---|---|\n| 299 | Odd |', 'table'))).toBe(false);
  });

  test('a section reads the statuses (an example then belongs to the success one) and no parameter from the table', () => {
    // current merge_requests.md:2660-2675, "Merge to default merge ref path"
    const md = [
      '| Attribute | Type | Required | Description |', '|---|---|---|---|', '| `id` | integer or string | Yes | The ID |', '',
      'This API returns specific HTTP status codes:', '',
      '| HTTP Status | Message                          | Reason |',
      '|-------------|----------------------------------|--------|',
      '| `200`       | _(none)_                         | Success. Returns the HEAD commit of `refs/merge-requests/:iid/merge`. |',
      '| `400`       | `Merge request is not mergeable` | The merge request has conflicts. |',
      '| `400`       | `Merge ref cannot be updated`    |        |', '',
      'Example response:', '', '```json', '{ "commit_id": "854a3a7a" }', '```',
    ].join('\n');
    const content = readSectionContent(parseMarkdown(md).children, 'Merge to default merge ref path', { file: 'mr.md', text: md });
    expect(content.parameters.map((p) => p.name)).toEqual(['id']);
    expect(content.responses.map((r) => [r.status, r.statusFrom, r.description, r.examples.length])).toEqual([
      [200, 'prose', 'Success. Returns the HEAD commit of `refs/merge-requests/:iid/merge`.', 1],
      [400, 'prose', 'The merge request has conflicts.', 0],
    ]);
  });
});
