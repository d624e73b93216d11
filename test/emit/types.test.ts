// emitTypes: openapi-typescript output plus the call tables (call-table.test.ts), tag keys as the
// conventions say, uploads typed as files.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitTypes, pathsByTag, tagKey, typesInput } from '../../scripts/emit/types.js';
import { FIXTURES, fixtureOutputs } from '../client/fixtures/regenerate.js';

const fixtureUrl = new URL('../client/fixtures/mini-spec.yaml', import.meta.url);
const doc = parse(readFileSync(fixtureUrl, 'utf8'));

describe('tagKey', () => {
  it.each([
    ['issues.md', 'issues'],
    ['merge_requests.md', 'mergeRequests'],
    ['templates/gitignores.md', 'templatesGitignores'],
    ['project_level_variables.md', 'projectLevelVariables'],
    ['repository_files.md', 'repositoryFiles'],
    ['v3_to_v4.md', 'v3ToV4'],
    ['404.md', 'tag404'],
    ['request.md', 'requestApi'],
  ])('%s -> %s', (page, key) => {
    expect(tagKey(page)).toBe(key);
  });
});

describe('emitTypes', () => {
  it('writes schema.d.ts and the response media table', async () => {
    const files = await emitTypes(doc);
    expect(files.map((f) => f.path)).toEqual(['schema.d.ts', 'response-media.js', 'response-media.d.ts']);
  });

  it.each(FIXTURES)('the committed types of fixtures/%s are what it produces (npx tsx test/client/fixtures/regenerate.ts if this fails)', async (spec) => {
    for (const [path, content] of Object.entries(await fixtureOutputs(spec))) {
      expect(readFileSync(new URL(`../client/fixtures/${path}`, import.meta.url), 'utf8'), path).toBe(content);
    }
  });

  it('the types leave out examples and response headers (they stay in the spec), not a property named example', () => {
    const given = {
      paths: {
        '/x': {
          get: {
            responses: {
              '200': { description: 'OK', headers: { Link: { $ref: '#/components/headers/Link' } }, content: { 'application/json': { schema: { type: 'object', properties: { example: { type: 'string', example: 'e' } }, example: {} }, example: {}, examples: { a: {} } } } },
              '4XX': { $ref: '#/components/responses/Error' },
            },
          },
        },
      },
      components: { headers: { Link: { schema: { type: 'string' } } }, responses: { Error: { description: 'E', headers: { 'X-Request-Id': { schema: { type: 'string' } } } } } },
    } as never;
    expect(typesInput(given)).toEqual({
      paths: { '/x': { get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { example: { type: 'string' } } } } } }, '4XX': { $ref: '#/components/responses/Error' } } } } },
      components: { headers: { Link: { schema: { type: 'string' } } }, responses: { Error: { description: 'E' } } },
    });
  });

  it('a file in a request body is an Upload; a binary response schema stays as openapi-typescript writes it', async () => {
    const spec = structuredClone(doc);
    spec.paths['/projects/{id}/uploads'] = {
      post: {
        operationId: 'uploadFile',
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, logo: { type: ['string', 'null'], contentMediaType: 'image/png' }, name: { type: 'string' } } } } } },
        responses: { '200': { description: 'OK', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
      },
    };
    const text = String((await emitTypes(spec))[0].content);
    expect(text).toContain('file: Upload;');
    expect(text).toContain('logo?: Upload | null;');
    expect(text).toContain('name?: string;');
    expect(text).toMatch(/"application\/octet-stream": string;/);
  });

  it('pathsByTag lists each tag\'s paths; a path shared by two tags is in both', () => {
    const shared = structuredClone(doc);
    shared.paths['/projects/{id}'].delete = { operationId: 'deleteProjectX', tags: ['Issues'], responses: { '204': { description: 'x' } } };
    const byTag = pathsByTag(shared);
    expect([...byTag.keys()]).toEqual(['issues', 'projects', 'repositoryFiles', 'branches', 'mergeRequests']);
    expect(byTag.get('issues')!.paths).toEqual(['/projects/{id}/issues', '/projects/{id}/issues/{issue_iid}', '/projects/{id}']);
    expect(byTag.get('projects')!.paths).toEqual(['/projects', '/projects/{id}']);
  });

  it('string-literal unions for enums, interfaces, root types, and no input mutation', async () => {
    const before = JSON.stringify(doc);
    const [file] = await emitTypes(doc);
    const text = String(file.content);
    expect(text).toContain('state?: "opened" | "closed";');
    expect(text).toContain('export interface paths {');
    expect(text).toMatch(/export type SchemaIssue = components\['schemas'\]\['Issue'\];/);
    expect(text).not.toMatch(/\benum\s+\w+\s*\{/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('hostile tag names and descriptions cannot break out of comments or strings', async () => {
    const hostile = structuredClone(doc);
    hostile.tags[0].name = 'Issues */ export const pwned = 1; /*';
    hostile.paths['/projects/{id}/issues'].get.tags = [hostile.tags[0].name];
    hostile.paths['/projects/{id}/issues'].get.description = 'x */ declare const pwned: 1; /* `$(touch x)` "quote';
    const [file] = await emitTypes(hostile);
    const source = ts.createSourceFile('schema.d.ts', String(file.content), ts.ScriptTarget.ES2022, true);
    const identifiers: string[] = [];
    const walk = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) identifiers.push(node.text);
      ts.forEachChild(node, walk);
    };
    walk(source);
    expect(identifiers).toContain('TagCalls');
    expect(identifiers).not.toContain('pwned');
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });
});
