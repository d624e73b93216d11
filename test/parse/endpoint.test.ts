import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../scripts/model.js';
import { routeFromCall } from '../../scripts/parse/endpoint.js';
import { parsePage } from '../../scripts/parse/index.js';

const md = (...lines: string[]) => lines.join('\n') + '\n';
const page = (...lines: string[]) => parsePage('x.md', md('# X API', '', ...lines));
const rules = (result: ReturnType<typeof parsePage>) => result.diagnostics.map((d) => `${d.line}:${d.ruleId}`);

const TABLE = ['| Attribute | Type | Required | Description |', '| --- | --- | --- | --- |'];
const curl = (method: string, path: string) => ['```bash', `curl --request ${method} --header "PRIVATE-TOKEN: x" "https://gitlab.example.com/api/v4${path}"`, '```'];

describe('buildEndpoints: what a section documents', () => {
  it('dispatches parameter, response-attribute, value and key tables', () => {
    const result = page(
      '## New group', '', '```plaintext', 'POST /groups', '```', '', 'Parameters:', '',
      ...TABLE,
      '| `name` | string | yes | The name of the group. |',
      '| `default_branch_protection` | integer | no | See options. |',
      '| `default_branch_protection_defaults` | hash | no | See options. |', '',
      'If successful, returns [`201 Created`](rest/index.md#status-codes) and the following response attributes:', '',
      '| Attribute | Type | Description |', '| --- | --- | --- |', '| `id` | integer | ID of the group. |', '',
      '### Options for `default_branch_protection`', '',
      'The `default_branch_protection` attribute determines who can push:', '',
      '| Value | Description |', '| --- | --- |', '| `0` | No protection. |', '| `2` | Full protection. |', '',
      '### Options for `default_branch_protection_defaults`', '',
      'The `default_branch_protection_defaults` attribute describes the defaults.', '',
      '| Key | Type | Description |', '| --- | --- | --- |', '| `allowed_to_push` | array | Access levels allowed to push. |',
    );
    const [endpoint] = result.page.endpoints;
    expect(endpoint.parameters.map((p) => [p.name, p.type.kind, p.required, p.enum])).toEqual([
      ['name', 'string', true, undefined],
      ['default_branch_protection', 'integer', false, ['0', '2']],
      ['default_branch_protection_defaults', 'object', false, undefined],
    ]);
    expect(endpoint.parameterKeys?.default_branch_protection_defaults?.map((p) => p.name)).toEqual(['allowed_to_push']);
    expect(endpoint.responses.map((r) => [r.status, r.statusFrom, r.attributes.map((a) => a.name)])).toEqual([[201, 'prose', ['id']]]);
    // The values come from the table under the heading (line 27), a note on the row (line 14) says so.
    expect(rules(result)).toEqual(['14:enum-from-reference']);
    expect(endpoint.parameters[1].enumFrom).toMatchObject({ line: 27 });
  });

  it('diagnoses value and key tables that name no parameter (value-table-without-parameter, key-table-without-parameter)', () => {
    const result = page(
      '## Get', '', '```', 'GET /a', '```', '', ...TABLE, '| `scope` | string | no | The scope. |', '',
      'Visibility levels:', '', '| Value | Description |', '| --- | --- |', '| `private` | Private. |', '',
      'Options:', '', '| Key | Type | Description |', '| --- | --- | --- |', '| `x` | string | X. |',
    );
    expect(rules(result)).toEqual(['15:value-table-without-parameter', '21:key-table-without-parameter']);
    expect(result.page.endpoints[0].parameters[0].enum).toBeUndefined();
  });

  it('reads bullet-list parameters, request bodies and responses, and statuses from prose', () => {
    const result = page(
      '## Create', '', 'Returns `201 Created` on success, `400 Bad Request` on bad input.', '', '```', 'POST /hooks', '```', '',
      'Parameters:', '', '- `url` (**required**) - The hook URL', '- `token` (optional) - Secret token', '',
      'Example request body:', '', '```json', '{ "url": "https://example.com" }', '```', '',
      'Example response:', '', '```json', '{ "id": 1, "url": "https://example.com" }', '```',
    );
    const [endpoint] = result.page.endpoints;
    expect(endpoint.parameters.map((p) => [p.name, p.required, p.form])).toEqual([['url', true, 'list'], ['token', false, 'list']]);
    expect(endpoint.requestExamples.map((e) => e.value)).toEqual([{ url: 'https://example.com' }]);
    expect(endpoint.responses.map((r) => [r.status, r.examples.map((e) => e.value)])).toEqual([
      [201, [{ id: 1, url: 'https://example.com' }]],
      [400, []],
    ]);
  });

  it('never takes response attributes or value rows for request parameters', () => {
    const result = page(
      '## Get', '', '```', 'GET /a/:id', '```', '',
      '### Response', '', '| Attribute | Type | Description |', '| --- | --- | --- |', '| `merged_by` | object | Merger. |', '',
      'Status values:', '', '| Value | Description |', '| --- | --- |', '| `opened` | Open. |',
    );
    expect(result.page.endpoints[0].parameters).toEqual([]);
    expect(result.page.endpoints[0].responses[0].attributes.map((a) => a.name)).toEqual(['merged_by']);
  });

  it('gives each route of a multi-route section its own curl examples', () => {
    const result = page('## Both', '', '```', 'GET /a/:id', 'DELETE /b/:id', '```', '', ...curl('GET', '/a/1'), '', ...curl('DELETE', '/b/2'));
    expect(result.page.endpoints.map((e) => [e.method, e.path, e.curlExamples?.map((x) => x.source.line)])).toEqual([
      ['GET', '/a/:id', [10]],
      ['DELETE', '/b/:id', [14]],
    ]);
    expect(rules(result)).toEqual([]);
  });

  it('keeps as curl examples only the calls of the endpoint itself: same method, a path of its route', () => {
    const result = page('## One', '', '```', 'PUT /a/:id', '```', '', ...curl('PUT', '/a/1'), '', ...curl('POST', '/a/1'), '', ...curl('PUT', '/b/1'));
    expect(result.page.endpoints.map((e) => [e.method, e.path, e.curlExamples?.map((x) => x.source.line), e.requestExamples])).toEqual([
      ['PUT', '/a/:id', [9], []],
    ]);
  });
});

describe('buildEndpoints: diagnostics', () => {
  it('endpoint-from-curl-example: a curl example and a parameter table without a signature', () => {
    const result = page(
      '## Enable a deploy key', '', 'Enables a deploy key.', '', ...curl('POST', '/projects/5/deploy_keys/13/enable'), '',
      ...TABLE, '| `id` | integer/string | yes | The project. |', '| `key_id` | integer | yes | The key. |',
    );
    expect(result.page.endpoints.map((e) => [e.method, e.path, e.foundBy, e.parameters.length])).toEqual([
      ['POST', '/projects/:id/deploy_keys/:key_id/enable', 'curl-example', 2],
    ]);
    expect(rules(result)).toEqual(['7:endpoint-from-curl-example']);
    // ok: the same section with its signature
    const ok = page('## Enable', '', '```', 'POST /projects/:id/deploy_keys/:key_id/enable', '```', '', ...curl('POST', '/projects/5/deploy_keys/13/enable'), '', ...TABLE, '| `id` | integer | yes | The project. |');
    expect(ok.page.endpoints[0].foundBy).toBe('signature');
    expect(rules(ok)).toEqual([]);
  });

  it('curl-path-mismatch: a signature whose curl example calls another path', () => {
    const bad = page('## Lint', '', '```', 'POST /lint', '```', '', ...curl('POST', '/ci/lint'));
    expect(rules(bad)).toEqual(['9:curl-path-mismatch']);
    expect(bad.diagnostics[0].reason).toContain('/ci/lint');
    const ok = page('## Lint', '', '```', 'POST /ci/lint', '```', '', ...curl('POST', '/ci/lint'));
    expect(rules(ok)).toEqual([]);
  });

  it('signature-with-api-prefix: a route written with /api/v4 is read without it', () => {
    const bad = page('## Render', '', '```', 'POST /api/v4/markdown', '```');
    expect(bad.page.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /markdown']);
    expect(rules(bad)).toEqual(['6:signature-with-api-prefix']);
    expect(rules(page('## Render', '', '```', 'POST /markdown', '```'))).toEqual([]);
  });

  it('parameters-without-endpoint: a heading with a parameter table but no endpoint', () => {
    const bad = page('## List of settings', '', ...TABLE, '| `after_sign_out_path` | string | no | Where to go. |');
    expect(rules(bad)).toEqual(['3:parameters-without-endpoint']);
    expect(bad.page.endpoints).toEqual([]);
    // ok: untyped `| Parameter | Description |` tables (README pagination) and sections without tables
    const ok = page('## Pagination', '', '| Parameter | Description |', '| --- | --- |', '| `page` | Page number |', '', '## Intro', '', 'Text.');
    expect(rules(ok)).toEqual([]);
  });
});

describe('routeFromCall', () => {
  const param = (name: string, kind: 'integer' | 'id' | 'string' | 'boolean', required = true): Parameter =>
    ({ name, type: { kind }, required, description: '', form: 'table', source: { file: 'x.md', line: 1 } });
  it.each<[string, Parameter[], string | undefined]>([
    ['/projects/5/deploy_keys/13/enable', [param('id', 'id'), param('key_id', 'integer')], '/projects/:id/deploy_keys/:key_id/enable'],
    ['projects/<project_id>/access_tokens/', [param('id', 'id'), param('revoked', 'boolean', false)], '/projects/:id/access_tokens'],
    ['/projects/5/star', [param('star', 'boolean')], undefined],
  ])('%s', (path, parameters, want) => {
    expect(routeFromCall(path, parameters)).toBe(want);
  });
});
