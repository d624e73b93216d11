import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../scripts/model.js';
import { defaultStatus, toResponses } from '../../scripts/openapi/response.js';
import { endpoint, json, response } from './fixtures.js';
import { runEntities } from './entities/run.js';

/** toResponses with what the entity pass finds for the endpoint, and the entities' schemas. */
function responsesOf(subject: Endpoint, others: Endpoint[] = []) {
  const run = runEntities([subject, ...others]);
  return { ...toResponses(subject, run.responses.get(`${subject.method} ${subject.path}`)), schema: run.schema };
}

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
  it('a GET returning a list is paginated: headers on the 200 response, a list of the entity', () => {
    const { responses, paginated, schema } = responsesOf(endpoint('GET /issues', { responses: [response([json([{ id: 1, title: 'a' }])])] }));
    expect(paginated).toBe(true);
    expect(Object.keys(responses)).toEqual(['200', '4XX']);
    const ok = responses['200'];
    expect(Object.keys(ok.headers ?? {})).toEqual(['Link', 'X-Total', 'X-Total-Pages', 'X-Per-Page', 'X-Page', 'X-Next-Page', 'X-Prev-Page']);
    expect(ok.headers!['X-Total']).toEqual({ $ref: '#/components/headers/X-Total' });
    const media = ok.content!['application/json'];
    expect(media.example).toEqual([{ id: 1, title: 'a' }]);
    expect(media.schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Issue' } });
    expect(schema('Issue')).toMatchObject({ type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' } } });
  });

  it('pagination comes from the model, not from the schema\'s shape: an inferred list is paginated too', () => {
    const list = endpoint('GET /projects/:id/snippets', { responses: [response([])] });
    const { paginated, responses } = responsesOf(list, [endpoint('GET /projects/:id/snippets/:snippet_id', { responses: [response([json({ id: 1, title: 't' })])] })]);
    expect(paginated).toBe(true);
    expect(responses['200'].content!['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Snippet' } });
  });

  it('a GET returning one object is not paginated', () => {
    const { paginated, responses } = responsesOf(endpoint('GET /issues/:id', { responses: [response([json({ id: 1 })])] }));
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

  it('several examples of one status: one entity, named examples', () => {
    const { responses, schema } = responsesOf(endpoint('GET /x/:id', {
      responses: [response([json({ id: 1, title: 'a' }), json({ id: 2, title: 'b', name: 'b' })])],
    }));
    const media = responses['200'].content!['application/json'];
    expect(Object.keys(media.examples ?? {})).toEqual(['example1', 'example2']);
    expect(media.schema).toEqual({ $ref: '#/components/schemas/X' });
    expect(schema('X')).toMatchObject({ properties: { id: { type: 'integer' }, title: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'title'] });
  });

  it('a response-attribute table gives a schema even without an example', () => {
    const { responses, schema } = responsesOf(endpoint('GET /x/:id', {
      responses: [response([], { attributes: [{ name: 'id', type: { kind: 'integer' }, description: 'The ID', source: { file: 't.md', line: 9 } }] })],
    }));
    expect(responses['200'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/X' });
    expect(schema('X')).toEqual({ type: 'object', properties: { id: { type: 'integer', description: 'The ID' } }, 'x-source': { file: 't.md', line: 9 } });
  });

  it('an example that only adds fields to another is shown merged into it (projects.md:271, "If the project is a fork")', () => {
    const full = { id: 3, name: 'Diaspora', path: 'diaspora' };
    const fork = { id: 3, forked_from_project: null, mr_default_target_self: false };
    const { responses } = responsesOf(endpoint('GET /projects/:id', { responses: [response([json(full), json(fork, { caption: 'If the project is a fork' })])] }));
    const media = responses['200'].content!['application/json'];
    expect(media.example).toBeUndefined();
    expect(media.examples).toEqual({ example1: { value: { ...full, forked_from_project: null, mr_default_target_self: false },
      description: 'With the fields the docs show in separate examples: `forked_from_project`, `mr_default_target_self`.' } });
  });

  it('a download: its media type and a string schema (jobs.md:446)', () => {
    const { responses } = responsesOf(endpoint('GET /projects/:id/jobs/:job_id/trace'));
    expect(responses['200'].content).toEqual({ 'text/plain': { schema: { type: 'string' } } });
  });

  it('an inferred body marks the result', () => {
    const single = endpoint('GET /projects/:id/milestones/:milestone_id');
    const { inferred } = responsesOf(single, [endpoint('GET /projects/:id/milestones', { responses: [response([json([{ id: 1, title: 'v1' }])])] })]);
    expect(inferred).toBe(true);
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
  it('a block holding several JSON documents gives one example each and one entity', () => {
    // notification_settings.md:63: `{"level": "watch"}` then `{"level": "custom", "events": {...}}` in one block.
    const alternatives = json({ level: 'watch' }, { values: [{ level: 'watch' }, { level: 'custom', events: { new_note: true } }] });
    const { responses, schema } = responsesOf(endpoint('GET /notification_settings', { responses: [response([alternatives])] }));
    const media = responses['200'].content!['application/json'];
    expect(media.example).toBeUndefined();
    expect(Object.values(media.examples ?? {}).map((e) => (e as { value: unknown }).value)).toEqual([{ level: 'watch' }, { level: 'custom', events: { new_note: true } }]);
    // One field against two: two shapes (3/4 of the larger is not shared), so either.
    expect(media.schema).toEqual({ anyOf: [{ $ref: '#/components/schemas/NotificationSettingsBasic' }, { $ref: '#/components/schemas/NotificationSettings' }] });
    expect(schema('NotificationSettings')).toMatchObject({ required: ['level', 'events'], properties: { level: { type: 'string' }, events: { type: 'object' } } });
    expect(schema('NotificationSettingsBasic')).toMatchObject({ required: ['level'], properties: { level: { type: 'string' } } });
  });

  it('an attribute table beside an array example describes the elements, and is merged with the example', () => {
    // merge_requests.md:1904 (diffs): the table lists `old_path`, `diff` for a list of diffs.
    const doc = response([json([{ old_path: 'a', diff: '+x' }])], {
      attributes: [
        { name: 'old_path', type: { kind: 'string' }, description: 'Old path of the file', source: { file: 'test.md', line: 3 } },
        { name: 'renamed_file', type: { kind: 'boolean' }, description: 'File was renamed', source: { file: 'test.md', line: 4 } },
      ],
    });
    const { responses, schema } = responsesOf(endpoint('GET /diffs', { responses: [doc] }));
    expect(responses['200'].content!['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Diff' } });
    const properties = schema('Diff').properties;
    expect(properties.old_path).toEqual({ type: 'string', description: 'Old path of the file' });
    expect(properties.diff).toEqual({ type: 'string' });
    expect(properties.renamed_file).toEqual({ type: 'boolean', description: 'File was renamed' });
    // The table is no observation of which fields are always there: the example's are required.
    expect(schema('Diff').required).toEqual(['old_path', 'diff']);
  });
});
