// `npm run generate -- --docs <a doc/api folder>` on today's docs, as a user runs it: the six
// current pages give a valid spec (0 redocly lint errors, valid for @seriousme/openapi-schema-validator)
// and diagnostics, with no option telling the format; so does a folder mixing current and 11.x pages.
// info.version comes from --version, else from the newest `GitLab NN.N` the pages mention.
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Diagnostic } from '../../scripts/model.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { ROOT, type GenerateResult } from '../../scripts/generate.js';
import { redoclyLint } from '../helpers/redocly.js';
import { CURRENT, CURRENT_PAGES, currentRun, op, operations, runPipeline } from './pipeline.js';

const run = promisify(execFile);
let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'gitlab-openapi-current-generate-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Redocly errors, and the rules that warned (only those the docs themselves cause are allowed). */
async function lint(file: string): Promise<{ errors: string[]; warned: string[] }> {
  const report = await redoclyLint(file);
  return {
    errors: report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`),
    warned: [...new Set(report.problems.map((p) => p.ruleId))].sort(),
  };
}
// no-ambiguous-paths: the docs' own routes (`/projects/user/{user_id}` beside `/projects/{id}/archive`);
// tag-description: pages with no introduction before their first endpoint.
const ALLOWED_WARNINGS = ['no-ambiguous-paths', 'tag-description'];

async function validate(document: OpenAPIDocument): Promise<unknown[]> {
  const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
  return result.valid ? [] : (result.errors as unknown[]) ?? ['invalid'];
}

describe('npm run generate -- --docs <current doc/api pages> --out DIR', () => {
  let out = '';
  let stdout = '';
  beforeAll(async () => {
    out = join(tmp, 'out-current');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // The docs site (the slowest emitter, a Redoc build) is left out: test/docs-site builds it from
    // docs-source. The parse cache is used as a user's run uses it (keyed by parser version and content).
    ({ stdout } = await run(npm, ['run', '--silent', 'generate', '--', '--docs', CURRENT, '--out', out, '--no-emit', 'docs-site'], {
      cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    }));
  }, 240_000);

  it('reports what it read and wrote', () => {
    expect(stdout).toMatch(/^Pages read: 18\b/m); // every page of docs-versions/current
    expect(stdout).toMatch(/^Operations: \d{3}, parameters: \d+/m);
    expect(stdout).toMatch(/^Diagnostics: 0 errors, \d+ warnings, \d+ notes$/m);
  });

  it('writes a spec with 0 redocly lint errors, valid for the second validator', async () => {
    const { errors, warned } = await lint(join(out, 'spec', 'openapi.json'));
    expect(errors).toEqual([]);
    for (const rule of warned) expect(ALLOWED_WARNINGS).toContain(rule);
    const document = JSON.parse(await readFile(join(out, 'spec', 'openapi.json'), 'utf8')) as OpenAPIDocument;
    expect(await validate(document)).toEqual([]);
    // labels.md:17 "GitLab 18.3", the newest release the pages document (runners.md:33's "removal in GitLab 20.0" is an announcement)
    expect(document.info.version).toBe('18.3');
    // one tag per page: the front matter's `title:` without " API", or the H1 (groups.md, merge_requests.md)
    expect(document.tags?.map((t) => t.name).sort()).toEqual(['Deploy keys', 'Discussions', 'Emoji reactions', 'Events',
      'Group access tokens', 'Group and project members', 'Groups', 'Job Artifacts', 'Labels', 'Merge requests',
      'Pipeline schedules', 'Project access tokens', 'Project milestones', 'Project webhooks', 'Projects',
      'Repository files', 'Runners', 'Tags']);
  }, 120_000);

  it('writes diagnostics that name file and line, for what the pages really get wrong', async () => {
    const diagnostics = JSON.parse(await readFile(join(out, 'generated', 'diagnostics.json'), 'utf8')) as Diagnostic[];
    const at = (d: Diagnostic) => `${d.file}:${d.line} ${d.ruleId}`;
    // JSON with `//` comments (merge_requests.md:106, projects.md:89) and a trailing comma (groups.md:173)
    expect(diagnostics.map(at)).toEqual(expect.arrayContaining([
      'merge_requests.md:106 invalid-json-example', 'projects.md:89 invalid-json-example', 'groups.md:173 invalid-json-example',
      // `GET /projects` documented twice (projects.md:352 and 1175)
      'projects.md:352 duplicate-endpoint', 'projects.md:1175 duplicate-endpoint',
      // the bullet-list parameter of LDAP sync has no type (groups.md:1791)
      'groups.md:1791 list-without-types',
    ]));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const markdown = await readFile(join(out, 'generated', 'diagnostics.md'), 'utf8');
    expect(markdown).toContain('merge_requests.md:106:');
    // the other emitters ran too: types, CLI commands, completions
    expect(await readdir(join(out, 'generated'))).toEqual(expect.arrayContaining(['schema.d.ts', 'cli-commands.json', 'completions', 'diagnostics.json']));
  });
});

describe('info.version', () => {
  it('is the option when one is given, else what the pages say', async () => {
    const given = await runPipeline(CURRENT, { version: '17.9.1' });
    expect(given.document.info.version).toBe('17.9.1');
    expect((await currentRun()).document.info.version).toBe('18.3');
  }, 120_000);
});

describe('a doc/api folder mixing current and 11.x pages', () => {
  let mixed: GenerateResult;
  let v11Only: string[];
  beforeAll(async () => {
    // the six current pages, beside every 11.x page of docs-source whose name they do not take
    const dir = join(tmp, 'mixed');
    await mkdir(dir, { recursive: true });
    const source = join(ROOT, 'docs-source');
    v11Only = (await readdir(source)).filter((f) => f.endsWith('.md') && !CURRENT_PAGES.includes(f));
    for (const file of v11Only) await copyFile(join(source, file), join(dir, file));
    await cp(join(source, 'templates'), join(dir, 'templates'), { recursive: true });
    for (const file of CURRENT_PAGES) await copyFile(join(CURRENT, file), join(dir, file));
    mixed = await runPipeline(dir);
  }, 240_000);

  it('reads each page by what it is: operations of both eras, with their x-source', () => {
    const files = new Set(operations(mixed.document).map((o) => o.operation['x-source'].file));
    for (const file of CURRENT_PAGES) expect(files).toContain(file);
    expect(v11Only.filter((f) => files.has(f)).length).toBeGreaterThan(50);
    // current: milestones.md:216, Premium section; 11.x: tags.md "List project repository tags"
    expect(op(mixed.document, 'get', '/projects/{id}/milestones/{milestone_id}/burndown_events')['x-gitlab-tier']).toEqual(['Premium', 'Ultimate']);
    expect(op(mixed.document, 'get', '/projects/{id}/repository/tags')['x-source'].file).toBe('tags.md');
    expect(mixed.document.info.version).toBe('17.8');
  });

  it('gives a spec with 0 redocly lint errors, valid for the second validator', async () => {
    const file = join(tmp, 'mixed-openapi.json');
    await writeFile(file, JSON.stringify(mixed.document));
    const { errors, warned } = await lint(file);
    expect(errors).toEqual([]);
    for (const rule of warned) expect(ALLOWED_WARNINGS).toContain(rule);
    expect(await validate(mixed.document)).toEqual([]);
    expect(mixed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.reason}`)).toEqual([]);
  }, 120_000);
});
