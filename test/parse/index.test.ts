import { describe, expect, it } from 'vitest';
import { assembleDocs, parseDocs, parsePage } from '../../scripts/parse/index.js';

const README = [
  '# GitLab API', '', '## Pagination', '', '| Parameter | Description |', '| --------- | ----------- |',
  '| `page`    | Page number (default: `1`) |', '| `per_page`| Number of items to list per page (default: `20`, max: `100`) |', '',
  '### Other pagination headers', '', '| Header | Description |', '| ------ | ----------- |', '| `X-Total` | The total number of items |', '',
  '```', 'GET /api/v4/projects/diaspora%2Fdiaspora', '```', '',
].join('\n');
const ISSUES = '# Issues API\n\n> Introduced in GitLab 9.5.\n\n## List issues\n\n```\nGET /issues\n```\n\nSee GitLab 11.2 for more.\n';
const BROKEN = '# Broken\n\n## Get\n\n```\nGET /broken\n';

describe('parseDocs / assembleDocs', () => {
  it('composes the pages, sorted by file, with the API info from the overview page', () => {
    const model = parseDocs([
      { file: 'issues.md', text: ISSUES },
      { file: 'README.md', text: README },
      { file: 'broken.md', text: BROKEN },
    ]);
    expect(model.pages.map((p) => [p.file, p.title, p.endpoints.map((e) => `${e.method} ${e.path}`)])).toEqual([
      ['README.md', 'GitLab', []],
      ['broken.md', 'Broken', ['GET /broken']],
      ['issues.md', 'Issues', ['GET /issues']],
    ]);
    expect(model.api.paginationParameters.map((p) => [p.name, p.default])).toEqual([['page', '1'], ['per_page', '20']]);
    expect(model.api.paginationHeaders).toEqual([{ name: 'X-Total', description: 'The total number of items' }]);
    expect(model.api.version).toBe('11.2');
    expect(model.diagnostics.map((d) => `${d.file}:${d.line}:${d.ruleId}`)).toEqual(['broken.md:5:unterminated-code-block']);
  });

  it('gives the same model from cached page results, and lets an option set the version', () => {
    const pages = [{ file: 'issues.md', text: ISSUES }, { file: 'README.md', text: README }];
    const cached = JSON.parse(JSON.stringify(pages.map((p) => parsePage(p.file, p.text))));
    expect(assembleDocs(cached)).toEqual(parseDocs(pages));
    expect(assembleDocs(cached, { version: '17.8' }).api.version).toBe('17.8');
  });

  it('has empty pagination and no version without an overview page or versions', () => {
    const model = assembleDocs([parsePage('a.md', '# A\n')]);
    expect(model.api).toEqual({ paginationHeaders: [], paginationParameters: [] });
  });
});
