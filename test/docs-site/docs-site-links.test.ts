import { describe, expect, it } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { docsPageUrl, headingAnchor, operationDocsLink, withDocsLinks } from '../../scripts/emit/docs-site-links.js';

const BASE = 'https://docs.gitlab.com/ee/api/';

describe('docsPageUrl', () => {
  it.each([
    ['issues.md', 'https://docs.gitlab.com/ee/api/issues.html'],
    ['templates/gitignores.md', 'https://docs.gitlab.com/ee/api/templates/gitignores.html'],
  ])('%s', (file, want) => {
    expect(docsPageUrl(BASE, file)).toBe(want);
    expect(docsPageUrl(BASE.slice(0, -1), file)).toBe(want);
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
