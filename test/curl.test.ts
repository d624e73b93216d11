import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseCurl } from '../scripts/curl.js';

const TOKEN = { 'PRIVATE-TOKEN': '9koXpg98eAheJpvBs5tK' };

describe('parseCurl', () => {
  // Calls as the pages write them (file:line of the original in the name).
  it.each<[string, string, ReturnType<typeof parseCurl>]>([
    ['an unquoted URL (branches.md)', 'curl --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" https://gitlab.example.com/api/v4/projects/5/repository/branches',
      { method: 'GET', url: 'https://gitlab.example.com/api/v4/projects/5/repository/branches', path: '/projects/5/repository/branches', headers: TOKEN }],
    ['an unquoted query with & (branches.md)', 'curl --request PUT --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" https://gitlab.example.com/api/v4/projects/5/repository/branches/master/protect?developers_can_push=true&developers_can_merge=true',
      { method: 'PUT', url: 'https://gitlab.example.com/api/v4/projects/5/repository/branches/master/protect?developers_can_push=true&developers_can_merge=true', path: '/projects/5/repository/branches/master/protect', headers: TOKEN }],
    ['line continuations, single quotes and a JSON body (snippets.md:88)',
      'curl --request POST \\\n     --data \'{"title": "foo", "content": "bar"}\' \\\n     --header \'Content-Type: application/json\' \\\n     --header "PRIVATE-TOKEN: valid_api_token" \\\n     https://gitlab.example.com/api/v4/snippets',
      { method: 'POST', url: 'https://gitlab.example.com/api/v4/snippets', path: '/snippets', headers: { 'Content-Type': 'application/json', 'PRIVATE-TOKEN': 'valid_api_token' }, data: '{"title": "foo", "content": "bar"}' }],
    ['an encoded path, kept encoded (README.md)', 'curl "https://gitlab.example.com/api/v4/projects/diaspora%2Fdiaspora"',
      { method: 'GET', url: 'https://gitlab.example.com/api/v4/projects/diaspora%2Fdiaspora', path: '/projects/diaspora%2Fdiaspora', headers: {} }],
    ['-X and -H, data giving POST', "curl -X POST -H 'PRIVATE-TOKEN: x' -d 'name=a' -d 'path=b' 'https://host/api/v4/groups'",
      { method: 'POST', url: 'https://host/api/v4/groups', path: '/groups', headers: { 'PRIVATE-TOKEN': 'x' }, data: 'name=a&path=b' }],
    ['only data: POST (features.md)', 'curl --data "value=30" --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" https://gitlab.example.com/api/v4/features/new_library',
      { method: 'POST', url: 'https://gitlab.example.com/api/v4/features/new_library', path: '/features/new_library', headers: TOKEN, data: 'value=30' }],
    ['forms (project_import_export.md:128)', 'curl --request POST --header "PRIVATE-TOKEN: 9koXpg98eAheJpvBs5tK" --form "path=api-project" --form "file=@/path/to/file" https://gitlab.example.com/api/v4/projects/import',
      { method: 'POST', url: 'https://gitlab.example.com/api/v4/projects/import', path: '/projects/import', headers: TOKEN, form: ['path=api-project', 'file=@/path/to/file'] }],
    ['--globoff and a quoted URL on the next line (README.md:448)',
      'curl --globoff --request POST --header "PRIVATE-TOKEN: ********************" \\\n"https://gitlab.example.com/api/v4/projects/169/pipeline?ref=master&variables[][key]=VAR1"',
      { method: 'POST', url: 'https://gitlab.example.com/api/v4/projects/169/pipeline?ref=master&variables[][key]=VAR1', path: '/projects/169/pipeline', headers: { 'PRIVATE-TOKEN': '********************' } }],
    ['an unterminated quote (README.md:426)', 'curl --request POST --header "PRIVATE-TOKEN: x" \\\n-d "import_sources[]=github" \\\n"https://gitlab.example.com/api/v4/some_endpoint',
      { method: 'POST', url: 'https://gitlab.example.com/api/v4/some_endpoint', path: '/some_endpoint', headers: { 'PRIVATE-TOKEN': 'x' }, data: 'import_sources[]=github' }],
    ['--url, --head, a prompt and a pipe', '$ curl --head --url "https://gitlab.example.com/api/v4/projects?per_page=1" | grep X-Total',
      { method: 'HEAD', url: 'https://gitlab.example.com/api/v4/projects?per_page=1', path: '/projects', headers: {} }],
    ['-G turning data into the query', "curl -G --data-urlencode 'search=a b' https://host/api/v4/projects",
      { method: 'GET', url: 'https://host/api/v4/projects?search=a b', path: '/projects', headers: {} }],
    ['a URL outside the API', 'curl --request POST "https://gitlab.example.com/oauth/token"',
      { method: 'POST', url: 'https://gitlab.example.com/oauth/token', headers: {} }],
    ['the first of two commands', 'curl https://host/api/v4/a\ncurl https://host/api/v4/b',
      { method: 'GET', url: 'https://host/api/v4/a', path: '/a', headers: {} }],
  ])('reads %s', (_name, raw, want) => {
    expect(parseCurl(raw)).toEqual(want);
  });

  it.each(['GET /projects', 'wget https://host/api/v4/projects', 'curl --header "A: b"', ''])('finds no call in %j', (raw) => {
    expect(parseCurl(raw)).toBeUndefined();
  });

  it('never throws', () => {
    const parts = fc.constantFrom('curl', '-X', 'POST', '--header', '"', "'", '\\\n', '\n', 'https://h/api/v4/x?y', '-d', '|', ';', '&&', '#');
    fc.assert(
      fc.property(fc.array(fc.oneof(parts, fc.string({ maxLength: 6 })), { maxLength: 20 }), (words) => {
        const call = parseCurl(words.join(' '));
        if (call?.path !== undefined) expect(call.path.startsWith('/')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// The real pages: every code block of docs-source that runs curl.
const DOCS = join(import.meta.dirname, '../docs-source');
describe('parseCurl on docs-source', () => {
  const calls: { place: string; call: ReturnType<typeof parseCurl> }[] = [];
  for (const file of readdirSync(DOCS, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()) {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(join(DOCS, file), 'utf8'));
    visit(tree, 'code', (code: Code) => {
      if (/(^|\s)curl\s/.test(code.value)) calls.push({ place: `${file}:${code.position!.start.line}`, call: parseCurl(code.value) });
    });
  }

  it('reads a URL from all 370 curl blocks, and an API path from all but the two that leave out /api/v4', () => {
    expect(calls).toHaveLength(370);
    expect(calls.filter((c) => c.call === undefined)).toEqual([]);
    // users.md:460 and :486 call `https://gitlab.example.com/user/status`, without /api/v4.
    expect(calls.filter((c) => c.call!.path === undefined).map((c) => c.place)).toEqual(['users.md:460', 'users.md:486']);
  });

  it.each<[string, string, string]>([
    ['events.md:278', 'GET', '/projects/:project_id/events'],
    ['snippets.md:87', 'POST', '/snippets'],
    ['branches.md:261', 'DELETE', '/projects/5/repository/branches/newbranch'],
    ['projects.md:1301', 'POST', '/projects/5/uploads'],
  ])('reads %s as %s %s', (place, method, path) => {
    expect(calls.find((c) => c.place === place)?.call).toMatchObject({ method, path });
  });
});
