// Items across pages, as an async iterator. Follows `Link: <...>; rel="next"` (offset and keyset
// pagination alike), falling back to `X-Next-Page`. Every page goes through the same client, so
// auth, retries, timeouts and errors apply to each.
import type { CallArgs, CallTable, ItemOf, TypedClient } from './types.js';
import { GitLabApiError, displayPath } from './errors.js';

export interface PaginateOptions {
  /** `per_page` (GitLab: default 20, max 100). */
  perPage?: number;
  /** Stop after this many pages. Default: no limit. */
  maxPages?: number;
}

export interface Page<T> {
  items: T[];
  /** 1-based index of this page among those fetched. */
  index: number;
  /** `X-Total` / `X-Total-Pages` / `X-Page` / `X-Per-Page`, when the server sent them (GitLab omits them on large lists). */
  total?: number;
  totalPages?: number;
  page?: number;
  perPage?: number;
  response: Response;
}

/** The API root of clients made by createGitLabClient: a next link elsewhere is refused (it would get the token). */
export const clientBaseUrls = new WeakMap<object, string>();

type AnyClient = { GET(path: string, init: unknown): Promise<unknown> };
type InitLike = { params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> }; [key: string]: unknown };

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** The `rel="next"` target of a Link header (RFC 8288), if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2])) return match[1];
  }
  return undefined;
}

/** A query string as the object our query serializer writes back identically. */
function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length > 1 || key.endsWith('[]') ? all : all[0];
  }
  return out;
}

export class PageIterator<T> implements AsyncIterable<T> {
  /** From the first page's `X-Total`, once fetched. */
  total: number | undefined;
  totalPages: number | undefined;
  pagesFetched = 0;

  constructor(
    private readonly client: AnyClient,
    private readonly path: string,
    private readonly init: InitLike | undefined,
    private readonly options: PaginateOptions = {},
  ) {}

  /** Page by page, with the pagination headers. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { perPage, maxPages = Infinity } = this.options;
    const params = this.init?.params ?? {};
    const firstQuery = { ...params.query, ...(perPage ? { per_page: perPage } : {}) };
    let request: { path: string; params: InitLike['params'] } = { path: this.path, params: { ...params, query: firstQuery } };
    const seen = new Set<string>();

    for (let index = 1; index <= maxPages; index++) {
      const { data, response } = (await this.client.GET(request.path as never, { ...this.init, params: request.params } as never)) as {
        data?: unknown;
        response: Response;
      };
      seen.add(response.url);
      const apiRoot = clientBaseUrls.get(this.client) ?? new URL(response.url).origin;
      if (!Array.isArray(data)) {
        throw new GitLabApiError({ code: 'invalid-response', method: 'GET', path: displayPath(response.url, apiRoot), status: response.status, detail: 'expected a JSON array on a paginated list' });
      }
      const page: Page<T> = {
        items: data as T[],
        index,
        total: headerNumber(response.headers, 'x-total'),
        totalPages: headerNumber(response.headers, 'x-total-pages'),
        page: headerNumber(response.headers, 'x-page'),
        perPage: headerNumber(response.headers, 'x-per-page'),
        response,
      };
      if (index === 1) {
        this.total = page.total;
        this.totalPages = page.totalPages;
      }
      this.pagesFetched = index;
      yield page;
      if (page.items.length === 0) return;

      const link = nextLink(response.headers.get('link'));
      if (link !== undefined) {
        if (seen.has(link)) return; // a server that links a page to itself would loop forever
        if (!link.startsWith(`${apiRoot}/`)) {
          throw new GitLabApiError({ code: 'invalid-response', method: 'GET', path: displayPath(response.url, apiRoot), detail: 'the next-page link points outside the API root; not following it with your token' });
        }
        const next = new URL(link);
        // The link is already encoded: pass it as a literal path (no `{}` left to fill).
        request = { path: next.pathname.slice(new URL(apiRoot).pathname.replace(/\/$/, '').length), params: { header: params.header, query: queryObject(next.searchParams) } };
        continue;
      }
      const nextPage = headerNumber(response.headers, 'x-next-page');
      if (nextPage === undefined) return;
      request = { path: this.path, params: { ...params, query: { ...firstQuery, page: nextPage } } };
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item of every page (up to `maxPages`). */
  async all(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}

/** What a page request takes besides the operation's parameters. */
export interface PageCallOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Iterate over the items of a paginated GET: `for await (const issue of paginate(gitlab.issues,
 * '/projects/{id}/issues', { params: { path: { id } } }, { perPage: 100 }))`.
 */
export function paginate<C extends CallTable, P extends keyof C['get']>(
  client: TypedClient<C, any>,
  path: P,
  ...rest: [...CallArgs<C['get'], P, PageCallOptions>, options?: PaginateOptions]
): PageIterator<ItemOf<C['get'][P]>> {
  const [init, options] = rest as unknown as [InitLike | undefined, PaginateOptions | undefined];
  return new PageIterator(client as unknown as AnyClient, path as string, init, options);
}
