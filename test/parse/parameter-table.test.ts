import { describe, expect, test } from 'vitest';
import { parseParameterTable } from '../../scripts/parse/parameter-table.js';
import { nodeOf } from './markdown-node.js';

const HEAD = '| Attribute | Type | Required | Description |\n| --------- | ---- | -------- | ----------- |\n';
/** Parse a table whose rows start on line 3 of `t.md`. */
const parse = (rows: string, head = HEAD) => parseParameterTable(nodeOf(head + rows, 'table'), 't.md');
const rules = (rows: string, head = HEAD) => parse(rows, head).diagnostics.map((d) => `${d.line}:${d.ruleId}`);

describe('parseParameterTable: Required cells', () => {
  const cases: [string, boolean, string | undefined, string[]][] = [
    ['yes', true, undefined, []],
    ['Yes', true, undefined, []],
    ['no', false, undefined, []],
    ['No', false, undefined, []],
    ['optional', false, undefined, []],
    ['no (optional)', false, undefined, []],
    ['true', true, undefined, ['3:required-written-as-boolean']],
    ['false', false, undefined, ['3:required-written-as-boolean']],
    ['yes, if `path` is not provided', false, 'yes, if `path` is not provided', []],
    ["Yes (if `path` isn't provided)", false, "Yes (if `path` isn't provided)", []],
    ['yes (see description)', false, 'yes (see description)', []],
    ['required by: `enforce_terms`', false, 'required by: `enforce_terms`', []],
    ['', false, undefined, ['3:missing-required']],
    ['sometimes', false, 'sometimes', ['3:unclear-required']],
  ];
  test.each(cases)('%j', (cell, required, note, diagnostics) => {
    const { parameters } = parse(`| \`path\` | string | ${cell} | The path |\n`);
    expect(parameters).toHaveLength(1);
    expect(parameters[0].required).toBe(required);
    expect(parameters[0].requiredNote).toBe(note);
    expect(rules(`| \`path\` | string | ${cell} | The path |\n`)).toEqual(diagnostics);
  });
});

describe('parseParameterTable: rows', () => {
  test('a plain row, with source, form and the enum and default of its description', () => {
    const { parameters, diagnostics } = parse('| `sort` | string | no | Return issues sorted in `asc` or `desc` order. Default is `desc` |\n');
    expect(diagnostics).toEqual([]);
    expect(parameters).toEqual([
      {
        name: 'sort',
        type: { kind: 'string', raw: 'string' },
        required: false,
        description: 'Return issues sorted in `asc` or `desc` order. Default is `desc`',
        enum: ['asc', 'desc'],
        default: 'desc',
        form: 'table',
        source: { file: 't.md', line: 3, column: 1 },
      },
    ]);
  });

  test('<br> becomes a newline, <sup> footnote markers are dropped, links stay markdown', () => {
    const { parameters } = parse(
      '| `order_by` | string | no | Return projects ordered by `id`, `similarity` <sup>1</sup>, or `name` fields.<br>See [sorting](README.md#sort). |\n',
    );
    expect(parameters[0].description).toBe('Return projects ordered by `id`, `similarity`, or `name` fields.\nSee [sorting](README.md#sort).');
    expect(parameters[0].enum).toEqual(['id', 'similarity', 'name']);
  });

  test('names lose their backticks; spaces inside them are reported', () => {
    const { parameters, diagnostics } = parse('| `iids[]` | integer array | no | Return only the given iids |\n| `cron ` | string | yes | The cron |\n');
    expect(parameters.map((p) => p.name)).toEqual(['iids[]', 'cron']);
    expect(parameters[0].type).toEqual({ kind: 'array', items: { kind: 'integer' }, raw: 'integer array' });
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['4:name-with-whitespace']);
  });

  test('a row with a missing cell is still read, with a diagnostic', () => {
    const { parameters, diagnostics } = parse('| `id` | integer | yes |\n');
    expect(parameters).toMatchObject([{ name: 'id', required: true, description: '' }]);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['3:missing-cell']);
  });

  test('a row with an extra cell keeps the description and reports the rest', () => {
    const { parameters, diagnostics } = parse('| `environment_id` | integer | yes | The ID of the environment | The ID of the environment |\n');
    expect(parameters[0].description).toBe('The ID of the environment');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['extra-cell']);
    expect(diagnostics[0].reason).toContain('ignored: The ID of the environment');
  });

  test('an unescaped pipe in a code span splits the description; it is joined back', () => {
    const { parameters, diagnostics } = parse('| `type` | string | yes | The type `(dockerfiles|gitignores|licenses)` of the template |\n');
    expect(parameters[0].description).toBe('The type `(dockerfiles|gitignores|licenses)` of the template');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unescaped-pipe']);
  });

  test('an empty Type cell is `row-without-type`, an unreadable one `unknown-type`', () => {
    const { parameters, diagnostics } = parse('| `a` |  | no | A |\n| `avatar` | mixed | no | Image file |\n');
    expect(parameters.map((p) => p.type.kind)).toEqual(['unknown', 'unknown']);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['3:row-without-type', '4:unknown-type']);
  });

  test('a row without a name is skipped with an error', () => {
    const { parameters, diagnostics } = parse('|  | string | no | Orphan |\n| `b` | string | no | B |\n');
    expect(parameters.map((p) => p.name)).toEqual(['b']);
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.severity])).toEqual([[3, 'row-without-name', 'error']]);
  });

  test('two names in one cell give two parameters (commits.md `name` or `context`)', () => {
    const { parameters, diagnostics } = parse('| `name` or `context` | string | no | The label. Default value is `default` |\n');
    expect(parameters.map((p) => [p.name, p.default])).toEqual([
      ['name', 'default'],
      ['context', 'default'],
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['several-names-in-cell']);
  });

  test('a note after the name is reported and dropped (`lfs_enabled` (optional))', () => {
    const { parameters, diagnostics } = parse('| `lfs_enabled` (optional) | boolean | no | Enable LFS |\n');
    expect(parameters[0].name).toBe('lfs_enabled');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['name-with-annotation']);
  });

  test('the same name twice keeps the first row', () => {
    const { parameters, diagnostics } = parse('| `a` | string | no | First |\n| `a` | string | no | Second |\n');
    expect(parameters.map((p) => p.description)).toEqual(['First']);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['4:duplicate-parameter']);
  });

  test('deprecation in the description', () => {
    const { parameters } = parse(
      '| `issues_enabled` | boolean | no | _(Deprecated)_ Enable issues for this project. Use `issues_access_level` instead. |\n| `scope` | string | no | Use the now deprecated `created-by-me` value instead |\n',
    );
    expect(parameters.map((p) => p.deprecated)).toEqual([true, undefined]);
  });

  test('no enum where it contradicts the type', () => {
    const { parameters } = parse('| `active` | boolean | no | The state of a runner; can be set to `true` or `false` |\n| `level` | integer | no | Can be `low` or `high` |\n');
    expect(parameters.map((p) => p.enum)).toEqual([undefined, undefined]);
  });
});

describe('parseParameterTable: table variants', () => {
  test('a `actions[]` Attribute header names its rows actions[][...]', () => {
    const head = '| `actions[]` Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n';
    const { parameters } = parse('| `action` | string | yes | The action to perform, `create`, `delete` |\n| `file_path` | string | yes | Full path |\n', head);
    expect(parameters.map((p) => [p.name, p.required, p.enum])).toEqual([
      ['actions[][action]', true, ['create', 'delete']],
      ['actions[][file_path]', true, undefined],
    ]);
  });

  test('Parameter first column, true/false Required (services.md)', () => {
    const head = '| Parameter | Type | Required | Description |\n| --------- | ---- | -------- | ----------- |\n';
    const { parameters, diagnostics } = parse('| `token` | string | true | The authentication token\n| `subdomain` | string | false | The subdomain setting\n', head);
    expect(parameters.map((p) => [p.name, p.required])).toEqual([
      ['token', true],
      ['subdomain', false],
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['3:required-written-as-boolean', '4:required-written-as-boolean']);
  });

  test('no Type column: one diagnostic for the table, types unknown', () => {
    const head = '| Parameter | Required | Description |\n| --- | --- | --- |\n';
    const { parameters, diagnostics } = parse('| `page` | no | Page number |\n', head);
    expect(parameters).toMatchObject([{ name: 'page', type: { kind: 'unknown' }, required: false, description: 'Page number' }]);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:table-without-type-column']);
  });

  test('no Required column: optional, one diagnostic for the table', () => {
    const head = '| Attribute | Type | Description |\n| --- | --- | --- |\n';
    const { parameters, diagnostics } = parse('| `id` | integer or string | The ID |\n', head);
    expect(parameters).toMatchObject([{ name: 'id', type: { kind: 'id' }, required: false }]);
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['1:table-without-required-column']);
  });

  test('lower-case headers', () => {
    const head = '| attribute | type | required | description |\n| --- | --- | --- | --- |\n';
    const { parameters } = parse('| `expires_at` | date | yes | Expiry |\n', head);
    expect(parameters).toMatchObject([{ name: 'expires_at', type: { kind: 'date' }, required: true, description: 'Expiry' }]);
  });
});
