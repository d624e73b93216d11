// Discovery: --help, RESOURCE --help, RESOURCE VERB --help, list [words], --version; all from the
// spec (the fixture spec, read by hand).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './helpers.js';

describe('help', () => {
  it('RESOURCE VERB --help: method, path, each parameter with location, type, required, enum, default, description, docs page', async () => {
    const r = await run(['project-issue', 'list', '--help']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^project-issue list: List project issues\n\n {2}GET \/projects\/\{id\}\/issues\n/);
    expect(out).toContain("Get a list of a project's issues.");
    expect(out).toContain('  --id  (path; integer|string; required)\n      The ID or URL-encoded path of the project\n');
    expect(out).toContain('  --iids  (query; array of integer; optional; sent as iids[]; repeat it or give a comma list)\n');
    expect(out).toContain('  --state  (query; string; optional; one of: opened, closed)\n');
    expect(out).toContain('  --confidential  (query; boolean; optional; --no-confidential for false)\n');
    expect(out).toContain('  --per_page  (query; integer; optional; default: 20)\n      Number of items to list per page (default: 20, max: 100).\n');
    expect(out).toContain('Returns a list: --paginate follows every page (--max-pages N to stop early).');
    expect(out).toContain('Docs: issues.md:180 (https://docs.gitlab.com/ee/api/issues.html)');
    expect(out).not.toContain('--Sudo');
    // required parameters listed first
    expect(out.indexOf('--id ')).toBeLessThan(out.indexOf('--iids '));
  });

  it('the fields of a JSON option, enums included', async () => {
    const out = (await run(['project-repository-commit', 'create', '--help'])).stdout;
    expect(out).toContain('  --actions  (body; array of object; required; repeat it with one JSON object each, or give a JSON array)\n      An array of action hashes to commit as a batch.\n      JSON items with:\n');
    expect(out).toContain('        action     string; required; one of: create, delete, move, update, chmod: The action to perform\n');
    expect(out).toContain('        encoding   string; one of: text, base64: text or base64\n');
  });

  it('help RESOURCE VERB and -h are the same; a body and deprecation are mentioned', async () => {
    const a = await run(['help', 'project-issue', 'delete']);
    const b = await run(['project-issue', 'delete', '-h']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^project-issue delete: Delete an issue \(deprecated\)/);
    expect((await run(['project-issue', 'create', '--help'])).stdout).toContain('--data @file.json');
  });

  it('RESOURCE --help and help RESOURCE: its verbs with method, path and summary', async () => {
    const r = await run(['project-issue', '--help']);
    expect(r.stdout).toBe([
      'project-issue: 4 commands',
      '',
      '  create  POST    /projects/{id}/issues              New issue',
      '  delete  DELETE  /projects/{id}/issues/{issue_iid}  Delete an issue',
      '  get     GET     /projects/{id}/issues/{issue_iid}  Single project issue',
      '  list    GET     /projects/{id}/issues              List project issues',
      '',
      'gitlab-api project-issue VERB --help: the parameters of one.',
      '',
    ].join('\n'));
    expect((await run(['help', 'project-issue'])).stdout).toBe(r.stdout);
  });

  it('--help lists the usage, every global option, connection sources and exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const o of ['--url', '--token', '--oauth-token', '--job-token', '--sudo', '--output json|ndjson|yaml', '--output-file', '--include', '--paginate', '--all', '--max-pages', '--data', '--dry-run', '-F, --field', 'gitlab-api api [METHOD] PATH']) expect(r.stdout).toContain(o);
    expect(r.stdout).toContain('GITLAB_HOST');
    expect(r.stdout).toContain('CI_JOB_TOKEN');
    expect(r.stdout).toContain('Exit codes: 0 success, 1 HTTP or network error, 2 usage error.');
    expect((await run([])).stdout).toBe(r.stdout);
    expect((await run(['api', '--help'])).stdout).toMatch(/^Usage: gitlab-api api \[METHOD\] PATH/);
  });

  it('list [words]: name, method, path and summary, matching name, path (spec or docs notation), summary or tag', async () => {
    const all = await run(['list']);
    expect(all.stdout.trim().split('\n')).toHaveLength(10);
    expect((await run(['list', 'hook'])).stdout).toMatch(/^project-hook create\s+POST\s+\/projects\/\{id\}\/hooks\s+Add project hook\n$/);
    expect((await run(['list', '/projects/:id/issues/:issue_iid'])).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s{2,}/)[0])).toEqual(['project-issue delete', 'project-issue get']);
    // every word must match: "single" is in two summaries, "issue" in one of them
    expect((await run(['list', 'single', 'issue'])).stdout).toMatch(/^project-issue get\s+GET\s+\/projects\/\{id\}\/issues\/\{issue_iid\}\s+Single project issue\n$/);
    expect((await run(['list', 'Hooks'])).stdout).toContain('project-hook create');
    expect((await run(['list', 'nothing-matches'])).stdout).toBe('');
  });

  it('--version names the package version and the spec', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r.stdout).toBe(`gitlab-api ${pkg.version} (GitLab API (fixture) v4, 10 operations)\n`);
  });

  it('completion bash|zsh|fish prints the generated script (or says how to generate it)', async () => {
    const file = join(import.meta.dirname, '../../generated/completions/gitlab-api.bash');
    const r = await run(['completion', 'bash']);
    if (existsSync(file)) expect([r.code, r.stdout, r.stderr]).toEqual([0, readFileSync(file, 'utf8'), '']);
    else expect(r.stderr).toMatch(/gitlab-api\.bash is missing; run npm run generate/);
  });
});
