// Endpoint signatures: lines in code blocks such as `GET /projects/:id/issues`.
// Quirks seen in the pages: several lines per block, query-string variants
// (`GET /issues?state=opened`), a path without its leading slash (`GET projects/:id/access_tokens`),
// two spaces after the method, two methods on one route (`PUT/POST /x`), and lines glued
// together (`GET /aPOST /b`). Lines that show a call with concrete values
// (`GET /api/v4/projects/diaspora%2Fdiaspora`, `GET /projects?private_token=...`) are examples.
// The `/api/v4` prefix itself is dropped (`POST /api/v4/markdown` documents `POST /markdown`).
import type { Code } from 'mdast';
import type { HttpMethod, SourceRef } from '../model.js';

export interface Signature {
  method: HttpMethod;
  /** Leading `/`, no query string, `:name` kept. */
  path: string;
  /** The query string shown on the line, without `?`, if any. */
  query?: string;
  /** True when the line wrote the `/api/v4` prefix (`POST /api/v4/markdown`). */
  prefixed?: boolean;
  source: SourceRef;
}

const METHOD = 'GET|HEAD|POST|PUT|PATCH|DELETE';
const LINE = new RegExp(`^((?:${METHOD})(?:\\s*[/|,&]\\s*(?:${METHOD}))*)\\s+([^\\s?]+)(\\?.*)?$`);
// Split glued lines before a method that follows a non-space character (`...issuesGET /x`).
const GLUED = new RegExp(`(?<=[\\w}])(?=(?:${METHOD})\\s+/)`, 'g');
const PATH = /^\/?[\w.~:{}*%-]+(?:\/[\w.~:{}*%@-]*)*$/;
/** Query-string keys that only ever carry a concrete credential or identity, never a filter. */
const CREDENTIAL_KEYS = /(^|&)(private_token|access_token|job_token|sudo)=/;
/** Code fence languages that hold data or shell, never signature lines. */
const NON_SIGNATURE_LANGS = new Set(['json', 'javascript', 'js', 'bash', 'shell', 'sh', 'console', 'ruby', 'yaml', 'yml', 'graphql', 'python', 'go', 'xml', 'html', 'toml']);

/** The signatures of a code block (empty when it holds none). */
export function findSignatures(code: Code, file: string): Signature[] {
  if (code.lang && NON_SIGNATURE_LANGS.has(code.lang.toLowerCase())) return [];
  if (/\bcurl\b/.test(code.value)) return [];
  const start = code.position?.start;
  // The content starts one line below a fence; indented code starts on the node's own line.
  const fenced = start !== undefined && code.position!.end.line - start.line >= code.value.split('\n').length;
  const firstLine = (start?.line ?? 1) + (fenced ? 1 : 0);
  const found: Signature[] = [];
  code.value.split('\n').forEach((text, index) => {
    for (const piece of text.replace(GLUED, '\n').split('\n')) {
      const line = piece.trim();
      const parsed = parseSignatureLine(line);
      if (!parsed || parsed.example) continue;
      const column = text.indexOf(line) + 1 + (start?.column ?? 1) - 1;
      for (const method of parsed.methods) {
        found.push({
          method,
          path: parsed.path,
          ...(parsed.query !== undefined ? { query: parsed.query } : {}),
          ...(parsed.prefixed ? { prefixed: true } : {}),
          source: { file, line: firstLine + index, column },
        });
      }
    }
  });
  return found;
}

export interface ParsedLine {
  methods: HttpMethod[];
  path: string;
  query?: string;
  /** True when the line shows a concrete call rather than a route. */
  example: boolean;
  /** True when the route was written with the `/api/v4` prefix. */
  prefixed?: boolean;
}

/** Reads one line; undefined when it is not a signature line at all. */
export function parseSignatureLine(line: string): ParsedLine | undefined {
  const match = LINE.exec(line.trim());
  if (!match) return undefined;
  const methods = [...new Set(match[1].split(/\s*[/|,&]\s*/))] as HttpMethod[];
  let path = match[2];
  const query = match[3]?.slice(1);
  if (/^https?:\/\//i.test(path)) return { methods, path, query, example: true };
  if (!PATH.test(path)) return undefined;
  if (!path.startsWith('/')) path = '/' + path;
  // `POST /api/v4/markdown` is a route written with the API prefix, not an example by itself
  const prefixed = /^\/api\/v\d+\//.test(path);
  path = path.replace(/^\/api\/v\d+(?=\/)/, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const parsed: ParsedLine = { methods, path, example: isExample(path, query) };
  if (query !== undefined) parsed.query = query;
  if (prefixed) parsed.prefixed = true;
  return parsed;
}

/** A concrete call: URL-encoded or numeric segments, or credentials in the query. */
function isExample(path: string, query: string | undefined): boolean {
  if (/%[0-9a-f]{2}/i.test(path)) return true;
  if (path.split('/').some((segment) => /^\d+$/.test(segment))) return true;
  return query !== undefined && CREDENTIAL_KEYS.test(query);
}

/**
 * Whether a concrete path (from a curl example, relative to /api/v4) can be a call of a route:
 * `:name`, `{name}` and `*name` segments match any one segment, and `*name` also the rest.
 */
export function routeMatches(route: string, concrete: string): boolean {
  const want = route.split('/').filter(Boolean);
  const got = concrete.replace(/\/+$/, '').split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const segment = want[i];
    if (segment.startsWith('*')) return got.length >= i + 1;
    if (i >= got.length) return false;
    if (/^[:{]/.test(segment) || /^<.*>$/.test(got[i])) continue;
    // `:file_path` style segments can be glued to a suffix (`:sha.diff` is not seen, but `:id.json` might be)
    if (segment.includes(':')) {
      const prefix = segment.slice(0, segment.indexOf(':'));
      if (got[i].startsWith(prefix)) continue;
      return false;
    }
    if (got[i] !== segment && safeDecode(got[i]) !== segment) return false;
  }
  return want.length === got.length;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
