import { describe, expect, it } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { docsPageUrl } from '../../scripts/docs-url.js';
import { absolutizeLinks, headingAnchor, operationDocsLink, withDocsLinks } from '../../scripts/emit/docs-site-links.js';

const BASE = 'https://docs.gitlab.com/ee/api/';

describe('docsPageUrl', () => {
  it.each([
    ['issues.md', 'https://docs.gitlab.com/ee/api/issues.html'],
    ['templates/gitignores.md', 'https://docs.gitlab.com/ee/api/templates/gitignores.html'],
    // From a hostile spec: never another host, never an exception.
    ['//evil.example/x.md', 'https://docs.gitlab.com/ee/api/evil.example/x.html'],
    ['http://[', 'https://docs.gitlab.com/ee/api/http%3A//%5B'],
    ['a"><b>#x?.md', 'https://docs.gitlab.com/ee/api/a%22%3E%3Cb%3E%23x%3F.html'],
  ])('%s', (file, want) => {
    expect(docsPageUrl(file, BASE)).toBe(want);
    expect(docsPageUrl(file, BASE.slice(0, -1))).toBe(want);
    expect(docsPageUrl(file)).toBe(want); // BASE is the default
  });
});

describe('headingAnchor', () => {
  // The anchors GitLab's docs give these headings of docs-source (issues.md, merge_requests.md).
  it.each([
    ['New issue', 'new-issue'],
    ['Get single MR', 'get-single-mr'],
    ['Cancel Merge When Pipeline Succeeds', 'cancel-merge-when-pipeline-succeeds'],
    ["Set a time estimate for an issue", 'set-a-time-estimate-for-an-issue'],
  ])('%s', (heading, want) => {
    expect(headingAnchor(heading)).toBe(want);
  });
});

describe('operationDocsLink', () => {
  it('builds page and anchor from x-source and summary, naming file and line', () => {
    const operation = { summary: 'New issue', 'x-source': { file: 'issues.md', line: 455 }, responses: {} };
    expect(operationDocsLink(operation, BASE)).toEqual({
      url: 'https://docs.gitlab.com/ee/api/issues.html#new-issue',
      description: 'GitLab docs: issues.md, line 455',
    });
  });

  it("prefers the operation's own externalDocs", () => {
    const operation = {
      summary: 'New issue',
      'x-source': { file: 'issues.md', line: 455 },
      externalDocs: { url: 'https://example.com/issues#new' },
      responses: {},
    };
    expect(operationDocsLink(operation, BASE)).toEqual({ url: 'https://example.com/issues#new', description: 'GitLab docs: issues.md, line 455' });
  });

  it('gives nothing without x-source or externalDocs', () => {
    expect(operationDocsLink({ summary: 'x', responses: {} }, BASE)).toBeUndefined();
    expect(operationDocsLink({ 'x-source': 'issues.md', responses: {} } as never, BASE)).toBeUndefined();
  });
});

describe('absolutizeLinks', () => {
  const page = 'https://docs.gitlab.com/ee/api/issues.html';
  // Link forms found in docs-source descriptions (issues.md, projects.md, users.md, runners.md).
  it.each([
    ['[URL-encoded path of the project](README.md#namespaced-path-encoding)', '[URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#namespaced-path-encoding)'],
    ['see [members](members.md).', 'see [members](https://docs.gitlab.com/ee/api/members.html).'],
    ['[runners](../ci/runners/README.md)', '[runners](https://docs.gitlab.com/ee/ci/runners/README.html)'],
    ['[commit](commits.html#create-a-commit)', '[commit](https://docs.gitlab.com/ee/api/commits.html#create-a-commit)'],
    ['[below](#list-project-issues)', '[below](https://docs.gitlab.com/ee/api/issues.html#list-project-issues)'],
    ['![dk](uploads/6a06/dk.png)', '[dk](https://docs.gitlab.com/ee/api/uploads/6a06/dk.png)'],
    ['![](https://example.com/x.png "t")', '[image](https://example.com/x.png "t")'],
    ['[abs](https://gitlab.com/x.md)', '[abs](https://gitlab.com/x.md)'],
    ['`code [x](y.md)` and [ref][ce-1] and [y](y.md)', '`code [x](y.md)` and [ref][ce-1] and [y](https://docs.gitlab.com/ee/api/y.html)'],
  ])('%s', (given, want) => {
    expect(absolutizeLinks(given, page)).toBe(want);
  });

  it('resolves each description against the page it came from', () => {
    const doc = spec();
    const post = (doc.paths!['/projects/{id}/issues'] as Record<string, Record<string, unknown>>).post;
    post.description = 'See [pagination](README.md#pagination).';
    post.parameters = [{ name: 'id', in: 'path', required: true, description: '[path](README.md#x)', 'x-source': { file: 'templates/gitignores.md', line: 3 } }];
    const out = withDocsLinks(doc).paths!['/projects/{id}/issues'] as Record<string, { description: string; parameters: { description: string }[] }>;
    expect(out.post.description).toMatch(/^See \[pagination\]\(https:\/\/docs\.gitlab\.com\/ee\/api\/README\.html#pagination\)\./);
    expect(out.post.parameters[0].description).toBe('[path](https://docs.gitlab.com/ee/api/templates/README.html#x)');
  });
});

function spec(): OpenAPIDocument {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    tags: [{ name: 'Issues', 'x-gitlab-page': 'issues.md' } as never],
    paths: {
      '/projects/{id}/issues': {
        post: { summary: 'New issue', description: 'Creates a new project issue.', tags: ['Issues'], 'x-source': { file: 'issues.md', line: 455 }, responses: {} } as never,
        get: { summary: 'List project issues', tags: ['Issues'], 'x-source': { file: 'issues.md', line: 242 }, responses: {} } as never,
      },
      '/evil': {
        get: { summary: 'Evil', description: 'd', externalDocs: { url: 'javascript:alert(1)' }, responses: {} } as never,
      },
    },
  };
}

describe('withDocsLinks', () => {
  it('appends a source link to each operation and gives tags an externalDocs, on a copy', () => {
    const doc = spec();
    const before = JSON.stringify(doc);
    const out = withDocsLinks(doc);
    expect(JSON.stringify(doc)).toBe(before);
    const issues = out.paths!['/projects/{id}/issues'] as Record<string, { description?: string }>;
    expect(issues.post.description).toBe(
      'Creates a new project issue.\n\n**Source:** [GitLab docs: issues.md, line 455](https://docs.gitlab.com/ee/api/issues.html#new-issue)',
    );
    expect(issues.get.description).toBe('**Source:** [GitLab docs: issues.md, line 242](https://docs.gitlab.com/ee/api/issues.html#list-project-issues)');
    expect(out.tags![0].externalDocs).toEqual({ url: 'https://docs.gitlab.com/ee/api/issues.html', description: 'GitLab docs: issues.md' });
  });

  it('uses the root externalDocs as the base of the links', () => {
    const doc = { ...spec(), externalDocs: { url: 'https://gitlab.example.com/help/api/' } };
    const issues = withDocsLinks(doc).paths!['/projects/{id}/issues'] as Record<string, { description?: string }>;
    expect(issues.post.description).toContain('(https://gitlab.example.com/help/api/issues.html#new-issue)');
  });

  it('never links a URL that is not http(s)', () => {
    const evil = withDocsLinks(spec()).paths!['/evil'] as Record<string, { description?: string }>;
    expect(evil.get.description).toBe('d');
  });

  it('keeps spec text from breaking out of the link', () => {
    const doc = spec();
    (doc.paths!['/projects/{id}/issues'] as Record<string, Record<string, unknown>>).post['x-source'] = { file: 'a](javascript:x) <b>.md', line: 1 };
    const { post } = withDocsLinks(doc).paths!['/projects/{id}/issues'] as Record<string, { description?: string }>;
    const link = post.description!.split('**Source:** ')[1];
    expect(link).toMatch(/^\[GitLab docs: a\\]\(javascript:x\) \\<b\\>\.md, line 1\]\(https:\/\/docs\.gitlab\.com\/ee\/api\/[^()\s]*#new-issue\)$/);
  });
});
