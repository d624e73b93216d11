// `npm run changelog -- OLD NEW`, run for real (tsx in a child process) on docs folders and spec files.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangelogReport } from '../../scripts/changelog/index.js';
import { parseArgs, UsageError } from '../../scripts/changelog-cli.js';
import { brief, FIXTURES } from './fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/changelog-cli.ts');

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], { cwd, env: { ...process.env, INIT_CWD: cwd } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function replaceOnce(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(file, text.replace(from, to));
}

describe('changelog CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'changelog-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('docs folders: one page removed, one parameter renamed, one made required: exactly those, all breaking', async () => {
    for (const side of ['old', 'new']) {
      mkdirSync(join(dir, side));
      for (const page of ['labels.md', 'tags.md', 'version.md']) cpSync(join(ROOT, 'docs-source', page), join(dir, side, page));
    }
    rmSync(join(dir, 'new', 'version.md'));
    const labels = join(dir, 'new', 'labels.md');
    // "Delete a label": the `name` row renamed, same type and description.
    replaceOnce(labels, '| `name`    | string  | yes      | The name of the label |', '| `title`   | string  | yes      | The name of the label |');
    // "Create a new label": `description` from `no` to `yes`.
    replaceOnce(labels, '| `description` | string  | no       | The description of the label |', '| `description` | string  | yes      | The description of the label |');

    const result = await run(['old', 'new', '--json', 'out/report.json', '--markdown', 'out/report.md'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ChangelogReport;
    expect(brief(report)).toEqual([
      'breaking POST /projects/{id}/labels request-property-became-required description',
      'breaking DELETE /projects/{id}/labels request-parameter-renamed title name -> title',
      'breaking GET /version operation-removed getVersion -> ',
    ]);
    const markdown = readFileSync(join(dir, 'out/report.md'), 'utf8');
    expect(markdown).toContain('3 breaking changes, 0 non-breaking changes.');
    expect(markdown).toContain('- renamed the query parameter `name` to `title` (labels.md:128) [request-parameter-renamed]');
    // The Markdown went to a file: the terminal gets the counts, the breaking changes and where the files are.
    expect(result.stdout).toBe([
      'API changelog. From GitLab REST API v4 8.13 to GitLab REST API v4 unversioned. 3 breaking changes, 0 non-breaking changes.',
      '  breaking: POST /projects/{id}/labels: the request property `description` became required',
      '  breaking: DELETE /projects/{id}/labels: renamed the query parameter `name` to `title`',
      '  breaking: GET /version: removed the operation',
      `Wrote ${join(dir, 'out/report.md')} and ${join(dir, 'out/report.json')}`,
      '',
    ].join('\n'));
  });

  it('one docs page per side: the page alone, and an operation gone from it that another page of its folder has is moved', async () => {
    for (const side of ['old-pages', 'new-pages']) {
      mkdirSync(join(dir, side));
      for (const page of ['labels.md', 'tags.md']) cpSync(join(ROOT, 'docs-source', page), join(dir, side, page));
    }
    // docs-source/labels.md:148 "Edit an existing label" (PUT /projects/:id/labels) goes to tags.md.
    const labels = readFileSync(join(dir, 'new-pages', 'labels.md'), 'utf8');
    const edit = labels.slice(labels.indexOf('## Edit an existing label'), labels.indexOf('## Subscribe to a label'));
    writeFileSync(join(dir, 'new-pages', 'labels.md'), labels.replace(edit, ''));
    writeFileSync(join(dir, 'new-pages', 'tags.md'), `${readFileSync(join(dir, 'new-pages', 'tags.md'), 'utf8')}\n${edit}`);
    const result = await run(['old-pages/labels.md', 'new-pages/labels.md', '--base-version', '11.0', '--revision-version', '17.8', '--json', 'changelog.json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'changelog.json'), 'utf8')) as ChangelogReport;
    expect(brief(report)).toEqual(['non-breaking PUT /projects/{id}/labels operation-moved labels.md -> tags.md']);
    expect(result.stdout).toContain('From GitLab REST API v4 11.0 to GitLab REST API v4 17.8.');
  });

  it('spec files, YAML against JSON; without --json or --markdown it prints and writes nothing', async () => {
    const json = join(dir, 'revision.json');
    writeFileSync(json, JSON.stringify((await import('yaml')).parse(readFileSync(join(FIXTURES, 'required/revision.yaml'), 'utf8'))));
    const before = readdirSync(dir).sort();
    const result = await run([join(FIXTURES, 'required/base.yaml'), 'revision.json'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Breaking changes');
    expect(result.stdout).toContain('3 breaking changes, 1 non-breaking change');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.each([
    [['nope', 'nope2'], 1, /^changelog: .*nope: no such file or folder\n$/],
    [['README.txt', 'README.txt'], 1, /^changelog: .*README\.txt: expected a docs folder, a docs page \(\.md\) or a spec file ending in \.json, \.yaml or \.yml\n$/],
    [['bad.yaml', 'bad.yaml'], 1, /^changelog: .*bad\.yaml:4:1: not valid YAML: [^\n]*\]\n$/],
    [['bad.json', 'bad.json'], 1, /^changelog: .*bad\.json:2:20: not valid JSON: Unexpected , in flow map\n$/],
    [['notspec.yaml', 'notspec.yaml'], 1, /^changelog: .*notspec\.yaml: not an OpenAPI document/],
    [['empty', 'empty'], 1, /^changelog: .*empty: no \.md pages in this folder\n$/],
    [['only-one'], 2, /^changelog: expected two paths, OLD and NEW, got 1\nusage: /],
  ])('bad input %j: exit %i and one clear message, no stack trace', async (args, code, message) => {
    writeFileSync(join(dir, 'README.txt'), 'hello');
    writeFileSync(join(dir, 'bad.yaml'), 'openapi: 3.1.0\npaths:\n  /a: [unclosed\n');
    writeFileSync(join(dir, 'bad.json'), '{\n  "openapi": 3.1.0,,\n}');
    writeFileSync(join(dir, 'notspec.yaml'), 'just: a map\n');
    mkdirSync(join(dir, 'empty'), { recursive: true });
    rmSync(join(dir, 'changelog.json'), { force: true });
    const result = await run(args, dir);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'changelog.json'))).toBe(false);
  });

  it('parses options, paths relative to where the command was typed', () => {
    expect(parseArgs(['a', 'b.yaml', '--json=r.json', '--markdown', 'r.md'], '/w')).toEqual({ base: '/w/a', revision: '/w/b.yaml', json: '/w/r.json', markdown: '/w/r.md' });
    expect(parseArgs(['a', 'b'], '/w')).toEqual({ base: '/w/a', revision: '/w/b', json: undefined, markdown: undefined });
    expect(parseArgs(['a.md', 'b.md', '--base-version', '11.0', '--revision-version=17.8'], '/w')).toMatchObject({ baseVersion: '11.0', revisionVersion: '17.8' });
    expect(() => parseArgs(['a', 'b', '--json'], '/w')).toThrow(UsageError);
    expect(() => parseArgs(['a', 'b', '--frobnicate'], '/w')).toThrow(/unknown option --frobnicate/);
  });
});
