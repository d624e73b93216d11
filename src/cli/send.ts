// The CLI's only contact with HTTP, through the project's client (src/client/): auth, path and
// query encoding, retries, timeouts, pagination and error messages all come from there.
// Requests go through the client's default transport (node:http, see client/node-fetch.ts), not
// Node's fetch: loading undici was most of a one-request run's startup. GITLAB_API_FETCH=global
// takes globalThis.fetch instead (escape hatch). --dry-run and --help never import this module.
import { createGitLabClient } from '../client/index.js';
import { platformFetch } from '../client/node-fetch.js';
import { clientAuth, type Connection } from './connection.js';
import { translate, type PreparedRequest } from './describe-request.js';

export type { PreparedRequest };

export interface Reply {
  status: number;
  statusText: string;
  headers: [string, string][];
  data: unknown;
}

export interface SendOptions {
  /** GITLAB_API_FETCH=global: Node's own fetch instead of the client's node:http transport. */
  globalFetch?: boolean;
}

function client(conn: Connection, options: SendOptions) {
  try {
    return createGitLabClient({
      baseUrl: conn.baseUrl,
      ...(options.globalFetch ? { fetch: platformFetch } : {}),
      ...clientAuth(conn),
      headers: { 'User-Agent': 'gitlab-api-cli' },
      ...(conn.timeoutMs !== undefined ? { timeoutMs: conn.timeoutMs } : {}),
      ...(conn.maxResponseBytes !== undefined ? { maxResponseBytes: conn.maxResponseBytes } : {}),
    });
  } catch (e) {
    return translate(e);
  }
}

function toReply(data: unknown, response: Response): Reply {
  return { status: response.status, statusText: response.statusText, headers: [...response.headers], data };
}

export async function send(conn: Connection, req: PreparedRequest, options: SendOptions = {}): Promise<Reply> {
  const gitlab = client(conn, options);
  try {
    const { data, response } = await gitlab.request(req.method, req.pathTemplate, { path: req.path, query: req.query, body: req.body, headers: req.headers });
    return toReply(data, response);
  } catch (e) {
    return translate(e);
  }
}

/** Every page of a GET, through the client's pagination (Link / X-Next-Page). */
export async function* sendPages(conn: Connection, req: PreparedRequest, maxPages: number, options: SendOptions = {}): AsyncGenerator<Reply> {
  const gitlab = client(conn, options);
  try {
    const pages = gitlab.paginate(req.pathTemplate, { path: req.path, query: req.query, headers: req.headers }, { maxPages }).pages();
    for await (const page of pages) yield toReply(page.items, page.response);
  } catch (e) {
    translate(e);
  }
}
