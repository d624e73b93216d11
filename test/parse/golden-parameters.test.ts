// Golden tests: real tables and lists of the docs pages, located by heading, read by the parse
// stage's table/list functions. Every expectation below was written by reading the page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { List, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import type { Parameter, TypeRef } from '../../scripts/model.js';
import { parseKeyTable } from '../../scripts/parse/key-table.js';
import { parseParameterList } from '../../scripts/parse/parameter-list.js';
import { parseParameterTable } from '../../scripts/parse/parameter-table.js';
import { parseResponseAttributeTable } from '../../scripts/parse/response-attributes.js';
import { classifyTable } from '../../scripts/parse/table.js';
import { parseValueTable } from '../../scripts/parse/value-table.js';
import { nodeUnderHeading, parseMarkdown } from './markdown-node.js';

const V11 = join(import.meta.dirname, '../../docs-source');
const CURRENT = join(import.meta.dirname, '../../docs-versions/current');
const EARLIER = join(import.meta.dirname, '../../docs-versions/earlier');

/** A compact expectation: name, type (`id`, `array<integer>`, `union<boolean|string>`), required, and the optional facts. */
type Want = [name: string, type: string, required: boolean, extra?: { enum?: string[]; default?: string; requiredNote?: string; deprecated?: boolean }];

function typeName(type: TypeRef): string {
  if (type.kind === 'array') return `array<${typeName(type.items)}>`;
  if (type.kind === 'union') return `union<${type.of.map(typeName).join('|')}>`;
  return type.kind;
}

function compact(parameters: Parameter[]): Want[] {
  return parameters.map((p) => {
    const extra: NonNullable<Want[3]> = {};
    if (p.enum) extra.enum = p.enum;
    if (p.default !== undefined) extra.default = p.default;
    if (p.requiredNote !== undefined) extra.requiredNote = p.requiredNote;
    if (p.deprecated) extra.deprecated = true;
    return Object.keys(extra).length ? [p.name, typeName(p.type), p.required, extra] : [p.name, typeName(p.type), p.required];
  });
}

function table(dir: string, page: string, heading: string, index = 0): { node: Table; lead: string; file: string } {
  const found = nodeUnderHeading(join(dir, page), heading, 'table', index);
  return { ...found, file: page };
}

function tableParameters(dir: string, page: string, heading: string, index = 0): Parameter[] {
  const { node, lead, file } = table(dir, page, heading, index);
  expect(classifyTable(node, lead)).toBe('parameters');
  return parseParameterTable(node, file).parameters;
}

function listParameters(dir: string, page: string, heading: string): Parameter[] {
  const { node } = nodeUnderHeading(join(dir, page), heading, 'list');
  const found = parseParameterList(node as List, page);
  if (!found) throw new Error(`the list under "${heading}" in ${page} was not read as parameters`);
  return found.parameters;
}

describe('golden: docs-source (GitLab 11.x)', () => {
  test('commits.md create a commit: the parameters', () => {
    expect(compact(tableParameters(V11, 'commits.md', 'Create a commit with multiple files and actions'))).toEqual([
      ['id', 'id', true],
      ['branch', 'string', true],
      ['commit_message', 'string', true],
      ['start_branch', 'string', false],
      ['actions[]', 'array<unknown>', true],
      ['author_email', 'string', false],
      ['author_name', 'string', false],
      ['stats', 'boolean', false, { default: 'true' }],
    ]);
  });

  test('commits.md create a commit: the `actions[]` sub-attributes', () => {
    const parameters = tableParameters(V11, 'commits.md', 'Create a commit with multiple files and actions', 1);
    expect(compact(parameters)).toEqual([
      ['actions[][action]', 'string', true, { enum: ['create', 'delete', 'move', 'update', 'chmod'] }],
      ['actions[][file_path]', 'string', true],
      ['actions[][previous_path]', 'string', false],
      ['actions[][content]', 'string', false],
      ['actions[][encoding]', 'string', false, { enum: ['text', 'base64'], default: 'text' }],
      ['actions[][last_commit_id]', 'string', false],
      ['actions[][execute_filemode]', 'boolean', false],
    ]);
    expect(parameters[0].source).toEqual({ file: 'commits.md', line: 87, column: 1 });
  });

  test('issues.md list issues', () => {
    expect(compact(tableParameters(V11, 'issues.md', 'List issues'))).toEqual([
      ['state', 'string', false, { enum: ['all', 'opened', 'closed'] }],
      ['labels', 'string', false],
      ['milestone', 'string', false],
      ['scope', 'string', false, { enum: ['created_by_me', 'assigned_to_me', 'all'], default: 'created_by_me' }],
      ['author_id', 'integer', false],
      ['assignee_id', 'integer', false],
      ['my_reaction_emoji', 'string', false],
      ['iids[]', 'array<integer>', false],
      ['order_by', 'string', false, { enum: ['created_at', 'updated_at'], default: 'created_at' }],
      ['sort', 'string', false, { enum: ['asc', 'desc'], default: 'desc' }],
      ['search', 'string', false],
      ['created_after', 'datetime', false],
      ['created_before', 'datetime', false],
      ['updated_after', 'datetime', false],
      ['updated_before', 'datetime', false],
    ]);
  });

  test('merge_requests.md edit merge request (Update MR)', () => {
    expect(compact(tableParameters(V11, 'merge_requests.md', 'Update MR'))).toEqual([
      ['id', 'id', true],
      ['merge_request_iid', 'integer', true],
      ['target_branch', 'string', false],
      ['title', 'string', false],
      ['assignee_id', 'integer', false],
      ['milestone_id', 'integer', false],
      ['labels', 'string', false],
      ['description', 'string', false],
      // merge_requests.md:809 "New state (close/reopen)": the two values in parentheses are the set.
      ['state_event', 'string', false, { enum: ['close', 'reopen'] }],
      ['remove_source_branch', 'boolean', false],
      ['squash', 'boolean', false],
      ['discussion_locked', 'boolean', false],
      ['allow_collaboration', 'boolean', false],
      ['allow_maintainer_to_push', 'boolean', false, { deprecated: true }],
    ]);
  });

  test('repository_files.md create a file: the bullet list with `file_path`', () => {
    expect(compact(listParameters(V11, 'repository_files.md', 'Create new file in repository'))).toEqual([
      ['file_path', 'unknown', true],
      ['branch', 'unknown', true],
      ['start_branch', 'unknown', false],
      ['encoding', 'unknown', false, { default: 'text' }],
      ['author_email', 'unknown', false],
      ['author_name', 'unknown', false],
      ['content', 'unknown', true],
      ['commit_message', 'unknown', true],
    ]);
  });

  test('services.md (11.x) Asana: the table form, Required written true/false', () => {
    const { node, lead } = table(V11, 'services.md', 'Create/Edit Asana service');
    expect(lead).toBe('Parameters:');
    const { parameters, diagnostics } = parseParameterTable(node, 'services.md');
    expect(compact(parameters)).toEqual([
      ['api_key', 'string', true],
      ['restrict_to_branch', 'string', false],
    ]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.ruleId}`)).toEqual([
      'services.md:23:required-written-as-boolean',
      'services.md:24:required-written-as-boolean',
    ]);
  });

  test('services.md (11.x) Custom Issue Tracker: rows without a closing pipe', () => {
    expect(compact(tableParameters(V11, 'services.md', 'Create/Edit Custom Issue Tracker service'))).toEqual([
      ['new_issue_url', 'string', true],
      ['issues_url', 'string', true],
      ['project_url', 'string', true],
      ['description', 'string', false],
      ['title', 'string', false],
    ]);
  });

  test('search.md global search', () => {
    expect(compact(tableParameters(V11, 'search.md', 'Global Search API'))).toEqual([
      ['scope', 'string', true],
      ['search', 'string', true],
    ]);
  });

  test("award_emoji.md list an awardable's award emoji", () => {
    expect(compact(tableParameters(V11, 'award_emoji.md', "List an awardable's award emoji"))).toEqual([
      ['id', 'id', true],
      ['awardable_id', 'integer', true],
    ]);
  });

  test('notes.md list and create issue notes', () => {
    expect(compact(tableParameters(V11, 'notes.md', 'List project issue notes'))).toEqual([
      ['id', 'id', true],
      ['issue_iid', 'integer', true],
      ['sort', 'string', false, { enum: ['asc', 'desc'], default: 'desc' }],
      ['order_by', 'string', false, { enum: ['created_at', 'updated_at'], default: 'created_at' }],
    ]);
    expect(compact(listParameters(V11, 'notes.md', 'Create new issue note'))).toEqual([
      // notes.md:100 "The ID or [URL-encoded path of the project]": the integer/string id, though untyped
      ['id', 'id', true],
      ['issue_iid', 'unknown', true],
      ['body', 'unknown', true],
      ['created_at', 'unknown', false],
    ]);
  });

  test('users.md user creation and modification (bullet lists)', () => {
    const creation = compact(listParameters(V11, 'users.md', 'User creation'));
    expect(creation.map(([name, , required]) => `${name}${required ? '*' : ''}`)).toEqual([
      'email*', 'password', 'reset_password', 'username*', 'name*', 'skype', 'linkedin', 'twitter', 'website_url', 'organization', 'projects_limit',
      'extern_uid', 'provider', 'bio', 'location', 'public_email', 'admin', 'can_create_group', 'skip_confirmation', 'external', 'avatar', 'private_profile',
    ]);
    expect(creation.find(([name]) => name === 'admin')).toEqual(['admin', 'unknown', false, { default: 'false' }]);
    expect(creation.find(([name]) => name === 'can_create_group')).toEqual(['can_create_group', 'unknown', false]);
    const modification = compact(listParameters(V11, 'users.md', 'User modification'));
    expect(modification).toHaveLength(21);
    expect(modification.slice(0, 3)).toEqual([
      ['email', 'unknown', false],
      ['username', 'unknown', false],
      ['name', 'unknown', false],
    ]);
    expect(modification.every(([, , required]) => !required)).toBe(true);
  });

  test('project_templates.md: the unescaped pipe in a code span', () => {
    const { node, file } = table(V11, 'project_templates.md', 'Get all templates of a particular type');
    const { parameters, diagnostics } = parseParameterTable(node, file);
    expect(parameters.find((p) => p.name === 'type')?.description).toBe('The type `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` of the template');
    expect(diagnostics.map((d) => `${d.line}:${d.ruleId}`)).toEqual(['30:name-with-whitespace', '31:unescaped-pipe']);
  });

  test('events.md action types are a value list, not parameters', () => {
    const { node } = nodeUnderHeading(join(V11, 'events.md'), 'Action Types', 'list');
    expect(parseParameterList(node as List, 'events.md')).toBeUndefined();
  });
});

describe('golden: earlier/services.md (bullet-list form)', () => {
  test('Asana and Assembla', () => {
    expect(compact(listParameters(EARLIER, 'services.md', 'Create/Edit Asana service'))).toEqual([
      ['api_key', 'unknown', true],
      ['restrict_to_branch', 'unknown', false],
    ]);
    expect(compact(listParameters(EARLIER, 'services.md', 'Create/Edit Assembla service'))).toEqual([
      ['token', 'unknown', true],
      ['subdomain', 'unknown', false],
    ]);
  });
});

describe('golden: current/ (GitLab 17.x)', () => {
  test('project_access_tokens.md create: no intro, lower-case `required`, `Array[String]`', () => {
    const { node, lead } = table(CURRENT, 'project_access_tokens.md', 'Create a project access token');
    expect(lead).toBe('');
    expect(compact(parseParameterTable(node, 'project_access_tokens.md').parameters)).toEqual([
      ['id', 'id', true],
      ['name', 'string', true],
      ['description', 'string', false],
      ['scopes', 'array<string>', true],
      ['access_level', 'integer', false, { enum: ['10', '15', '20', '30', '40', '50'], default: '40' }],
      ['expires_at', 'date', true],
    ]);
  });

  test('group_access_tokens.md create: capitalised `String`, `Integer`', () => {
    expect(compact(tableParameters(CURRENT, 'group_access_tokens.md', 'Create a group access token'))).toEqual([
      ['id', 'id', true],
      ['name', 'string', true],
      ['description', 'string', false],
      ['scopes', 'array<string>', true],
      ['access_level', 'integer', false, { enum: ['10', '15', '20', '30', '40', '50'], default: '40' }],
      ['expires_at', 'date', false],
    ]);
  });

  test('groups.md list groups: `array of integers`, no enum from `Limit to groups with ... visibility`', () => {
    const parameters = compact(tableParameters(CURRENT, 'groups.md', 'List groups'));
    expect(parameters.slice(0, 9)).toEqual([
      ['skip_groups', 'array<integer>', false],
      ['all_available', 'boolean', false],
      ['search', 'string', false],
      ['order_by', 'string', false, { enum: ['name', 'path', 'id', 'similarity'], default: 'name' }],
      ['sort', 'string', false, { enum: ['asc', 'desc'], default: 'asc' }],
      ['statistics', 'boolean', false],
      ['visibility', 'string', false],
      ['with_custom_attributes', 'boolean', false],
      ['owned', 'boolean', false],
    ]);
    expect(parameters.find(([name]) => name === 'marked_for_deletion_on')).toEqual(['marked_for_deletion_on', 'date', false]);
  });

  test('groups.md list group users: `yes (see description)`', () => {
    expect(compact(tableParameters(CURRENT, 'groups.md', 'List group users'))).toEqual([
      ['id', 'id', true],
      ['include_saml_users', 'boolean', false, { requiredNote: 'yes (see description)' }],
      ['include_service_accounts', 'boolean', false, { requiredNote: 'yes (see description)' }],
      ['search', 'string', false],
    ]);
  });

  test('groups.md sync with LDAP: a bullet list in a current page', () => {
    expect(compact(listParameters(CURRENT, 'groups.md', 'Sync group with LDAP'))).toEqual([['id', 'unknown', true]]);
  });

  test('groups.md options tables: values and hash keys', () => {
    const values = table(CURRENT, 'groups.md', 'Options for default_branch_protection');
    expect(classifyTable(values.node, values.lead)).toBe('values');
    expect(parseValueTable(values.node)).toEqual(['0', '1', '2', '3', '4']);
    const keys = table(CURRENT, 'groups.md', 'Options for default_branch_protection_defaults');
    expect(classifyTable(keys.node, keys.lead)).toBe('keys');
    expect(compact(parseKeyTable(keys.node, 'groups.md').parameters)).toEqual([
      ['allowed_to_push', 'array<unknown>', false],
      ['allow_force_push', 'boolean', false],
      ['allowed_to_merge', 'array<unknown>', false],
      ['developer_can_initial_push', 'boolean', false],
    ]);
  });

  test('merge_requests.md list project merge requests: request parameters, then response attributes', () => {
    const parameters = compact(tableParameters(CURRENT, 'merge_requests.md', 'List project merge requests'));
    expect(parameters.slice(0, 3)).toEqual([
      ['id', 'id', true],
      ['approved_by_ids', 'array<integer>', false],
      ['approver_ids', 'array<integer>', false],
    ]);
    expect(parameters.find(([name]) => name === 'iids[]')).toEqual(['iids[]', 'array<integer>', false]);
    expect(parameters.find(([name]) => name === 'not')).toEqual(['not', 'object', false]);
    expect(parameters.find(([name]) => name === 'approved')).toEqual(['approved', 'string', false]);
    expect(parameters.find(([name]) => name === 'state')).toEqual(['state', 'string', false, { enum: ['all', 'opened', 'closed', 'locked', 'merged'] }]);
    const response = table(CURRENT, 'merge_requests.md', 'List project merge requests', 1);
    expect(classifyTable(response.node, response.lead)).toBe('response-attributes');
    const { attributes } = parseResponseAttributeTable(response.node, 'merge_requests.md');
    expect(attributes.slice(0, 4).map((a) => [a.name, typeName(a.type)])).toEqual([
      ['[].id', 'integer'],
      ['[].iid', 'integer'],
      ['[].approvals_before_merge', 'integer'],
      ['[].assignee', 'object'],
    ]);
    expect(attributes[0].source.line).toBe(286);
  });

  test('merge_requests.md: the table under a bare `### Response` heading', () => {
    const response = table(CURRENT, 'merge_requests.md', 'Response');
    expect(response.lead).toBe('Response');
    expect(classifyTable(response.node, response.lead)).toBe('response-attributes');
  });

  test('projects.md create a project: Required cells in prose', () => {
    const parameters = compact(tableParameters(CURRENT, 'projects.md', 'Create a project'));
    expect(parameters.slice(0, 3)).toEqual([
      ['name', 'string', false, { requiredNote: "Yes (if `path` isn't provided)" }],
      ['path', 'string', false, { requiredNote: "Yes (if `name` isn't provided)" }],
      ['allow_merge_on_skipped_pipeline', 'boolean', false],
    ]);
  });

  test('milestones.md list project milestones', () => {
    expect(compact(tableParameters(CURRENT, 'milestones.md', 'List all project milestones'))).toEqual([
      ['id', 'id', true],
      ['iids[]', 'array<integer>', false],
      ['state', 'string', false, { enum: ['active', 'closed'] }],
      ['title', 'string', false],
      ['search', 'string', false],
      ['include_parent_milestones', 'boolean', false, { deprecated: true }],
      ['include_ancestors', 'boolean', false],
      ['updated_before', 'datetime', false],
      ['updated_after', 'datetime', false],
    ]);
  });
});

/** Every `.md` page of a folder (recursively), relative path and text. */
function pages(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.endsWith('MANIFEST.md'))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

describe('golden: every table of every page', () => {
  test.each([
    ['docs-source', V11],
    ['current', CURRENT],
    ['earlier', EARLIER],
  ])('%s: tables with a Required column are parameter tables, and no parameter is a response field', (_set, dir) => {
    for (const { file, text } of pages(dir)) {
      // Independent count: lines opening a table whose header has a Required column.
      const lines = text.split('\n');
      const requiredHeaders = lines.filter((line, i) => /^\s*\|/.test(line) && !/^\s*\|/.test(lines[i - 1] ?? '') && /\|\s*required\s*\|/i.test(line)).length;
      const tree = parseMarkdown(text);
      let parameterTablesWithRequired = 0;
      tree.children.forEach((node, i) => {
        if (node.type !== 'table') return;
        const prev = tree.children[i - 1];
        const lead = prev && (prev.type === 'paragraph' || prev.type === 'heading') ? toString(prev) : '';
        const kind = classifyTable(node, lead);
        const header = toString(node.children[0]);
        if (kind === 'parameters' && /required/i.test(header)) parameterTablesWithRequired++;
        if (kind !== 'parameters') return;
        for (const parameter of parseParameterTable(node, file).parameters) {
          expect(parameter.name, `${file}:${parameter.source.line}`).not.toMatch(/^\[\]|\]\.|^\w+\.\w/);
        }
      });
      expect(parameterTablesWithRequired, file).toBe(requiredHeaders);
    }
  });
});

describe('golden: the tables of the first six current pages that are not request parameters', () => {
  const SIX = ['group_access_tokens.md', 'groups.md', 'merge_requests.md', 'milestones.md', 'project_access_tokens.md', 'projects.md'];
  test('every `| Attribute | Type | Description |` table is a response-attribute table; the others are values, keys or other', () => {
    const kinds: Record<string, number> = {};
    let responseHeaders = 0;
    for (const { file, text } of pages(CURRENT).filter((p) => SIX.includes(p.file))) {
      const lines = text.split('\n');
      // Independent count, from the raw lines: the opening line of each table with this header.
      responseHeaders += lines.filter((line, i) => /^\|\s*Attribute\s*\|\s*Type\s*\|\s*Description\s*\|\s*$/.test(line) && !/^\s*\|/.test(lines[i - 1] ?? '')).length;
      const tree = parseMarkdown(text);
      tree.children.forEach((node, i) => {
        if (node.type !== 'table') return;
        const prev = tree.children[i - 1];
        const lead = prev && (prev.type === 'paragraph' || prev.type === 'heading') ? toString(prev) : '';
        const kind = classifyTable(node, lead);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
        if (kind === 'response-attributes') expect(parseResponseAttributeTable(node, file).attributes.length, file).toBeGreaterThan(0);
      });
    }
    expect(responseHeaders).toBe(7);
    // PROVENANCE.txt's manifest, item 7: two value tables and one key table in groups.md; four HTTP status tables
    // (merge_requests.md:2488, 2662, 2692, 2863); the deprecation table and the SHA table are other.
    expect(kinds).toMatchObject({ 'response-attributes': 7, values: 2, keys: 1, statuses: 4, other: 2 });
  });
});
