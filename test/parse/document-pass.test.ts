// The document-wide passes of the parse stage (type-inference.ts, enum-reference.ts), run by
// parseDocs over small pages: what a row leaves open, the rest of the docs settles.
import { describe, expect, it } from 'vitest';
import type { DocsModel } from '../../scripts/model.js';
import { parseDocs } from '../../scripts/parse/index.js';

const md = (...lines: string[]) => lines.join('\n') + '\n';
const TABLE = ['| Attribute | Type | Required | Description |', '| --- | --- | --- | --- |'];
const param = (model: DocsModel, file: string, route: string, name: string) =>
  model.pages.find((p) => p.file === file)!.endpoints.find((e) => `${e.method} ${e.path}` === route)!.parameters.find((p) => p.name === name)!;
const rules = (model: DocsModel, ...ids: string[]) =>
  model.diagnostics.filter((d) => ids.includes(d.ruleId)).map((d) => `${d.file}:${d.line}:${d.ruleId}`);

describe('types across the docs', () => {
  const model = parseDocs([
    { file: 'users.md', text: md('# Users API', '', '## Create', '', '```', 'POST /users', '```', '', 'Parameters:', '',
      '- `admin` (optional) - User is admin - true or false (default)',
      '- `projects_limit` (optional) - Number of projects user can create',
      '- `skype` (optional) - Skype ID',
      '- `title` (optional) - Title of the user',
      '', '## Modify', '', '```', 'PUT /users/:id', '```', '', 'Parameters:', '',
      '- `projects_limit` (optional) - Limit projects each user can create',
      '- `website_url` (optional) - Website',
    ) },
    { file: 'keys.md', text: md('# Keys API', '', '## Add', '', '```', 'POST /keys', '```', '', ...TABLE,
      '| `website_url` | string | no | The site |', '| `title` | integer | no | A numbered title |') },
    { file: 'files.md', text: md('# Files API', '', '## Get', '', '```', 'GET /projects/:id/files/:file_path', '```', '', '- `ref` (required) - The name of branch') },
  ]);

  it('from the row\'s own words (users.md:11 "true or false"), marked with the evidence', () => {
    const admin = param(model, 'users.md', 'POST /users', 'admin');
    expect(admin.type.kind).toBe('boolean');
    expect(admin.typeInferred).toContain('true or false');
  });

  it('from the same name read on another row of the page (users.md:12 "Number of" types users.md:24)', () => {
    expect(param(model, 'users.md', 'PUT /users/:id', 'projects_limit')).toMatchObject({ type: { kind: 'integer' }, typeInferred: expect.stringContaining('users.md:12') });
  });

  it('from the same name typed in a Type cell elsewhere in the docs (keys.md:11)', () => {
    expect(param(model, 'users.md', 'PUT /users/:id', 'website_url')).toMatchObject({ type: { kind: 'string' }, typeInferred: expect.stringContaining('keys.md:11') });
  });

  it('the row\'s own words win over another page\'s type', () => {
    expect(param(model, 'users.md', 'POST /users', 'title').type.kind).toBe('string');
  });

  it('a path parameter without a row gets one, typed by the path convention', () => {
    expect(param(model, 'files.md', 'GET /projects/:id/files/:file_path', 'id')).toMatchObject({ form: 'path', type: { kind: 'id' } });
    expect(param(model, 'files.md', 'GET /projects/:id/files/:file_path', 'file_path')).toMatchObject({ form: 'path', type: { kind: 'string' } });
  });

  it('nothing settles "Skype ID": untyped, with a note; every inference is a note too', () => {
    expect(param(model, 'users.md', 'POST /users', 'skype').type.kind).toBe('unknown');
    expect(rules(model, 'type-not-inferred')).toEqual(['users.md:13:type-not-inferred']);
    expect(rules(model, 'type-inferred')).toEqual(expect.arrayContaining(['users.md:11:type-inferred', 'users.md:24:type-inferred', 'users.md:25:type-inferred', 'files.md:9:type-inferred']));
    expect(model.diagnostics.filter((d) => d.ruleId === 'type-inferred').every((d) => d.severity === 'info')).toBe(true);
  });
});

describe('enums from lists elsewhere', () => {
  const model = parseDocs([
    { file: 'events.md', text: md('# Events', '', '## Filter parameters', '', '### Action Types', '', 'Available action types for the `action` parameter are:', '', '- `created`', '- `updated`', '',
      '## List events', '', '```', 'GET /events', '```', '', ...TABLE,
      '| `action` | string | no | Include only events of a particular [action type][action-types] |',
      '| `scope` | string | no | Include all events |', '',
      '[action-types]: #action-types "Action Type parameter"') },
    { file: 'members.md', text: md('# Members API', '', '**Valid access levels**', '', 'Currently, these levels are recognized:', '', '```', '10 => Guest access', '30 => Developer access', '```', '',
      '## Add', '', '```', 'POST /projects/:id/members', '```', '', ...TABLE, '| `access_level` | integer | yes | A valid access level |') },
    { file: 'groups.md', text: md('# Groups API', '', '## List', '', '```', 'GET /groups', '```', '', ...TABLE,
      '| `min_access_level` | integer | no | Limit to groups where current user has at least this [access level](members.md) |',
      '| `visibility` | boolean | no | Whether [the action type](events.md#action-types) shows |') },
  ]);

  it('a reference link to a section of the page (events.md:20 -> events.md:9)', () => {
    expect(param(model, 'events.md', 'GET /events', 'action')).toMatchObject({ enum: ['created', 'updated'], enumFrom: { file: 'events.md', line: 9 } });
  });

  it('a link to another page without an anchor: the list whose title the link text names (groups.md:11 -> members.md:7)', () => {
    expect(param(model, 'groups.md', 'GET /groups', 'min_access_level')).toMatchObject({ enum: ['10', '30'], enumFrom: { file: 'members.md', line: 7 } });
  });

  it('no link: the description names the title of a list on its page (members.md:20)', () => {
    expect(param(model, 'members.md', 'POST /projects/:id/members', 'access_level').enum).toEqual(['10', '30']);
  });

  it('values that do not fit the type (a boolean) are not taken; a parameter nothing points to gets none', () => {
    expect(param(model, 'groups.md', 'GET /groups', 'visibility').enum).toBeUndefined();
    expect(param(model, 'events.md', 'GET /events', 'scope').enum).toBeUndefined();
  });

  it('each enum taken so is a note naming the list\'s file and line', () => {
    expect(model.diagnostics.filter((d) => d.ruleId === 'enum-from-reference').map((d) => [`${d.file}:${d.line}`, d.severity, /at (\S+:\d+)/.exec(d.reason)?.[1]])).toEqual([
      ['events.md:20', 'info', 'events.md:9'],
      ['groups.md:11', 'info', 'members.md:7'],
      ['members.md:20', 'info', 'members.md:7'],
    ]);
  });
});

describe('a table without a Type column (the shape of today\'s users.md "Create a user")', () => {
  const model = parseDocs([{ file: 'users.md', text: md('# Users API', '', '## Create a user', '', '```plaintext', 'POST /users', '```', '', 'Supported attributes:', '',
    '| Attribute | Required | Description |', '| --- | --- | --- |',
    '| `admin` | No | User is an administrator. Valid values are `true` or `false`. Defaults to false. |',
    '| `avatar` | No | Image file for user\'s avatar |',
    '| `email` | Yes | Email |',
    '| `group_id_for_saml` | No | ID of group where SAML has been configured |',
    '| `shared_runners_minutes_limit` | No | Can be set by administrators only. Maximum number of monthly compute minutes for this user. |',
    '| `discord` | No | Discord account |') }]);
  it('every row its words type is typed, and marked; the one they do not stays untyped', () => {
    const kinds = Object.fromEntries(model.pages[0].endpoints[0].parameters.map((p) => [p.name, [p.type.kind, p.typeInferred !== undefined]]));
    expect(kinds).toEqual({
      admin: ['boolean', true], avatar: ['file', true], email: ['string', true], group_id_for_saml: ['integer', true],
      shared_runners_minutes_limit: ['integer', true], discord: ['unknown', false],
    });
    expect(model.diagnostics.filter((d) => d.ruleId === 'table-without-type-column')).toHaveLength(1);
  });
});

