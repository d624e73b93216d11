// The request as the client would send it (URL and headers), for --dry-run, built by the client's
// own encoders and header checks but without loading the client itself (and with it Node's fetch).
import { GitLabApiError } from '../client/errors.js';
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

/** Client errors -> the CLI's two kinds: refused before sending (usage, exit 2) or failed (exit 1). */
export function translate(e: unknown): never {
  if (e instanceof GitLabApiError) {
    if (e.code === 'invalid-request') throw new UsageError(e.message);
    const failure = new RequestFailure(e.message) as RequestFailure & { status?: number; statusText?: string };
    failure.status = e.status;
    failure.statusText = e.statusText;
    throw failure;
  }
  throw e;
}

/** The URL the client would call and the headers it would send, validated the same way. */
export function describeRequest(conn: Connection, req: PreparedRequest): { url: string; headers: Record<string, string> } {
  try {
    const headers = { ...authHeaders(clientAuth(conn)), ...req.headers };
    const query = serializeQuery(req.query);
    return { url: `${serializePath(conn.baseUrl + req.pathTemplate, req.path)}${query ? `?${query}` : ''}`, headers };
  } catch (e) {
    return translate(e);
  }
}
