import { describe, expect, it } from 'vitest';
import { docsPageUrl } from '../../scripts/docs-url.js';
import { pageLinkContext, resolveDescriptions, resolveLinks, resolveTarget } from '../../scripts/openapi/docs-links.js';
import { createContext } from '../../scripts/openapi/context.js';

const issues = docsPageUrl('issues.md');

describe('docsPageUrl: the page on docs.gitlab.com (11.x scheme)', () => {
  it.each([
    ['issues.md', 'https://docs.gitlab.com/ee/api/issues.html'],
    ['templates/gitignores.md', 'https://docs.gitlab.com/ee/api/templates/gitignores.html'],
  ])('%s', (file, url) => expect(docsPageUrl(file)).toBe(url));
});

describe('resolveTarget', () => {
  it.each([
    ['README.md#namespaced-path-encoding', 'https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding'],
    ['../user/permissions.md', 'https://docs.gitlab.com/ee/user/permissions.html'],
    ['#list-issues', 'https://docs.gitlab.com/ee/api/issues.html#list-issues'],
    ['https://gitlab.com/gitlab-org/gitlab-ce/issues/1', 'https://gitlab.com/gitlab-org/gitlab-ce/issues/1'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
  ])('%s', (target, want) => expect(resolveTarget(target, issues)).toBe(want));
});

describe('resolveLinks', () => {
  const definitions = { 'ce-13060': 'https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060', 'ee-9': '../user/project/issues/index.md' };

  it('relative inline links become absolute', () => {
    expect(resolveLinks('The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding)', { pageUrl: issues, definitions: {} }))
      .toBe('The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding)');
  });

  it('reference-style links are resolved through the page definitions, relative ones made absolute', () => {
    expect(resolveLinks('[Introduced][ce-13060] in GitLab 10.0. See [issues][EE-9].', { pageUrl: issues, definitions }))
      .toBe('[Introduced](https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060) in GitLab 10.0. See [issues](https://docs.gitlab.com/ee/user/project/issues/index.html).');
  });

  it('collapsed and shortcut references with a definition, and nothing in code spans', () => {
    expect(resolveLinks('[ce-13060][] and [ce-13060] but `position[ce-13060]`', { pageUrl: issues, definitions }))
      .toBe('[ce-13060](https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060) and [ce-13060](https://gitlab.com/gitlab-org/gitlab-ce/merge_requests/13060) but `position[ce-13060]`');
  });

  it('a full reference without definition stays and is reported; a bracketed word is not a reference', () => {
    const unresolved: string[] = [];
    const text = 'see screenshot ([see screenshot][trans]). [DEPRECATED] `actions[]`';
    expect(resolveLinks(text, { pageUrl: issues, definitions, unresolved: (l) => unresolved.push(l) })).toBe(text);
    expect(unresolved).toEqual(['trans']);
  });
});

describe('resolveDescriptions', () => {
  it('rewrites every description of an operation but never its examples', () => {
    const operation = {
      description: 'See [docs](README.md)',
      parameters: [{ name: 'id', description: '[path](README.md#namespaced-path-encoding)' }],
      responses: { '200': { description: 'OK', content: { 'application/json': { example: { description: '[x](y.md)' }, examples: { a: { value: { description: '[x](y.md)' } } } } } } },
    };
    resolveDescriptions(operation, { pageUrl: issues, definitions: {} });
    expect(operation.description).toBe('See [docs](https://docs.gitlab.com/ee/api/README.html)');
    expect(operation.parameters[0].description).toBe('[path](https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding)');
    expect(operation.responses['200'].content['application/json'].example.description).toBe('[x](y.md)');
    expect(operation.responses['200'].content['application/json'].examples.a.value.description).toBe('[x](y.md)');
  });

  it('enters arrays and nested schemas, leaves x-source, numbers and nulls alone', () => {
    const operation = {
      requestBody: { content: { 'application/json': { schema: { properties: { a: { description: '[a](a.md)', 'x-source': { file: 'issues.md', line: 3, description: '[s](s.md)' } } }, required: ['a'], default: null } } } },
      tags: ['issues', 3, null],
    };
    resolveDescriptions(operation, { pageUrl: issues, definitions: {} });
    const property = operation.requestBody.content['application/json'].schema.properties.a;
    expect(property.description).toBe('[a](https://docs.gitlab.com/ee/api/a.html)');
    expect(property['x-source']).toEqual({ file: 'issues.md', line: 3, description: '[s](s.md)' });
    expect(operation.tags).toEqual(['issues', 3, null]);
  });
});

describe('pageLinkContext: texts a page repeats are resolved once', () => {
  it('keeps a resolved text for the page, but not one with a reference left unresolved: each place reports that', () => {
    const ctx = createContext();
    const resolved = new Map<string, string>();
    const definitions = { 'ce-1': 'https://gitlab.com/gitlab-org/gitlab-ce/issues/1' };
    const at = (line: number) => pageLinkContext('issues.md', definitions, { file: 'issues.md', line }, ctx, undefined, resolved);
    const plain = 'The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding) ([Introduced][ce-1])';
    const want = 'The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding) ([Introduced](https://gitlab.com/gitlab-org/gitlab-ce/issues/1))';
    expect(resolveLinks(plain, at(10))).toBe(want);
    expect(resolved.get(plain)).toBe(want);
    expect(resolveLinks(plain, at(20))).toBe(want);
    const broken = 'See [the list][missing].';
    expect(resolveLinks(broken, at(30))).toBe(broken);
    expect(resolveLinks(broken, at(40))).toBe(broken);
    expect(resolved.has(broken)).toBe(false);
    expect(ctx.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[30, 'unresolved-link-reference'], [40, 'unresolved-link-reference']]);
  });
});
