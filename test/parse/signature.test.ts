import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findSignatures, parseSignatureLine, routeMatches } from '../../scripts/parse/signature.js';

const code = (value: string, lang: string | null = null, line = 10): Code => ({
  type: 'code', lang, value,
  position: { start: { line, column: 1 }, end: { line: line + value.split('\n').length + 1, column: 4 } },
});
const brief = (value: string, lang: string | null = null) => findSignatures(code(value, lang), 'a.md').map((s) => [s.method, s.path, s.query, s.source.line]);

describe('findSignatures', () => {
  it.each<[string, string, string | null, unknown[]]>([
    ['one line', 'GET /projects/:id/issues', null, [['GET', '/projects/:id/issues', undefined, 11]]],
    ['several lines with query variants', 'GET /issues\nGET /issues?state=opened\nGET /issues?iids[]=42&iids[]=43', 'plaintext',
      [['GET', '/issues', undefined, 11], ['GET', '/issues', 'state=opened', 12], ['GET', '/issues', 'iids[]=42&iids[]=43', 13]]],
    ['no leading slash', 'GET projects/:id/access_tokens', 'plaintext', [['GET', '/projects/:id/access_tokens', undefined, 11]]],
    ['two spaces after the method', 'POST  /groups/:id/projects/:project_id', null, [['POST', '/groups/:id/projects/:project_id', undefined, 11]]],
    ['two methods glued to one route', 'PUT/POST /projects/:id/services/jira', null,
      [['PUT', '/projects/:id/services/jira', undefined, 11], ['POST', '/projects/:id/services/jira', undefined, 11]]],
    ['two lines glued together', 'GET /projects/:id/hooksPOST /projects/:id/hooks', null,
      [['GET', '/projects/:id/hooks', undefined, 11], ['POST', '/projects/:id/hooks', undefined, 11]]],
    ['a wildcard and a query with spaces', 'GET /projects/:id/jobs/:job_id/artifacts/*artifact_path\nGET /avatar?email=admin at example.com', null,
      [['GET', '/projects/:id/jobs/:job_id/artifacts/*artifact_path', undefined, 11], ['GET', '/avatar', 'email=admin at example.com', 12]]],
  ])('reads %s', (_name, value, lang, want) => {
    expect(brief(value, lang)).toEqual(want);
  });

  it.each<[string, string, string | null]>([
    ['the API prefix and an encoded path', 'GET /api/v4/projects/diaspora%2Fdiaspora', null],
    ['a numeric id', 'GET /projects/1/branches', null],
    ['credentials in the query', 'GET /projects?private_token=9koXpg98eAheJpvBs5tK&sudo=username', null],
    ['a full URL', 'GET https://gitlab.example.com/api/v4/user?access_token=OAUTH-TOKEN', null],
    ['a curl call', 'curl --request GET https://gitlab.example.com/api/v4/projects', 'bash'],
    ['a JSON block', '"GET /projects"', 'json'],
    ['prose', 'POST request to /oauth/token with parameters', null],
  ])('ignores %s', (_name, value, lang) => {
    expect(brief(value, lang)).toEqual([]);
  });
});

describe('parseSignatureLine', () => {
  it('marks concrete calls as examples', () => {
    expect(parseSignatureLine('GET /api/v4/projects/1/branches/my%2Fbranch/commits')?.example).toBe(true);
    expect(parseSignatureLine('GET /users?username=:username')).toEqual({ methods: ['GET'], path: '/users', query: 'username=:username', example: false });
    expect(parseSignatureLine('POST /api/v4/markdown')).toEqual({ methods: ['POST'], path: '/markdown', example: false, prefixed: true });
    expect(parseSignatureLine('Some text')).toBeUndefined();
  });
});

describe('routeMatches', () => {
  it.each<[string, string, boolean]>([
    ['/projects/:id/deploy_keys/:key_id/enable', '/projects/5/deploy_keys/13/enable', true],
    ['/projects/:id/access_tokens', 'projects/<project_id>/access_tokens', true],
    ['/groups', '/groups/', true],
    ['/projects/:id/jobs/:job_id/artifacts/*artifact_path', '/projects/1/jobs/2/artifacts/some/release.tar', true],
    ['/projects/:id/issues', '/projects/5/merge_requests', false],
    ['/projects/:id', '/projects/5/star', false],
    ['/projects/:id/star', '/projects/5', false],
  ])('%s vs %s', (route, concrete, want) => {
    expect(routeMatches(route, concrete)).toBe(want);
  });
});
