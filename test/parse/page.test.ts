import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';

const md = (...lines: string[]) => lines.join('\n') + '\n';
const rules = (text: string, file = 'x.md') => parsePage(file, text).diagnostics.map((d) => `${d.line}:${d.ruleId}`);

describe('parsePage: the page', () => {
  it('takes title, metadata and availability from front matter and a Hugo details block', () => {
    const { page, diagnostics } = parsePage('group_access_tokens.md', md(
      '---', 'stage: Software Supply Chain Security', 'title: Group access tokens API', '---', '',
      '{{< details >}}', '', '- Tier: Free, Premium, Ultimate', '- Offering: GitLab.com, GitLab Self-Managed', '', '{{< /details >}}', '',
      'Use this API to interact with group access tokens.', '',
      '## List tokens', '', '```plaintext', 'GET groups/:id/access_tokens', '```',
    ));
    expect(page.title).toBe('Group access tokens');
    expect(page.metadata).toEqual({ stage: 'Software Supply Chain Security', title: 'Group access tokens API' });
    expect(page.availability).toEqual({ tier: ['Free', 'Premium', 'Ultimate'], offering: ['GitLab.com', 'GitLab Self-Managed'] });
    expect(page.description).toBe('Use this API to interact with group access tokens.');
    expect(page.endpoints.map((e) => [e.method, e.path, e.source.line, e.availability?.tier])).toEqual([
      ['GET', '/groups/:id/access_tokens', 18, ['Free', 'Premium', 'Ultimate']],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('takes the title from the H1 when front matter has no title, and keeps DETAILS: and history out of the intro', () => {
    const { page } = parsePage('merge_requests.md', md(
      '---', 'description: "Documentation for the REST API for merge requests in GitLab."', '---', '',
      '# Merge requests API', '', 'DETAILS:', '**Tier:** Free, Premium, Ultimate', '**Offering:** GitLab.com', '',
      '> - `reference` deprecated in GitLab 12.7.', '> - `merge_after` introduced in GitLab 17.5.', '',
      'All API calls to non-public information require authentication.',
    ));
    expect(page.title).toBe('Merge requests');
    expect(page.source.line).toBe(5);
    expect(page.metadata).toEqual({ description: 'Documentation for the REST API for merge requests in GitLab.' });
    expect(page.availability).toEqual({ tier: ['Free', 'Premium', 'Ultimate'], offering: ['GitLab.com'] });
    expect(page.description).toBe('All API calls to non-public information require authentication.');
    expect(page.mentionedVersion).toBe('17.5');
  });

  it('reads a page whose only signature sits right under the H1 (version.md)', () => {
    const { page } = parsePage('version.md', md('# Version API', '', 'Retrieve version information.', '', '```', 'GET /version', '```'));
    expect(page.endpoints.map((e) => [e.method, e.path, e.heading, e.description])).toEqual([['GET', '/version', 'Version API', 'Retrieve version information.']]);
  });

  it('diagnoses a page without title (missing-title), and not one with an H1', () => {
    expect(rules('')).toEqual(['1:missing-title']);
    expect(rules('Some text.\n')).toEqual(['1:missing-title']);
    expect(rules('# Title\n')).toEqual([]);
  });

  it('diagnoses an unterminated code block where it opens (unterminated-code-block)', () => {
    expect(rules(md('# T', '', '## Get', '', '```', 'GET /a', '```', '', '```json', '{"a": 1}'))).toEqual(['9:unterminated-code-block']);
    expect(rules(md('# T', '', '## Get', '', '```', 'GET /a', '```', '', '```json', '{"a": 1}', '```'))).toEqual([]);
  });

  it('never throws on binary input', () => {
    const result = parsePage('bin.md', '\u0000\u0001\u0002PNG\r\n\u001a\n\u0000');
    expect(result.page.endpoints).toEqual([]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['missing-title']);
  });
});

describe('parsePage: sections', () => {
  it('keeps heading paths and merges signature-less subsections into the endpoint above', () => {
    const { page } = parsePage('x.md', md(
      '# X API', '', '## Issues', '', 'Group intro.', '',
      '### List issues', '', 'Get issues.', '', '```', 'GET /issues', 'GET /issues?state=opened', '```', '',
      '#### Response', '', 'If successful, returns [`200 OK`](rest/index.md#status-codes) and the following response attributes:', '',
      '| Attribute | Type | Description |', '| --- | --- | --- |', '| `[].id` | integer | ID of the issue. |', '',
      '## Other', '', '```', 'POST /other', '```',
    ));
    const [list, other] = page.endpoints;
    expect(list).toMatchObject({ heading: 'List issues', headingPath: ['Issues', 'List issues'], queryExamples: ['state=opened'], description: 'Get issues.' });
    expect(list.parameters).toEqual([]);
    expect(list.responses.map((r) => [r.status, r.statusFrom, r.attributes.map((a) => a.name)])).toEqual([[200, 'prose', ['[].id']]]);
    expect(other).toMatchObject({ method: 'POST', path: '/other', headingPath: ['Other'] });
  });

  it('reads section-level availability in both syntaxes, inheriting the page’s', () => {
    const { page } = parsePage('x.md', md(
      '# X', '', 'DETAILS:', '**Tier:** Free, Premium, Ultimate', '**Offering:** GitLab.com', '',
      '## A', '', 'DETAILS:', '**Tier:** Premium, Ultimate', '', '```', 'GET /a', '```', '',
      '## B', '', '{{< details >}}', '', '- Tier: Ultimate', '- Status: Beta', '', '{{< /details >}}', '', '```plaintext', 'GET /b', '```', '',
      '## C', '', '```', 'GET /c', '```',
    ));
    expect(page.endpoints.map((e) => [e.path, e.availability])).toEqual([
      ['/a', { tier: ['Premium', 'Ultimate'], offering: ['GitLab.com'] }],
      ['/b', { tier: ['Ultimate'], offering: ['GitLab.com'], status: 'Beta' }],
      ['/c', { tier: ['Free', 'Premium', 'Ultimate'], offering: ['GitLab.com'] }],
    ]);
  });

  it('never reads history lists as parameters nor keeps them in descriptions; keeps alerts as prose', () => {
    const { page } = parsePage('x.md', md(
      '# X', '', '## Create', '', '{{< history >}}', '', '- `expires_at` default introduced in GitLab 16.0.', '', '{{< /history >}}', '',
      '> - `name` (**required**) - changed in GitLab 15.0', '',
      'Creates a thing.', '', '{{< alert type="warning" >}}', '', 'Tokens expire.', '', '{{< /alert >}}', '',
      'WARNING:', 'This is risky.', '',
      '```plaintext', 'POST /things', '```', '',
      '| Attribute | Type | Required | Description |', '| --- | --- | --- | --- |', '| `title` | string | yes | The title. |',
    ));
    const [endpoint] = page.endpoints;
    expect(endpoint.parameters.map((p) => p.name)).toEqual(['title']);
    expect(endpoint.description).toBe('Creates a thing.\n\nTokens expire.\n\nWARNING:\nThis is risky.');
  });

  it('marks deprecation from the heading or a deprecation note', () => {
    const { page } = parsePage('x.md', md(
      '# X', '', '## Protect (deprecated)', '', '```', 'PUT /a', '```', '',
      '## Unprotect', '', '>**Note:** This API endpoint is deprecated in favor of `DELETE /b`.', '', '```', 'PUT /c', '```', '',
      '## Plain', '', 'The `assignee` column is deprecated.', '', '```', 'GET /d', '```',
    ));
    expect(page.endpoints.map((e) => [e.path, e.deprecated])).toEqual([['/a', true], ['/c', true], ['/d', false]]);
  });

  it('passes a deprecation stated on an enclosing section down to its endpoints, and no further', () => {
    const { page } = parsePage('services.md', md(
      '# Services', '', '## Kubernetes', '', 'CAUTION: **Warning:**', 'Kubernetes service integration has been deprecated in GitLab 10.3.', '',
      '### Create/Edit Kubernetes service', '', '```', 'PUT /projects/:id/services/kubernetes', '```', '',
      '### Delete Kubernetes service', '', '```', 'DELETE /projects/:id/services/kubernetes', '```', '',
      '## Slack', '', '### Create/Edit Slack service', '', '```', 'PUT /projects/:id/services/slack', '```',
    ));
    expect(page.endpoints.map((e) => [e.method, e.deprecated])).toEqual([['PUT', true], ['DELETE', true], ['PUT', false]]);
  });

  it('reads code fences indented in list items as examples, with their captions', () => {
    const { page } = parsePage('x.md', md(
      '# X', '', '## Import', '', '```plaintext', 'POST /import', '```', '',
      '- `201 Created` on success.', '- `422 Unprocessable Entity` if the import fails.', '',
      'Example responses:', '',
      '- When all went well (`201` HTTP status code):', '', '  ```json', '  {  "status":  "success"  }', '  ```', '',
      '- When something failed (`422` HTTP status code):', '', '  ```json', '  { "status": "error" }', '  ```',
    ));
    const [endpoint] = page.endpoints;
    expect(endpoint.responses.map((r) => [r.status, r.examples.map((e) => e.value)])).toEqual([
      [201, [{ status: 'success' }]],
      [422, [{ status: 'error' }]],
    ]);
    // the status list is prose; the caption and the list of examples are not
    expect(endpoint.description).toBe('- `201 Created` on success.\n- `422 Unprocessable Entity` if the import fails.');
  });
});

describe('parsePage: property — today’s page furniture does not change an 11.x page’s endpoints', () => {
  const original = readFileSync(join(import.meta.dirname, '../../docs-source/deploy_keys.md'), 'utf8');
  const FURNITURE = [
    '{{< details >}}\n\n- Tier: Free, Premium, Ultimate\n- Offering: GitLab.com, GitLab Self-Managed\n\n{{< /details >}}',
    'DETAILS:\n**Tier:** Premium, Ultimate\n**Offering:** GitLab Self-Managed',
    '{{< history >}}\n\n- `key` [introduced](https://gitlab.com/x) in GitLab 16.0.\n- `can_push` (**required**) - changed in GitLab 16.1.\n\n{{< /history >}}',
    '> - `title` (optional) - [introduced](https://gitlab.com/x) in GitLab 15.0.\n> - `key` renamed in GitLab 15.1.',
    '{{< alert type="note" >}}\n\nThis note is an alert.\n\n{{< /alert >}}',
    'NOTE:\nThis is a note.',
    'WARNING:\nThis is a warning.',
    'FLAG:\nOn GitLab Self-Managed, by default this feature is available.',
  ];
  const FRONT_MATTER = '---\nstage: Create\ngroup: Source Code\ntitle: Deploy keys API\n---\n\n';

  /** Inserts furniture after the headings (outside code fences) and optionally front matter on top. */
  function decorate(text: string, frontMatter: boolean, picks: number[][]): string {
    const out: string[] = [];
    let fenced = false;
    let heading = 0;
    for (const line of text.split('\n')) {
      out.push(line);
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || !/^#{1,6} /.test(line)) continue;
      for (const pick of picks[heading++ % picks.length] ?? []) out.push('', FURNITURE[pick]);
    }
    return (frontMatter ? FRONT_MATTER : '') + out.join('\n');
  }
  /** What must not change: everything but positions, descriptions and availability. */
  function essence(text: string) {
    return parsePage('deploy_keys.md', text).page.endpoints.map((e) => ({
      route: `${e.method} ${e.path}`, query: e.queryExamples, heading: e.headingPath, deprecated: e.deprecated, foundBy: e.foundBy,
      parameters: e.parameters.map((p) => [p.name, p.type, p.required, p.enum, p.description]),
      keys: e.parameterKeys, requests: e.requestExamples.map((x) => x.raw),
      responses: e.responses.map((r) => [r.status, r.statusFrom, r.examples.map((x) => x.raw), r.attributes.map((a) => a.name)]),
    }));
  }

  it('holds for random insertions of front matter, details, history and alerts', () => {
    const want = essence(original);
    expect(want.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.array(fc.integer({ min: 0, max: FURNITURE.length - 1 }), { maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        (frontMatter, picks) => {
          expect(essence(decorate(original, frontMatter, picks))).toEqual(want);
        },
      ),
      { numRuns: 25, seed: 20261123 },
    );
  });

  it('the decorated page does carry the furniture (the property is not vacuous)', () => {
    const decorated = decorate(original, true, [[0, 2, 4]]);
    const { page } = parsePage('deploy_keys.md', decorated);
    expect(page.metadata.title).toBe('Deploy keys API');
    expect(page.endpoints[0].availability?.tier).toEqual(['Free', 'Premium', 'Ultimate']);
    expect(page.endpoints[0].description).toContain('This note is an alert.');
    expect(page.endpoints[0].description).not.toContain('introduced');
  });
});

describe('parsePage: titles, anchors and link definitions', () => {
  it.each([
    ['# Merge requests API', 'Merge requests'],
    ['# Group-level Variables  API', 'Group-level Variables'],
    // deploy_key_multiple_projects.md:1: "API" is part of the sentence there.
    ['# Adding deploy keys to multiple projects via API', 'Adding deploy keys to multiple projects via API'],
    ['# Validate the .gitlab-ci.yml (API)', 'Validate the .gitlab-ci.yml (API)'],
  ])('%s', (h1, title) => {
    expect(parsePage('x.md', md(h1, '', 'Intro.')).page.title).toBe(title);
  });

  it('each endpoint gets its heading anchor, numbered as the docs site numbers repeated headings', () => {
    const { page } = parsePage('x.md', md(
      '# Things API', '', '## List things', '', '```', 'GET /things', '```', '',
      '## List things', '', '```', 'GET /groups/:id/things', '```', '',
      '## Get a thing {#single}', '', '```', 'GET /things/:id', '```',
    ));
    expect(page.endpoints.map((e) => e.anchor)).toEqual(['list-things', 'list-things-1', 'single']);
  });

  it('keeps the link reference definitions, by lower-case label', () => {
    const { page } = parsePage('x.md', md('# Things API', '', '[Introduced][ce-1] in 9.0.', '', '[ce-1]: https://gitlab.com/gitlab-org/gitlab-ce/issues/1', '[Perms]: ../user/permissions.md'));
    expect(page.linkDefinitions).toEqual({ 'ce-1': 'https://gitlab.com/gitlab-org/gitlab-ce/issues/1', perms: '../user/permissions.md' });
  });
});
