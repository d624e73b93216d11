import { describe, expect, it } from 'vitest';
import { defaultStatus, toResponses } from '../../scripts/openapi/response.js';
import { endpoint, json, response } from './fixtures.js';

describe('defaultStatus: the docs, else the convention', () => {
  it.each([
    ['GET /x', undefined, 200],
    ['PUT /x', undefined, 200],
    ['PATCH /x', undefined, 200],
    ['POST /x', undefined, 201],
    ['DELETE /x', undefined, 204],
    ['DELETE /x', response([json({ id: 1 })]), 200],
    ['POST /x', response([], { status: 202, statusFrom: 'prose' }), 202],
  ] as const)('%s', (signature, doc, want) => {
    expect(defaultStatus(endpoint(signature), doc)).toBe(want);
  });
});

describe('toResponses', () => {
  it('a GET returning an array is paginated: headers on the 200 response', () => {
    const { responses, paginated } = toResponses(endpoint('GET /issues', { responses: [response([json([{ id: 1, title: 'a' }])])] }));
    expect(paginated).toBe(true);
    expect(Object.keys(responses)).toEqual(['200', '4XX']);
    const ok = responses['200'];
    expect(Object.keys(ok.headers ?? {})).toEqual(['Link', 'X-Total', 'X-Total-Pages', 'X-Per-Page', 'X-Page', 'X-Next-Page', 'X-Prev-Page']);
    expect(ok.headers!['X-Total']).toEqual({ $ref: '#/components/headers/X-Total' });
    const media = ok.content!['application/json'];
    expect(media.example).toEqual([{ id: 1, title: 'a' }]);
    expect(media.schema).toMatchObject({ type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' } } } });
  });

  it('a GET returning one object is not paginated', () => {
    const { paginated, responses } = toResponses(endpoint('GET /issues/:id', { responses: [response([json({ id: 1 })])] }));
    expect(paginated).toBe(false);
    expect(responses['200'].headers).toBeUndefined();
  });

  it('a DELETE without a documented body: 204 without content', () => {
    expect(toResponses(endpoint('DELETE /x')).responses).toEqual({ '204': { description: 'No Content' }, '4XX': { $ref: '#/components/responses/Error' } });
  });

  it('without a documented failure, the README\'s errors apply (4XX, the shared Error response)', () => {
    const { responses } = toResponses(endpoint('GET /x'));
    expect(responses['4XX']).toEqual({ $ref: '#/components/responses/Error' });
  });

  it('a documented 4xx uses the Error schema, with its example (and no generic 4XX)', () => {
    const { responses } = toResponses(endpoint('POST /x', {
      responses: [response([json({ id: 1 })]), response([json({ message: '404 Not found' })], { status: 404, statusFrom: 'prose' })],
    }));
    expect(Object.keys(responses)).toEqual(['201', '404']);
    expect(responses['404'].content!['application/json']).toEqual({ schema: { $ref: '#/components/schemas/Error' }, example: { message: '404 Not found' } });
  });

  it('an example that could not be parsed is kept as text, with no schema invented', () => {
    const text = { kind: 'text' as const, lang: 'json', raw: '{ "id": 1, ... }', source: { file: 't.md', line: 3 } };
    const { responses } = toResponses(endpoint('GET /x', { responses: [response([text])] }));
    const media = responses['200'].content!['application/json'];
    expect(media.schema).toBeUndefined();
    expect(Object.values(media.examples ?? {})).toEqual([{ summary: 'As printed in the docs (not valid JSON)', value: '{ "id": 1, ... }' }]);
  });

  it('several examples of one status: merged schema, named examples', () => {
    const { responses } = toResponses(endpoint('GET /x', {
      responses: [response([json({ id: 1 }), json({ id: 2, name: 'b' })])],
    }));
    const media = responses['200'].content!['application/json'];
    expect(Object.keys(media.examples ?? {})).toEqual(['example1', 'example2']);
    expect(media.schema).toMatchObject({ type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } });
  });

  it('a response-attribute table gives a schema even without an example', () => {
    const { responses } = toResponses(endpoint('GET /x', {
      responses: [response([], { attributes: [{ name: 'id', type: { kind: 'integer' }, description: 'The ID', source: { file: 't.md', line: 9 } }] })],
    }));
    expect(responses['200'].content!['application/json'].schema).toMatchObject({ type: 'object', properties: { id: { type: 'integer' } } });
  });
});

describe('toResponses: docs that only mention a failure', () => {
  it('still get the conventional success response', () => {
    const { responses } = toResponses(endpoint('POST /labels/:id/unsubscribe', {
      responses: [response([], { status: 304, statusFrom: 'prose', description: 'Not subscribed' })],
    }));
    expect(Object.keys(responses)).toEqual(['201', '304', '4XX']);
  });
});

describe('toResponses: several documents in one block, and response-attribute tables', () => {
  it('a block holding several JSON documents gives one example each and their merged schema', () => {
    // notification_settings.md:63: `{"level": "watch"}` then `{"level": "custom", "events": {...}}` in one block.
    const alternatives = json({ level: 'watch' }, { values: [{ level: 'watch' }, { level: 'custom', events: { new_note: true } }] });
    const { responses } = toResponses(endpoint('GET /notification_settings', { responses: [response([alternatives])] }));
    const media = responses['200'].content!['application/json'];
    expect(media.example).toBeUndefined();
    expect(Object.values(media.examples ?? {}).map((e) => (e as { value: unknown }).value)).toEqual([{ level: 'watch' }, { level: 'custom', events: { new_note: true } }]);
    // `level` is in both documents, `events` only in the second.
    expect(media.schema).toMatchObject({ type: 'object', required: ['level'], properties: { level: { type: 'string' }, events: { type: 'object' } } });
  });

  it('an attribute table beside an array example describes the elements, and is merged with the example', () => {
    // merge_requests.md:1904 (diffs): the table lists `old_path`, `diff` for a list of diffs.
    const doc = response([json([{ old_path: 'a', diff: '+x' }])], {
      attributes: [
        { name: 'old_path', type: { kind: 'string' }, description: 'Old path of the file', source: { file: 'test.md', line: 3 } },
        { name: 'renamed_file', type: { kind: 'boolean' }, description: 'File was renamed', source: { file: 'test.md', line: 4 } },
      ],
    });
    const { responses } = toResponses(endpoint('GET /diffs', { responses: [doc] }));
    const schema = responses['200'].content!['application/json'].schema as Record<string, any>;
    expect(schema.type).toBe('array');
    expect(schema.items.properties.old_path).toMatchObject({ type: 'string', description: 'Old path of the file' });
    expect(schema.items.properties.diff).toMatchObject({ type: 'string' });
    expect(schema.items.properties.renamed_file).toMatchObject({ type: 'boolean', description: 'File was renamed' });
  });

  it('an attribute table alone gives the schema', () => {
    const doc = response([], { attributes: [{ name: 'id', type: { kind: 'integer' }, description: 'The ID', source: { file: 'test.md', line: 3 } }] });
    const { responses } = toResponses(endpoint('GET /thing', { responses: [doc] }));
    expect(responses['200'].content!['application/json'].schema).toMatchObject({ type: 'object', properties: { id: { type: 'integer', description: 'The ID' } } });
  });
});
