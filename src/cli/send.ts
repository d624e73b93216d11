// The CLI's only contact with HTTP, through the project's client (src/client/): auth, path and
// query encoding, retries, timeouts, pagination and error messages all come from there.
import { createGitLabClient, GitLabApiError } from '../client/index.js';
import { authHeaders } from '../client/auth.js';
import { serializePath } from '../client/path-encoding.js';
import { serializeQuery } from '../client/query.js';
import { RequestFailure, UsageError } from './errors.js';
import { clientAuth, type Connection } from './connection.js';

export interface PreparedRequest {
  method: string;
  pathTemplate: string;
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** JSON value, or FormData for multipart. */
  body?: unknown;
}

export interface Reply {
  status: number;
  statusText: string;
  headers: [string, string][];
  data: unknown;
}

/** Client errors -> the CLI's two kinds: refused before sending (usage, exit 2) or failed (exit 1). */
function translate(e: unknown): never {
  if (e instanceof GitLabApiError) {
    if (e.code === 'invalid-request') throw new UsageError(e.message);
    const failure = new RequestFailure(e.message) as RequestFailure & { status?: number; statusText?: string };
    failure.status = e.status;
    failure.statusText = e.statusText;
    throw failure;
  }
  throw e;
}

/** The URL the client would call, and the headers it would send (for --dry-run; validated the same way). */
export function describeRequest(conn: Connection, req: PreparedRequest): { url: string; headers: Record<string, string> } {
  try {
    const headers = { ...authHeaders(clientAuth(conn)), ...req.headers };
    const query = serializeQuery(req.query);
    return { url: `${serializePath(conn.baseUrl + req.pathTemplate, req.path)}${query ? `?${query}` : ''}`, headers };
  } catch (e) {
    return translate(e);
  }
}

function client(conn: Connection) {
  try {
    return createGitLabClient({ baseUrl: conn.baseUrl, ...clientAuth(conn), headers: { 'User-Agent': 'gitlab-api-cli' } });
  } catch (e) {
    return translate(e);
  }
}

function toReply(data: unknown, response: Response): Reply {
  return { status: response.status, statusText: response.statusText, headers: [...response.headers], data };
}

export async function send(conn: Connection, req: PreparedRequest): Promise<Reply> {
  const gitlab = client(conn);
  try {
    const { data, response } = await gitlab.request(req.method, req.pathTemplate, { path: req.path, query: req.query, body: req.body, headers: req.headers });
    return toReply(data, response);
  } catch (e) {
    return translate(e);
  }
}

/** Every page of a GET, through the client's pagination (Link / X-Next-Page). */
export async function* sendPages(conn: Connection, req: PreparedRequest, maxPages: number): AsyncGenerator<Reply> {
  const gitlab = client(conn);
  try {
    const pages = gitlab.paginate(req.pathTemplate, { path: req.path, query: req.query, headers: req.headers }, { maxPages }).pages();
    for await (const page of pages) yield toReply(page.items, page.response);
  } catch (e) {
    translate(e);
  }
}
