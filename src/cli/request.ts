// A request as the CLI means to send it, whichever command built it (an operation or `api`), and
// the URL and headers the client would send for it: --dry-run prints those, --verbose shows them.
// Built by the client's own encoders and header checks, without loading the client itself.
import { GitLabApiError } from '../client/errors.js';
import { authHeaders } from '../client/auth.js';
import { serializePath } from '../client/path-encoding.js';
import { serializeQuery } from '../client/query.js';
import { RequestFailure, UsageError } from './errors.js';
import { authFor, type Connection } from './connection.js';

export interface RequestSpec {
  method: string;
  /** Relative to the base URL: `/projects/{id}/issues`, or a literal path (`api`). */
  pathTemplate: string;
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body: text fields, and files as [field, local path]. */
  form?: { fields: [string, string][]; files: [string, string][] };
  /** A body sent as is (`api --input`), and where it came from (for the curl line). */
  raw?: { bytes: Uint8Array; from: string };
}

/** Client errors -> the CLI's two kinds: refused before sending (usage, exit 2) or failed (exit 1). */
export function translate(e: unknown): never {
  if (e instanceof GitLabApiError) {
    if (e.code === 'invalid-request') throw new UsageError(e.message);
    const failure = new RequestFailure(e.message);
    failure.status = e.status;
    failure.statusText = e.statusText;
    throw failure;
  }
  throw e;
}

/** The URL the client would call and the headers it would send (credential picked by the URL's host), validated the same way. */
export function describeRequest(conn: Connection, req: RequestSpec): { url: string; headers: Record<string, string> } {
  try {
    const query = serializeQuery(req.query);
    const url = `${serializePath(conn.baseUrl + req.pathTemplate, req.path)}${query ? `${req.pathTemplate.includes('?') ? '&' : '?'}${query}` : ''}`;
    return { url, headers: { ...authHeaders(authFor(conn, url)), ...req.headers } };
  } catch (e) {
    return translate(e);
  }
}
