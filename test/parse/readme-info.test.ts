import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readApiInfo } from '../../scripts/parse/readme-info.js';

const tree = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);

describe('readApiInfo', () => {
  it('reads pagination parameters and headers, with the Link header', () => {
    const md = [
      '## Pagination', '', '| Parameter | Description |', '| --------- | ----------- |',
      '| `page`    | Page number (default: `1`) |', '| `per_page`| Number of items to list per page (default: `20`, max: `100`) |', '',
      '### Pagination Link header', '', '[Link headers](http://www.w3.org/wiki/LinkHeader) are sent back with each', 'response.', '',
      '### Other pagination headers', '', '| Header | Description |', '| ------ | ----------- |',
      '| `X-Total` | The total number of items |', '| `X-Next-Page` | The index of the next page |', '',
    ].join('\n');
    const info = readApiInfo(tree(md), 'README.md');
    expect(info?.paginationHeaders).toEqual([
      { name: 'Link', description: 'Link headers are sent back with each response.' },
      { name: 'X-Total', description: 'The total number of items' },
      { name: 'X-Next-Page', description: 'The index of the next page' },
    ]);
    expect(info?.paginationParameters.map((p) => [p.name, p.type.kind, p.required, p.default, p.source.line])).toEqual([
      ['page', 'integer', false, '1', 5],
      ['per_page', 'integer', false, '20', 6],
    ]);
  });

  it('returns undefined on a page without pagination', () => {
    expect(readApiInfo(tree('| Attribute | Type |\n| - | - |\n| `id` | integer |\n'), 'issues.md')).toBeUndefined();
  });
});
