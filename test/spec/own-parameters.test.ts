// One operation, its own parameters, over the whole spec of docs-source (the current pages are
// checked in test/current/golden-spec.test.ts): no path parameter outside the path, no query
// parameter or body property that the docs give as another route's path parameter.
import { describe, expect, it } from 'vitest';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { foreignParameters } from '../helpers/own-parameters.js';
import { loadSpec } from '../helpers/pipeline.js';

const src = (line: number) => ({ file: 'award_emoji.md', line });
const op = (line: number, parameters: object[]) => ({ get: { 'x-source': src(line), parameters, responses: {} } });
/** award_emoji.md:17 as the spec once read it: one table, three routes (the shapes the checker must catch). */
const LEAKING = {
  openapi: '3.1.0', info: { title: 'x', version: '1' },
  paths: {
    '/projects/{id}/issues/{issue_iid}/award_emoji': op(17, [
      { name: 'issue_iid', in: 'path', 'x-source': src(17) },
      { name: 'awardable_id', in: 'query', 'x-source': src(27) },
    ]),
    '/projects/{id}/merge_requests/{merge_request_iid}/award_emoji': op(18, [
      { name: 'merge_request_iid', in: 'path', 'x-source': src(18) },
      { name: 'awardable_id', in: 'query', 'x-source': src(27) },
    ]),
    '/projects/{id}/issues/{issue_iid}/award_emoji/{award_id}': op(163, [{ name: 'issue_iid', in: 'path', 'x-source': src(174) }, { name: 'note_id', in: 'path', 'x-source': src(175) }]),
    '/projects/{id}/merge_requests/{merge_request_iid}/award_emoji/{award_id}': op(164, [{ name: 'issue_iid', in: 'query', 'x-source': src(174) }]),
  },
} as unknown as OpenAPIDocument;

describe('every operation has its own parameters', () => {
  it('the checker finds each kind of leak in award_emoji.md as once read', () => {
    expect(foreignParameters(LEAKING)).toEqual([
      'GET /projects/{id}/issues/{issue_iid}/award_emoji: query parameter `awardable_id` (award_emoji.md:27) is shared by several routes while path parameter `issue_iid` has no row',
      'GET /projects/{id}/merge_requests/{merge_request_iid}/award_emoji: query parameter `awardable_id` (award_emoji.md:27) is shared by several routes while path parameter `merge_request_iid` has no row',
      'GET /projects/{id}/issues/{issue_iid}/award_emoji/{award_id}: path parameter `note_id` is not in the path',
      'GET /projects/{id}/merge_requests/{merge_request_iid}/award_emoji/{award_id}: query parameter `issue_iid` (award_emoji.md:174) is the path parameter of GET /projects/{id}/issues/{issue_iid}/award_emoji/{award_id}',
    ]);
  });

  it('docs-source: none', () => {
    expect(foreignParameters(loadSpec())).toEqual([]);
  });
});
