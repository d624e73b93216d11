import { describe, expect, it } from 'vitest';
import { diffDocuments, operationKey } from '../../scripts/changelog/diff.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { changelog } from '../../scripts/changelog/index.js';
import { loadSpec } from '../helpers/pipeline.js';

const doc = (paths: unknown) => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths }) as unknown as OpenAPIDocument;

describe('diffDocuments', () => {
  const spec = doc({
    '/projects/{id}/merge_requests/{iid}/discussions': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        operationId: 'createDiscussion',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } }],
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { form_only: { type: 'string' } } } },
            'application/json': {
              schema: {
                type: 'object',
                required: ['body'],
                properties: {
                  body: { type: 'string', description: 'The content', 'x-source': { file: 'discussions.md', line: 7 } },
                  position: { type: 'object', required: ['base_sha'], properties: { base_sha: { type: 'string' } } },
                  actions: { type: 'array', items: { type: 'object', properties: { file_path: { type: 'string' } } } },
                },
              },
            },
          },
        },
        responses: { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, author: { type: 'object', properties: { name: { type: 'string' } } } } } } } } }, '400': { description: 'Bad' } },
      },
    },
  });
  // Against an empty base: the operation is on the revision side only, flattened.
  const [op] = diffDocuments(doc({}), spec);
  const view = op.revision!;

  it('flattens what a client sends: parameters (operation-level over path-level) and body properties in bracket form', () => {
    expect(view.fields.map((f) => `${f.location}:${f.name}:${f.required}`)).toEqual([
      'path:id:true',
      'body:body:true',
      'body:position:false',
      'body:position[base_sha]:true',
      'body:actions:false',
      'body:actions[][file_path]:false',
    ]);
    expect(view.fields[0].type).toEqual({ kind: 'known', atoms: [{ t: 'integer' }, { t: 'string' }] });
    expect(view.fields[1]).toMatchObject({ description: 'The content', source: { file: 'discussions.md', line: 7 } });
  });

  it('flattens what a client reads from success responses only', () => {
    expect(view.responses.map((r) => r.status)).toEqual(['201']);
    expect([...view.responses[0].properties.keys()]).toEqual(['[].id', '[].author', '[].author.name', '']);
  });

  it('pairs each field with itself', () => {
    expect(op.fields.every((p) => p.base && p.revision)).toBe(true);
  });
});

describe('operationKey', () => {
  it('ignores path parameter names and method case', () => {
    expect(operationKey('get', '/projects/{id}/issues/{issue_iid}')).toBe(operationKey('GET', '/projects/{project_id}/issues/{iid}'));
    expect(operationKey('get', '/projects/{id}')).not.toBe(operationKey('get', '/projects/{id}/issues'));
  });
});

describe('operations written the same on both sides', () => {
  const two = () => doc({
    '/a': { get: { operationId: 'getA', responses: { '200': { description: 'OK' } } } },
    '/b': { get: { operationId: 'getB', responses: { '200': { description: 'OK' } } } },
  });

  it('are left out of the diff when the components are the same too', () => {
    const revision = two();
    (revision.paths!['/b'] as { get: { summary?: string } }).get.summary = 'Changed';
    expect(diffDocuments(two(), revision).map((d) => d.revision?.path)).toEqual(['/b']);
  });

  it('are paired as before when the components differ (a $ref may read them)', () => {
    const revision = { ...two(), components: { schemas: { Unused: { type: 'object' } } } } as OpenAPIDocument;
    expect(diffDocuments(two(), revision).map((d) => d.revision?.path)).toEqual(['/a', '/b']);
  });

  it('give no change when paired (the docs-source spec beside itself with one more, unused, entity)', () => {
    const spec = loadSpec();
    const revision = structuredClone(spec);
    (revision.components!.schemas as Record<string, unknown>).UnusedByAnyOperation = { type: 'object' };
    expect(changelog(spec, revision).changes).toEqual([]);
  });
});
