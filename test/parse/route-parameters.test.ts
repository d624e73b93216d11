// One operation, its own parameters: a table shared by several routes, split per route.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';

const md = (...lines: string[]) => lines.join('\n') + '\n';
const page = (...lines: string[]) => parsePage('x.md', md('# X API', '', ...lines));
const TABLE = ['| Attribute | Type | Required | Description |', '| --- | --- | --- | --- |'];
const routes = (result: ReturnType<typeof page>) =>
  result.page.endpoints.map((e) => [`${e.method} ${e.path}`, e.parameters.map((p) => `${p.name}:${p.type.kind}`)]);
const rules = (result: ReturnType<typeof page>) => result.diagnostics.map((d) => `${d.line}:${d.ruleId}`);

describe('routeParameters', () => {
  it('award_emoji.md:11 (11.x): the generic `awardable_id` row is each route\'s own path parameter', () => {
    const result = page('## List', '', '```', 'GET /projects/:id/issues/:issue_iid/award_emoji', 'GET /projects/:id/snippets/:snippet_id/award_emoji', '```', '', ...TABLE,
      '| `id` | integer/string | yes | The ID of the project |', '| `awardable_id` | integer | yes | The ID (`iid` for issues, `id` for snippets) of an awardable |');
    expect(routes(result)).toEqual([
      ['GET /projects/:id/issues/:issue_iid/award_emoji', ['id:id', 'issue_iid:integer']],
      ['GET /projects/:id/snippets/:snippet_id/award_emoji', ['id:id', 'snippet_id:integer']],
    ]);
    expect(rules(result)).toEqual(['13:generic-row-as-path-parameter', '13:generic-row-as-path-parameter']);
  });

  it('current emoji_reactions.md:57: a row naming the three routes\' path parameters gives each route its own', () => {
    const result = page('## List', '', '```plaintext', 'GET /projects/:id/issues/:issue_iid/award_emoji', 'GET /projects/:id/merge_requests/:merge_request_iid/award_emoji', '```', '', ...TABLE,
      '| `id` | integer or string | yes | ID of the project. |', '| `issue_iid`/`merge_request_iid` | integer | yes | ID of an awardable. |');
    expect(routes(result)).toEqual([
      ['GET /projects/:id/issues/:issue_iid/award_emoji', ['id:id', 'issue_iid:integer']],
      ['GET /projects/:id/merge_requests/:merge_request_iid/award_emoji', ['id:id', 'merge_request_iid:integer']],
    ]);
  });

  it('award_emoji.md:163 (11.x): an `issue_iid` row is not a parameter of the merge request route', () => {
    const result = page('## Delete', '', '```', 'DELETE /projects/:id/issues/:issue_iid/award_emoji/:award_id', 'DELETE /projects/:id/merge_requests/:merge_request_iid/award_emoji/:award_id', '```', '', ...TABLE,
      '| `id` | integer/string | yes | The project |', '| `issue_iid` | integer | yes | The internal ID of an issue |', '| `award_id` | integer | yes | The award |');
    expect(routes(result)[1]).toEqual(['DELETE /projects/:id/merge_requests/:merge_request_iid/award_emoji/:award_id', ['id:id', 'award_id:integer']]);
  });

  it('issues.md:1121 (11.x): a row whose name misses the route\'s by a letter documents that path parameter', () => {
    const result = page('## Related', '', '```', 'GET /projects/:id/issues/:issue_id/related_merge_requests', '```', '', ...TABLE,
      '| `id` | integer/string | yes | The project |', '| `issue_iid` | integer | yes | The internal ID of a project\'s issue |');
    expect(routes(result)).toEqual([['GET /projects/:id/issues/:issue_id/related_merge_requests', ['id:id', 'issue_id:integer']]]);
    expect(rules(result)).toEqual(['12:row-names-path-parameter-differently']);
  });

  it('members.md (11.x): one route with a required `user_id` body row keeps it (not a generic row)', () => {
    const result = page('## Add', '', '```', 'POST /projects/:id/members', '```', '', ...TABLE,
      '| `id` | integer/string | yes | The project |', '| `user_id` | integer | yes | The user ID of the new member |');
    expect(routes(result)).toEqual([['POST /projects/:id/members', ['id:id', 'user_id:integer']]]);
    expect(rules(result)).toEqual([]);
  });
});
