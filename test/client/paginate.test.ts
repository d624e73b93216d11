// Pagination across real HTTP pages: Link rel="next", X-Next-Page, keyset links, maxPages, totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitLabClient, nextLink, paginate } from '../../src/client/index.js';
import type { Calls, TagCalls } from './fixtures/mini-schema.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const ISSUES = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, iid: i + 1, title: `issue ${i + 1}` }));

/** GitLab's offset pagination over ISSUES: `style` picks which headers the server sends. */
function offsetPages(style: 'link' | 'x-next-page' | 'both') {
  server.requests.length = 0;
  server.handle((req, res) => {
    const url = new URL(req.url, server.origin);
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 20);
    const items = ISSUES.slice((page - 1) * perPage, page * perPage);
    const totalPages = Math.ceil(ISSUES.length / perPage);
    const headers: Record<string, string> = { 'x-total': String(ISSUES.length), 'x-total-pages': String(totalPages), 'x-page': String(page), 'x-per-page': String(perPage) };
    const hasNext = page < totalPages;
    headers['x-next-page'] = hasNext ? String(page + 1) : '';
    if (style !== 'x-next-page') {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      const links = [`<${server.origin}${url.pathname}?page=1&per_page=${perPage}>; rel="first"`];
      if (hasNext) links.unshift(`<${server.origin}${next.pathname}${next.search}>; rel="next"`);
      headers.link = links.join(', ');
    }
    if (style === 'link') delete headers['x-next-page'];
    json(res, 200, items, headers);
  });
}

const client = () => createGitLabClient<Calls, TagCalls>({ baseUrl: server.apiRoot, token: 'tok-1234', retry: false });

describe('paginate', () => {
  it('follows Link rel="next" across 3 pages, keeping path encoding, query and credentials', async () => {
    offsetPages('link');
    const it = paginate(client().issues, '/projects/{id}/issues', { params: { path: { id: 'group/project' }, query: { state: 'opened', 'iids[]': [1, 2] } } }, { perPage: 3 });
    const items = await it.all();
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/v4/projects/group%2Fproject/issues?state=opened&iids[]=1&iids[]=2&per_page=3',
      '/api/v4/projects/group%2Fproject/issues?state=opened&iids[]=1&iids[]=2&per_page=3&page=2',
      '/api/v4/projects/group%2Fproject/issues?state=opened&iids[]=1&iids[]=2&per_page=3&page=3',
    ]);
    expect(server.requests.every((r) => r.headers['private-token'] === 'tok-1234')).toBe(true);
    expect(it.total).toBe(7);
    expect(it.totalPages).toBe(3);
    expect(it.pagesFetched).toBe(3);
  });

  it('falls back to X-Next-Page when there is no Link header', async () => {
    offsetPages('x-next-page');
    const ids: number[] = [];
    for await (const issue of paginate(client().issues, '/projects/{id}/issues', { params: { path: { id: 5 } } }, { perPage: 3 })) ids.push(issue.id!);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(server.requests.map((r) => new URL(r.url, server.origin).searchParams.get('page'))).toEqual([null, '2', '3']);
  });

  it('maxPages stops early', async () => {
    offsetPages('both');
    const it = paginate(client().issues, '/projects/{id}/issues', { params: { path: { id: 5 } } }, { perPage: 2, maxPages: 2 });
    const pages = [];
    for await (const page of it.pages()) pages.push(page);
    expect(pages.map((p) => [p.index, p.page, p.items.length, p.total, p.totalPages])).toEqual([
      [1, 1, 2, 7, 4],
      [2, 2, 2, 7, 4],
    ]);
    expect(server.requests.length).toBe(2);
  });

  it('follows keyset links (cursor parameters it has never seen) as given', async () => {
    server.requests.length = 0;
    server.handle((req, res) => {
      const url = new URL(req.url, server.origin);
      const after = Number(url.searchParams.get('id_after') ?? 0);
      const items = ISSUES.filter((i) => i.id > after).slice(0, 4);
      const last = items.at(-1);
      const headers: Record<string, string> = {};
      if (last && last.id < ISSUES.length) {
        headers.link = `<${server.apiRoot}/projects?pagination=keyset&per_page=4&order_by=id&sort=asc&id_after=${last.id}>; rel="next"`;
      }
      json(res, 200, items, headers);
    });
    const items = await paginate(client().projects, '/projects', { params: { query: {} } }, { perPage: 4 }).all();
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(server.requests[1].url).toBe('/api/v4/projects?pagination=keyset&per_page=4&order_by=id&sort=asc&id_after=4');
  });

  it('refuses a next link outside the API root (it would get the token)', async () => {
    server.requests.length = 0;
    server.handle((_, res) => json(res, 200, [{ id: 1 }], { link: '<https://evil.example.com/api/v4/projects?page=2>; rel="next"' }));
    const it = paginate(client().projects, '/projects', undefined);
    await expect(it.all()).rejects.toThrow(/next-page link points outside the API root/);
    expect(server.requests.length).toBe(1);
  });

  it('stops on an empty page or a self-link (no endless loop)', async () => {
    server.requests.length = 0;
    server.handle((req, res) => json(res, 200, [{ id: 1 }], { link: `<${server.origin}${req.url}>; rel="next"` }));
    expect(await paginate(client().projects, '/projects', undefined).all()).toEqual([{ id: 1 }]);
    expect(server.requests.length).toBe(1);
  });

  it('a non-array page is a clear error', async () => {
    server.handle((_, res) => json(res, 200, { id: 1 }));
    await expect(paginate(client().projects, '/projects', undefined).all()).rejects.toThrow('GET /projects: invalid response (status 200) (expected a JSON array on a paginated list)');
  });

  it('untyped gitlab.paginate (for the CLI) does the same', async () => {
    offsetPages('link');
    const items = await client().paginate('/projects/{id}/issues', { path: { id: 'a/b' } }, { perPage: 5 }).all();
    expect(items).toHaveLength(7);
    expect(server.requests[0].url).toBe('/api/v4/projects/a%2Fb/issues?per_page=5');
  });
});

describe('nextLink', () => {
  it.each([
    ['<https://g/api/v4/x?page=2>; rel="next", <https://g/api/v4/x?page=1>; rel="first"', 'https://g/api/v4/x?page=2'],
    ['<https://g/api/v4/x?page=1>; rel="prev", <https://g/api/v4/x?page=3>; rel="next"', 'https://g/api/v4/x?page=3'],
    ['<https://g/a?b=1,2>; rel="first", <https://g/a?page=2>; rel=next', 'https://g/a?page=2'],
    ['<https://g/a?page=2>; rel="prev next"', 'https://g/a?page=2'],
    ['<https://g/a?page=1>; rel="first"', undefined],
    ['<https://g/a?page=1>; rel="nextish"', undefined],
    [null, undefined],
  ])('%s', (header, want) => {
    expect(nextLink(header)).toBe(want);
  });
});
