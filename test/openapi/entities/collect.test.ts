import { describe, expect, it } from 'vitest';
import type { ResponseAttribute } from '../../../scripts/model.js';
import { attributePath, carriesBody, collectObservations } from '../../../scripts/openapi/entities/collect.js';
import { endpoint, json, response } from '../fixtures.js';

const row = (name: string, kind: string, description = '', extra: Partial<ResponseAttribute> = {}): ResponseAttribute =>
  ({ name, type: { kind } as ResponseAttribute['type'], description, source: { file: 'test.md', line: 7 }, ...extra });

describe('collectObservations: examples', () => {
  const issue = { id: 1, author: { id: 2, name: 'a' }, assignees: [{ id: 3 }, { id: 4, name: 'b' }], milestone: null, labels: ['x'] };
  const { observations, responses } = collectObservations([endpoint('GET /projects/:id/issues', { responses: [response([json([issue])])] })]);

  it('every object, nested ones included, with its place: operation, status, pointer and key', () => {
    expect(observations.map((o) => [o.site.operation, o.site.status, o.site.pointer, o.site.key ?? '', o.parent ?? -1])).toEqual([
      ['GET /projects/:id/issues', 200, '/[]', '', -1],
      ['GET /projects/:id/issues', 200, '/[]/author', 'author', 0],
      ['GET /projects/:id/issues', 200, '/[]/assignees/[]', 'assignees', 0],
      ['GET /projects/:id/issues', 200, '/[]/assignees/[]', 'assignees', 0],
    ]);
    expect(observations.every((o) => o.site.source.file === 'test.md' && !o.partial)).toBe(true);
  });

  it('properties in the order shown, values by kind', () => {
    const [root] = observations;
    expect(root.props.map(([key, value]) => [key, value.kind])).toEqual([
      ['id', 'leaf'], ['author', 'object'], ['assignees', 'array'], ['milestone', 'null'], ['labels', 'array'],
    ]);
    expect(root.props[0][1]).toEqual({ kind: 'leaf', schema: { type: 'integer' } });
  });

  it('the response: its example documents as values and as given', () => {
    const evidence = responses.get('GET /projects/:id/issues')!.get(200)!;
    expect(evidence.examples).toEqual([{ kind: 'array', items: [{ kind: 'object', id: 0 }] }]);
    expect(evidence.documents).toEqual([[issue]]);
  });
});

describe('collectObservations: which responses', () => {
  it.each([
    ['GET /x', 200, true], ['HEAD /x', 200, false], ['DELETE /x', 204, false], ['POST /x', 201, true], ['POST /x', 404, false],
  ] as const)('%s %i carries a body: %s', (signature, status, want) => {
    expect(carriesBody(endpoint(signature), status)).toBe(want);
  });

  it('a failure\'s example is no observation of the success body', () => {
    const { observations } = collectObservations([endpoint('POST /x', {
      responses: [response([json({ id: 1 })]), response([json({ message: '404 Not found' })], { status: 404, statusFrom: 'prose' })],
    })]);
    expect(observations.map((o) => o.site.status)).toEqual([201]);
  });
});

describe('collectObservations: complements', () => {
  it('an example repeating the `id` of the fullest one and adding fields is partial (projects.md "can also see")', () => {
    const full = { id: 3, name: 'p', path: 'p', visibility: 'private' };
    const extra = { id: 3, issues_template: 'x', merge_requests_template: 'y' };
    const other = { id: 4, name: 'q', path: 'q' };
    const { observations, responses } = collectObservations([endpoint('GET /projects/:id', { responses: [response([json(full), json(extra), json(other)])] })]);
    expect(observations.map((o) => o.partial)).toEqual([false, true, false]);
    expect(responses.get('GET /projects/:id')!.get(200)!.complements).toEqual([[1, 0]]);
  });

  it('an alternative sharing no field is another shape, not a complement (lint.md `{"error": ...}`)', () => {
    const { observations } = collectObservations([endpoint('POST /lint', { responses: [response([json({ status: 'valid', errors: [] }), json({ error: 'content is missing' })])] })]);
    expect(observations.map((o) => o.partial)).toEqual([false, false]);
  });
});

describe('collectObservations: response-attribute tables', () => {
  it('rows arranged by their names\' paths; descriptions and deprecation kept; the table is partial', () => {
    const { observations, responses } = collectObservations([endpoint('GET /projects/:id/merge_requests/:iid', {
      responses: [response([], {
        attributes: [
          row('id', 'integer', 'ID of the merge request.'),
          row('merged_by', 'object', 'User who merged. [Deprecated](https://example.com) in GitLab 14.7.', { deprecated: true }),
          row('commits', 'array', '', { type: { kind: 'array', items: { kind: 'unknown' } } }),
          row('commits[].id', 'string', 'SHA of the commit.'),
        ],
      })],
    })]);
    expect(observations.map((o) => [o.site.pointer, o.partial])).toEqual([['', true], ['/commits/[]', true]]);
    const [root, commit] = observations;
    expect(root.props.map(([key]) => key)).toEqual(['id', 'merged_by', 'commits']);
    expect(root.props[1][1]).toMatchObject({ kind: 'row', schema: { type: 'object' }, deprecated: true });
    expect(root.props[2][1]).toMatchObject({ kind: 'row', schema: { type: 'array', items: {} }, of: { kind: 'array', items: [{ kind: 'object', id: 1 }] } });
    expect(commit.props).toEqual([['id', expect.objectContaining({ kind: 'row', description: 'SHA of the commit.', schema: { type: 'string' } })]]);
    expect(responses.get('GET /projects/:id/merge_requests/:iid')!.get(200)!.tables).toHaveLength(1);
  });

  it('beside a list example, or with `[]` names, a table describes the elements (merge_requests.md:1904)', () => {
    const { observations } = collectObservations([
      endpoint('GET /diffs', { responses: [response([json([{ old_path: 'a' }])], { attributes: [row('old_path', 'string'), row('diff', 'string')] })] }),
      endpoint('GET /mrs', { responses: [response([], { attributes: [row('[].iid', 'integer'), row('title', 'string')] })] }),
    ]);
    expect(observations.filter((o) => o.partial).map((o) => [o.site.operation, o.site.pointer, o.props.map(([k]) => k)])).toEqual([
      ['GET /diffs', '/[]', ['old_path', 'diff']],
      ['GET /mrs', '/[]', ['iid', 'title']],
    ]);
  });
});

describe('attributePath', () => {
  it.each([
    ['id', ['id']], ['author.name', ['author', 'name']], ['[].merged_by', ['[]', 'merged_by']],
    ['commits[].id', ['commits', '[]', 'id']], ['position[base_sha]', ['position', 'base_sha']], [' x ', ['x']],
  ])('%s', (name, want) => {
    expect(attributePath(name)).toEqual(want);
  });
});
