// Coverage: every method + path signature in docs-source/, counted here by a plain line scan
// written independently of scripts/parse/signature.ts, is an endpoint of parsePage, and nothing else is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../../scripts/model.js';
import { parsePage } from '../../scripts/parse/index.js';

const ROOT = join(import.meta.dirname, '../../docs-source');

/** Signature-looking lines that only show a call with concrete values: examples, not endpoints. */
const EXAMPLE_LINES = new Set([
  'README.md: GET /projects?private_token=9koXpg98eAheJpvBs5tK&sudo=username',
  'README.md: GET /projects?private_token=9koXpg98eAheJpvBs5tK&sudo=23',
  'README.md: GET /api/v4/projects/diaspora%2Fdiaspora',
  'README.md: GET /api/v4/projects/1/branches/my%2Fbranch/commits',
  'oauth2.md: GET https://gitlab.example.com/api/v4/user?access_token=OAUTH-TOKEN',
]);
/** Endpoints that a section defines only by its curl example and parameter table (read, and diagnosed). */
const CURL_ONLY = ['POST /projects/:id/deploy_keys/:key_id/enable'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** Lines inside ``` fences (no language, plaintext, http) that start with an HTTP method and a route. */
function scanSignatures(file: string, text: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  let lang = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const opener = /^(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (fence === undefined && opener) {
      fence = opener[1];
      lang = opener[2].toLowerCase();
      continue;
    }
    if (fence !== undefined && line.startsWith(fence)) {
      fence = undefined;
      continue;
    }
    if (fence === undefined || !['', 'plaintext', 'text', 'http'].includes(lang)) continue;
    const match = /^(GET|POST|PUT|PATCH|DELETE|HEAD)\s+(\S.*)$/.exec(line);
    if (!match || EXAMPLE_LINES.has(`${file}: ${line}`)) continue;
    const path = match[2].split('?')[0].replace(/^\/?api\/v4\//, '/');
    found.push(`${match[1]} ${path.startsWith('/') ? path : '/' + path}`);
  }
  return found;
}

describe('coverage of docs-source/', () => {
  let results: PageResult[];
  let scanned: Set<string>;
  beforeAll(() => {
    const files = markdownFiles(ROOT);
    const pages = files.map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
    results = pages.map((p) => parsePage(p.file, p.text));
    scanned = new Set(pages.flatMap((p) => scanSignatures(p.file, p.text)));
  });

  it('reads the 69 markdown pages', () => {
    expect(results).toHaveLength(69);
  });

  it('finds every scanned signature, the curl-only ones, and nothing else', () => {
    const parsed = new Set(results.flatMap((r) => r.page.endpoints.map((e) => `${e.method} ${e.path}`)));
    const want = new Set([...scanned, ...CURL_ONLY]);
    expect([...parsed].filter((s) => !want.has(s))).toEqual([]);
    expect([...want].filter((s) => !parsed.has(s))).toEqual([]);
    expect(parsed.size).toBe(want.size);
  });

  it('found the curl-only endpoint from its curl example, with a diagnostic', () => {
    const endpoint = results.flatMap((r) => r.page.endpoints).find((e) => e.foundBy === 'curl-example');
    expect(endpoint).toMatchObject({ method: 'POST', path: '/projects/:id/deploy_keys/:key_id/enable', file: 'deploy_keys.md', heading: 'Enable a deploy key' });
    const diagnostics = results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'endpoint-from-curl-example');
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['deploy_keys.md:187']);
  });

  it('keeps the README examples out of the endpoints', () => {
    const readme = results.find((r) => r.page.file === 'README.md');
    expect(readme?.page.endpoints).toEqual([]);
    expect(readme?.apiInfo?.paginationParameters.map((p) => p.name)).toEqual(['page', 'per_page']);
  });
});
