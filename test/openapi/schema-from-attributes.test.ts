import { describe, expect, it } from 'vitest';
import type { ResponseAttribute, TypeRef } from '../../scripts/model.js';
import { attributePath, schemaFromAttributes } from '../../scripts/openapi/schema-from-attributes.js';
import { mergeSchemas, schemaFromExample } from '../../scripts/openapi/schema-from-example.js';
import { validates } from './validate-json-schema.js';

let line = 1;
const attr = (name: string, kind: TypeRef['kind'] | TypeRef, description = ''): ResponseAttribute => ({
  name, type: typeof kind === 'string' ? ({ kind } as TypeRef) : kind, description, source: { file: 'merge_requests.md', line: line++ },
});

describe('attributePath', () => {
  it.each<[string, string[]]>([
    ['id', ['id']],
    ['author.name', ['author', 'name']],
    ['[].merged_by', ['[]', 'merged_by']],
    ['commits[].id', ['commits', '[]', 'id']],
    ['position[base_sha]', ['position', 'base_sha']],
    ['tag_list[]', ['tag_list', '[]']],
  ])('splits %s', (name, want) => {
    expect(attributePath(name)).toEqual(want);
  });
});

describe('schemaFromAttributes', () => {
  it('builds an object from plain and dotted names (project_access_tokens.md style)', () => {
    expect(schemaFromAttributes([
      attr('id', 'integer', 'ID of the token.'),
      attr('expires_at', 'date', 'Expiry date.'),
      attr('commit.author_email', 'string', 'Author e-mail.'),
      attr('commit.id', 'string'),
    ])).toEqual({
      type: 'object',
      properties: {
        id: { type: 'integer', description: 'ID of the token.' },
        expires_at: { type: 'string', format: 'date', description: 'Expiry date.' },
        commit: {
          type: 'object',
          properties: { author_email: { type: 'string', description: 'Author e-mail.' }, id: { type: 'string' } },
          required: ['author_email', 'id'],
        },
      },
      required: ['id', 'expires_at', 'commit'],
    });
  });

  it('builds an array from `[].` names (merge_requests.md:286)', () => {
    expect(schemaFromAttributes([
      attr('[].id', 'integer', 'ID of the merge request.'),
      attr('[].closed_at', 'datetime', 'Timestamp of when the merge request was closed.'),
      attr('[].merged_by', 'object', 'User who merged this merge request or set it to auto-merge.'),
      attr('[].labels', { kind: 'array', items: { kind: 'unknown' } }, 'Labels of the merge request.'),
    ])).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer', description: 'ID of the merge request.' },
          closed_at: { type: 'string', format: 'date-time', description: 'Timestamp of when the merge request was closed.' },
          merged_by: { type: 'object', description: 'User who merged this merge request or set it to auto-merge.' },
          labels: { type: 'array', items: {}, description: 'Labels of the merge request.' },
        },
        required: ['id', 'closed_at', 'merged_by', 'labels'],
      },
    });
  });

  it('nests `commits[].id` under a documented array row', () => {
    expect(schemaFromAttributes([
      attr('commits', { kind: 'array', items: { kind: 'object' } }, 'Commits of the compare.'),
      attr('commits[].id', 'string', 'SHA of the commit.'),
    ])).toEqual({
      type: 'object',
      properties: {
        commits: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'string', description: 'SHA of the commit.' } }, required: ['id'] },
          description: 'Commits of the compare.',
        },
      },
      required: ['commits'],
    });
  });

  it('keeps an unknown type as no type, with its description', () => {
    expect(schemaFromAttributes([attr('state', 'unknown', 'State.')])).toEqual({
      type: 'object', properties: { state: { description: 'State.' } }, required: ['state'],
    });
  });

  it('reads names without `[]` as element attributes when the example is an array (merge_requests.md:1904)', () => {
    const example = schemaFromExample([{ old_path: 'README', diff: '@@ -1 +1 @@' }]);
    const schema = schemaFromAttributes([attr('old_path', 'string', 'Old path of the file.'), attr('new_file', 'boolean', 'Indicates if the file has just been added.')], example);
    expect(schema).toMatchObject({ type: 'array', items: { type: 'object', properties: { old_path: { type: 'string' }, new_file: { type: 'boolean' } } } });
  });
});

describe('mergeSchemas of an example and an attribute table', () => {
  // merge_requests.md (current): the example shows `closed_by: null`, `labels: []`, `merged_by` an
  // object; the table types them `object`, `array`, `object`, with descriptions.
  const example = [{ id: 1, closed_by: null, labels: [], merged_by: { id: 87854, username: 'DouweM' }, sha: 'abc' }];
  const table = [
    attr('[].id', 'integer', 'ID of the merge request.'),
    attr('[].closed_by', 'object', 'User who closed this merge request.'),
    attr('[].labels', { kind: 'array', items: { kind: 'string' } }, 'Labels of the merge request.'),
    attr('[].merged_by', 'object', 'User who merged this merge request.'),
    attr('[].draft', 'boolean', 'Indicates if the merge request is a draft.'),
  ];
  const merged = mergeSchemas(schemaFromExample(example), schemaFromAttributes(table)) as {
    items: { properties: Record<string, Record<string, unknown>>; required: string[] };
  };

  it('takes types from both, descriptions from the table', () => {
    const p = merged.items.properties;
    expect(p.id).toEqual({ type: 'integer', description: 'ID of the merge request.' });
    expect(p.closed_by).toEqual({ type: ['object', 'null'], description: 'User who closed this merge request.' });
    expect(p.labels).toEqual({ type: 'array', items: { type: 'string' }, description: 'Labels of the merge request.' });
    expect(p.merged_by).toMatchObject({ type: 'object', description: 'User who merged this merge request.', properties: { id: { type: 'integer' }, username: { type: 'string' } } });
  });

  it('lists the example\'s properties first, then the table\'s; requires what both have', () => {
    expect(Object.keys(merged.items.properties)).toEqual(['id', 'closed_by', 'labels', 'merged_by', 'sha', 'draft']);
    expect(merged.items.required).toEqual(['id', 'closed_by', 'labels', 'merged_by']);
  });

  it('still validates the example', () => {
    expect(validates(merged, example)).toBe(true);
  });
});
