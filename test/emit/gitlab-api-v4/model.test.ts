// The completion model: which keys a method offers for its operation, with which values, and what
// each shell shows for methods, arguments and options.
import { describe, expect, it } from 'vitest';
import { buildCommandTable } from '../../../src/cli/command-table.js';
import { mapOperations } from '../../../scripts/emit/gitlab-api-v4/map-operations.js';
import { buildV4Completion, keysOf } from '../../../scripts/emit/gitlab-api-v4/model.js';
import { methodOf, specOf, tableOf } from './fixtures.js';

const SPEC = specOf(
  {
    op: 'POST /projects/{id}/things',
    summary: 'New thing',
    query: { dry: { type: 'boolean' } },
    body: { title: { type: 'string', description: 'The [title](https://x.example/t)' }, state: { type: 'string', enum: ['opened', 'closed'] }, access_level: { type: 'integer' }, file: { type: 'string', format: 'binary' }, 'x-odd': { type: 'string' }, 'a:b': { type: 'string' } },
    required: ['title'],
  },
  { op: 'GET /projects/{id}/things', query: { file: { type: 'string' }, labels: { type: 'string' } } },
);
const ops = buildCommandTable(SPEC).commands;
const post = ops.find((o) => o.method === 'POST')!;
const get = ops.find((o) => o.method === 'GET')!;
const aliases = { access_level: ['guest', 'owner'] };
const keys = (m: ReturnType<typeof methodOf>, op = post) => keysOf(m, op, aliases).map((k) => [k.key, k.required, k.values.join(' '), k.file]);

describe('keysOf', () => {
  it('the query parameters and body properties, required first; no path parameter, header, or name the CLI cannot pass', () => {
    expect(keys(methodOf('create_thing', 'POST projects/:project_id/things', 'content'))).toEqual([
      ['title', true, '', false],
      ['dry', false, 'true false', false],
      ['state', false, 'opened closed', false],
      ['access_level', false, 'guest owner', false],
      // POST and PUT upload a `file` key (RESTClient.pm)
      ['file', false, '', true],
    ]);
  });

  it('none for a method that takes no params', () => {
    expect(keys(methodOf('create_thing', 'POST projects/:project_id/things', 'none'))).toEqual([]);
  });

  it('only the uploads for a method that uploads every value (edit_project_multipart)', () => {
    expect(keys(methodOf('edit_thing', 'POST projects/:project_id/things', 'files'))).toEqual([['file', false, '', true]]);
  });

  it('a `file` key of a query is text', () => {
    expect(keys(methodOf('things', 'GET projects/:project_id/things'), get)).toEqual([['file', false, '', false], ['labels', false, '', false]]);
  });
});

describe('buildV4Completion', () => {
  const table = tableOf(methodOf('things', 'GET projects/:project_id/things'), methodOf('create_thing', 'POST projects/:project_id/things', 'content'), methodOf('releases', 'GET projects/:project_id/releases'));
  const model = buildV4Completion(table, mapOperations(table, buildCommandTable(SPEC)));

  it('one command per method, by name, described by its summary and arguments, or by its request when unmapped', () => {
    expect(model.commands.map((c) => [c.name, c.description, c.args.map((a) => `${a.name}: ${a.description}`)])).toEqual([
      ['create-thing', 'New thing <project_id>', ['project_id: the id']],
      ['releases', 'GET projects/:project_id/releases', ['project_id: project_id']],
      ['things', 'GET /projects/{id}/things <project_id>', ['project_id: the id']],
    ]);
    expect(model.commands[1].keys).toEqual({ '': [] });
  });

  it('describes keys in one line without markdown links, (required) first', () => {
    expect(model.commands[0].keys[''][0].description).toBe('(required) The title');
  });

  it('options as the CLI documents them (`--url=<url>`), and the words taken in place of a method', () => {
    expect(model.options).toEqual([{ word: '--url=', description: 'Sets url.' }, { word: '--all', description: '--all' }]);
    expect(model.builtins.map((b) => b.name)).toEqual(['help']);
  });
});
