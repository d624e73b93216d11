import { describe, expect, test } from 'vitest';
import { classifyTable } from '../../scripts/parse/table.js';
import { nodeOf } from './markdown-node.js';

/** A one-row table: header, delimiter row with as many columns, the row. */
const table = (header: string, row: string) => {
  const columns = header.split('|').length - 2;
  return nodeOf(`${header}\n|${' --- |'.repeat(columns)}\n${row}\n`, 'table');
};

const cases: [string, string, string, string, ReturnType<typeof classifyTable>][] = [
  ['11.x parameter table', '| Attribute | Type | Required | Description |', '| `id` | integer | yes | The ID |', 'Parameters:', 'parameters'],
  ['no lead (straight after the signature)', '| Attribute | Type | Required | Description |', '| `id` | integer | yes | The ID |', '', 'parameters'],
  ['Parameter first column (services.md)', '| Parameter | Type | Required | Description |', '| `token` | string | true | The token |', 'Parameters:', 'parameters'],
  ['Name first column', '| Name | Type | Required | Description |', '| `id` | integer | yes | The ID |', '', 'parameters'],
  ['lower-case headers', '| attribute | type | required | description |', '| `id` | integer | yes | The ID |', '', 'parameters'],
  ['lower-case required (project_access_tokens.md)', '| Attribute | Type | required | Description |', '| `id` | integer | yes | The ID |', '', 'parameters'],
  ['actions[] sub-attributes (commits.md)', '| `actions[]` Attribute | Type | Required | Description |', '| `action` | string | yes | The action |', '', 'parameters'],
  ['missing Type column', '| Attribute | Required | Description |', '| `id` | yes | The ID |', 'Parameters:', 'parameters'],
  ['missing Required column, introduced as attributes', '| Attribute | Type | Description |', '| `id` | integer | The ID |', 'Supported attributes:', 'parameters'],
  ['response attributes after the sentence', '| Attribute | Type | Description |', '| `id` | integer | The ID |', 'If successful, returns 200 OK and the following response attributes:', 'response-attributes'],
  ['response attributes under a Response heading', '| Attribute | Type | Description |', '| `[].merged_by` | object | Who merged |', 'Response', 'response-attributes'],
  ['dotted response fields without a lead', '| Attribute | Type | Description |', '| `commit.author_email` | string | Email |', '', 'response-attributes'],
  ['value table', '| Value | Description |', '| `0` | No protection |', 'The `default_branch_protection` attribute determines ...', 'values'],
  ['visibility constants (snippets.md)', '| Visibility | Description |', '| `private` | Only the author |', 'Constants for snippet visibility levels are:', 'values'],
  ['hash keys', '| Key | Type | Description |', '| `allow_force_push` | boolean | Allow force push |', 'protection defaults. All parameters are optional.', 'keys'],
  ['status table', '| HTTP Status | Message | Reason |', '| `409` | SHA does not match | The sha |', 'This API returns specific HTTP status codes:', 'statuses'],
  ['job status table', '| Status | Description |', '| 200 | Serves the artifacts file |', 'Response:', 'statuses'],
  ['a Status column that holds no codes', '| Status | Description |', '| `running` | The job runs |', 'Statuses:', 'other'],
  ['deprecation table', '| Deprecated attribute | Alternative |', '| `tag_list` | `topics` |', 'Use the alternative attributes instead.', 'other'],
  ['SHA field table', '| SHA field | Purpose |', '| `base_sha` | The merge base |', 'SHAs in the API response', 'other'],
  ['README request types', '| Request type | Description |', '| `GET` | Access resources |', 'The following table gives an overview', 'other'],
  ['README headers', '| Header | Description |', '| `X-Total` | The total number of items |', 'Additional pagination headers are also sent back.', 'other'],
];

describe('classifyTable', () => {
  test.each(cases)('%s', (_name, header, row, lead, want) => {
    expect(classifyTable(table(header, row), lead)).toBe(want);
  });
});
