import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../../scripts/model.js';
import { createContext } from '../../../scripts/openapi/context.js';
import { buildEntities } from '../../../scripts/openapi/entities/index.js';
import { endpoint, json, response } from '../fixtures.js';
import { validatesIn } from '../validate-json-schema.js';
import { runEntities } from './run.js';

const get = (path: string, ...values: unknown[]) => endpoint(`GET ${path}`, { responses: [response(values.map((v) => json(v)))] });
const basicUser = { id: 1, name: 'Administrator', username: 'root', state: 'active', avatar_url: null, web_url: 'http://localhost:3000/root' };

describe('buildEntities: which objects are named entities', () => {
  const run = runEntities([
    get('/projects/:id/issues', [{ id: 1, author: basicUser, _links: { self: 'u', notes: 'n' }, time_stats: { time_estimate: 0 }, project: { id: 5, name: 'p' } }]),
    get('/projects/:id/notes', [{ id: 2, body: 'b', author: basicUser, time_stats: { time_estimate: 1 } }]),
  ]);

  it('a body, an object in two places (`author`, `time_stats`), or under a key naming a collection (`project`)', () => {
    expect(Object.keys(run.schemas)).toEqual(['Author', 'Issue', 'Note', 'Project', 'TimeStats']);
  });

  it('an object seen in one place only stays inline (`_links`)', () => {
    expect(run.schema('Issue').properties._links).toEqual({ type: 'object', properties: { self: { type: 'string' }, notes: { type: 'string' } }, required: ['self', 'notes'] });
    expect(run.schema('Issue').properties.author).toEqual({ $ref: '#/components/schemas/Author' });
  });

  it('each schema says where it was first seen', () => {
    expect(run.schema('Note')['x-source']).toEqual({ file: 'test.md', line: expect.any(Number) });
  });

  it('bodies refer to their entity, lists to a list of it', () => {
    expect(run.body('GET /projects/:id/issues')).toEqual({ schema: { type: 'array', items: { $ref: '#/components/schemas/Issue' } }, list: true });
  });
});

describe('buildEntities: diagnostics', () => {
  it('a property only ever null (ok: null beside a value elsewhere; not ok: null everywhere)', () => {
    const ok = runEntities([get('/projects/:id/merge_requests', [{ id: 1, merge_commit_sha: null }, { id: 2, merge_commit_sha: 'abc' }])]);
    expect(ok.diagnostics.filter((d) => d.ruleId === 'null-only-property')).toEqual([]);
    const notOk = runEntities([get('/projects/:id/merge_requests', [{ id: 1, merge_commit_sha: null }])]);
    expect(notOk.diagnostics.filter((d) => d.ruleId === 'null-only-property')).toEqual([expect.objectContaining({
      file: 'test.md', severity: 'info', reason: '`merge_commit_sha` of MergeRequest is `null` in every example and no table types it: left untyped (any value, or null)',
    })]);
    expect(notOk.schema('MergeRequest').properties.merge_commit_sha).toEqual({});
  });

  it('a body that is no entity: a map (projects.md:1054 languages), a list of strings (ok: an object)', () => {
    const run = runEntities([
      get('/projects/:id/languages', { Ruby: 66.69, JavaScript: 22.98 }),
      get('/projects/:id/repository/branches/names', ['master', 'develop']),
      get('/projects/:id/badges', [{ id: 1, link_url: 'u' }]),
    ]);
    expect(run.body('GET /projects/:id/languages')!.schema).toEqual({ type: 'object', additionalProperties: { type: 'number' } });
    expect(run.diagnostics.filter((d) => d.ruleId === 'response-not-an-entity').map((d) => d.reason)).toEqual([
      'the 200 response of `GET /projects/:id/languages` is a map (its keys are data, not field names), not an object the docs describe: no entity',
      'the 200 response of `GET /projects/:id/repository/branches/names` is a list of strings, not an object the docs describe: no entity',
    ]);
  });
});

describe('buildEntities: descriptions of table rows', () => {
  it('go through `describe` (the openapi stage resolves their links against their page)', () => {
    const ctx = createContext();
    const model = buildEntities([endpoint('GET /projects/:id/merge_requests/:iid', {
      responses: [response([json({ id: 1 })], { attributes: [{ name: 'id', type: { kind: 'integer' }, description: 'See [merge status](#merge-status).', source: { file: 'merge_requests.md', line: 700 } }] })],
    })], ctx, { describe: (text, source) => `${text} (${source.file}:${source.line})` });
    expect((model.schemas.MergeRequest as Record<string, any>).properties.id.description).toBe('See [merge status](#merge-status). (merge_requests.md:700)');
  });
});

describe('buildEntities: every example validates against its body\'s schema', () => {
  const scalar = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 5 }), fc.constantFrom('2018-03-01', '2012-05-23T08:00:58Z'));
  const user = fc.record({ id: fc.integer(), name: fc.string({ maxLength: 4 }), avatar_url: fc.option(fc.string({ maxLength: 4 })) }, { requiredKeys: ['id'] });
  const item = fc.record({ id: fc.integer(), title: scalar, author: fc.option(user), labels: fc.array(scalar, { maxLength: 3 }), meta: fc.jsonValue({ maxDepth: 2 }) },
    { requiredKeys: ['id'] });
  it('for any list of issue-like objects and any JSON document', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), fc.array(item, { maxLength: 3 }), (issues, other, more) => {
        const endpoints: Endpoint[] = [get('/projects/:id/issues', issues, more), get('/things/:id', other)];
        const run = runEntities(endpoints);
        for (const [operation, values] of [['GET /projects/:id/issues', [issues, more]], ['GET /things/:id', [other]]] as const) {
          const body = run.body(operation);
          if (!body) continue;
          for (const value of values) expect(validatesIn(run.schemas, body.schema as object, value)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
