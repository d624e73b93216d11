import { describe, expect, it } from 'vitest';
import { toOperation } from '../../scripts/openapi/operation.js';
import { createContext } from '../../scripts/openapi/context.js';
import type { OperationObject } from '../../scripts/openapi-document.js';
import { endpoint, param, response, T } from './fixtures.js';

/** Every `description` in an operation, where it sits (`example`s are data, not prose). */
function descriptions(node: unknown, at = ''): [string, string][] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === 'example' || key === 'examples') return [];
    if (key === 'description' && typeof value === 'string') return [[at, value] as [string, string]];
    return descriptions(value, `${at}/${key}`);
  });
}

describe('toOperation: descriptions written through `describe`', () => {
  const operation = (signature: string, extra: Parameters<typeof endpoint>[1]): OperationObject =>
    toOperation(endpoint(signature, extra), { operationId: 'x', command: 'x y', tag: 'x', describe: (text) => `<${text}>` }, createContext());

  it('the operation\'s, its path and query parameters\', its responses\' (success and error)', () => {
    const op = operation('GET /projects/:id/things', {
      description: 'See [this](a.md).',
      parameters: [param('id', T.id), param('scope', T.string)],
      responses: [response([], { status: 200, description: 'The things' }), response([], { status: 404, description: 'Not there' })],
    });
    const found = descriptions(op);
    expect(found.length).toBe(5);
    // Each passed through once: none left as written, none twice.
    expect(found.filter(([, text]) => !/^<[^<>]*>$/.test(text))).toEqual([]);
    expect(found.map(([at]) => at)).toEqual(['', '/parameters/0', '/parameters/1', '/responses/200', '/responses/404']);
  });

  it('a request body\'s properties, nested and made from bracketed rows, each once', () => {
    const op = operation('POST /projects/:id/things', {
      parameters: [param('id', T.id), param('title', T.string), param('position[x]', T.integer), param('iids[]', T.integer)],
    });
    const found = descriptions(op.requestBody).map(([, text]) => text);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.filter((text) => !/^<[^<>]*>$/.test(text))).toEqual([]);
    expect(found).toContain('<The title>');
    expect(found).toContain('<The position[x]>');
    expect(found).toContain('<Made of the `position[...]` attributes documented with this endpoint.>');
  });

  it('without `describe`, the texts as the docs write them', () => {
    const op = toOperation(endpoint('GET /things', { description: 'See [this](a.md).' }), { operationId: 'x', command: 'x y', tag: 'x' }, createContext());
    expect(op.description).toBe('See [this](a.md).');
  });
});
