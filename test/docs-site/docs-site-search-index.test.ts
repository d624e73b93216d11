// The scan that gives Redoc's search its candidates (docs-site-search-index.ts) in place of
// FlexSearch: the same words, the same documents, in the same order. In Chromium, the site's search
// answers as Redoc's own index does (docs-site-search-docs.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { ScanIndex, searchIndex, searchText, searchWords } from '../../scripts/emit/docs-site-search-index.js';

describe('searchWords (FlexSearch default encoder)', () => {
  it.each([
    // Lower case, split on anything but letters and digits: merge_requests.md's `merged_by`.
    ['Lists merged_by', ['lists', 'merged', 'by']],
    // Runs of a character made one, in the text as in the query: `issue` is `isue`.
    ['issue committed', ['isue', 'comited']],
    // Each word once; two words that become the same are both kept (FlexSearch, its cache warm).
    ['id iid id', ['id', 'id']],
    // Accents dropped (NFKD), any script's letters kept.
    ['Öffnen café Задача', ['ofnen', 'cafe', 'задача']],
    // Numbers of more than three digits cut in threes; runs made one there too (`22` is `2`).
    ['v4 1234567 2012-10-22', ['v4', '123', '456', '7', '201', '2', '10', '2']],
    ['', []],
    ['!!! ---', []],
  ])('%j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
    expect(searchText(text)).toBe(words.map((w) => ` ${w}`).join(''));
  });
});

describe('ScanIndex', () => {
  const index = () => new ScanIndex()
    .add('/issues/list', { id: '/issues/list', title: 'List issues', httpPath: '/projects/{id}/issues', paramNames: 'id state labels', all: 'List issues Lists project issues get /projects/{id}/issues id state labels' })
    .add('/issues/new', { id: '/issues/new', title: 'New issue', httpPath: '/projects/{id}/issues', paramNames: 'id title labels', all: 'New issue Creates a new project issue. post /projects/{id}/issues id title labels' })
    .add('/entities/issue', { id: '/entities/issue', title: 'Issue', paramNames: 'id iid title state', all: 'Issue id iid title state' });

  it('finds the documents where every word of the query starts a word of a field, field by field in Redoc\'s order', () => {
    expect(index().search('issue')).toEqual([
      { field: 'title', result: ['/entities/issue', '/issues/list', '/issues/new'] },
      { field: 'httpPath', result: ['/issues/list', '/issues/new'] },
      { field: 'all', result: ['/entities/issue', '/issues/list', '/issues/new'] },
    ]);
    expect(index().search('lab')).toEqual([
      { field: 'paramNames', result: ['/issues/list', '/issues/new'] },
      { field: 'all', result: ['/issues/list', '/issues/new'] },
    ]);
    // Every word must be in one field: "creates" is only in /issues/new's text.
    expect(index().search('create issue')).toEqual([{ field: 'all', result: ['/issues/new'] }]);
    // A word must start a word of the document: "sues" is inside "issues" only.
    expect(index().search('sues')).toEqual([]);
    expect(index().search('...')).toEqual([]);
  });

  it("orders by the slot of the query's last word in the field (its position), then by the query's words, then as added", () => {
    // `title` is the 2nd word of /issues/new's paramNames, the 3rd (after id, id) of the entity's.
    expect(index().search('title')[0]).toEqual({ field: 'paramNames', result: ['/issues/new', '/entities/issue'] });
    // "state": 3rd of /issues/list's, 4th of the entity's.
    expect(index().search('state id')[0]).toEqual({ field: 'paramNames', result: ['/issues/list', '/entities/issue'] });
    // More than 9 words: positions scaled to 9 slots (word 10 of 20 is in slot 5, as word 5 of 9 is; added first, it comes first).
    const many = (n: number, at: number) => Array.from({ length: n }, (_, i) => (i === at ? 'target' : `w${String.fromCharCode(97 + i)}`)).join(' ');
    const scaled = new ScanIndex().add('a', { id: 'a', all: many(20, 10) }).add('b', { id: 'b', all: many(9, 4) }).add('c', { id: 'c', all: many(9, 5) });
    expect(scaled.search('target')).toEqual([{ field: 'all', result: ['b', 'a', 'c'] }]);
  });

  it('gives at most `limit` per field (100 unless asked), and a document added again replaces the first and comes last', () => {
    const big = new ScanIndex();
    for (let i = 0; i < 600; i++) big.add(i, { id: i, all: `word ${i}` });
    expect(big.search('word', { limit: 500 })[0].result).toHaveLength(500);
    expect(big.search('word')[0].result).toHaveLength(100);
    const updated = index().add('/issues/list', { id: '/issues/list', title: 'List all issues' });
    expect(updated.search('issue')[0]).toEqual({ field: 'title', result: ['/entities/issue', '/issues/new', '/issues/list'] });
    expect(updated.documents.get('/issues/list')).toEqual({ id: '/issues/list', title: 'List all issues' });
  });
});

describe('searchIndex', () => {
  const page = globalThis as { __gitlabSearchRedocIndex?: unknown; __gitlabSearchIndexed?: unknown };
  afterEach(() => {
    delete page.__gitlabSearchRedocIndex;
    delete page.__gitlabSearchIndexed;
  });

  it('makes the index and keeps it for the tests, or none when asked for Redoc\'s own', () => {
    const index = searchIndex();
    expect(index).toBeInstanceOf(ScanIndex);
    expect(page.__gitlabSearchIndexed).toBe(index);
    page.__gitlabSearchRedocIndex = true;
    expect(searchIndex()).toBeUndefined();
  });
});
