// Discovery: --help, <operation> --help, list [word], --version; all from the spec.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './helpers.js';

describe('help', () => {
  it('<operation> --help: method, path, each parameter with location, type, required, enum, default, description, docs page', async () => {
    const r = await run(['list-project-issues', '--help']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^list-project-issues: List project issues\n\n {2}GET \/projects\/\{id\}\/issues\n/);
    expect(out).toContain("Get a list of a project's issues.");
    expect(out).toContain('  --id  (path; integer|string; required)\n      The ID or URL-encoded path of the project\n');
    expect(out).toContain('  --iids  (query; array of integer; optional; sent as iids[])\n');
    expect(out).toContain('  --state  (query; string; optional; one of: opened, closed)\n');
    expect(out).toContain('  --per_page  (query; integer; optional; default: 20)\n      Number of items to list per page (default: 20, max: 100).\n');
    expect(out).toContain('Docs: issues.md:180 (https://docs.gitlab.com/ee/api/issues.html)');
    expect(out).not.toContain('--Sudo');
    // required parameters listed first
    expect(out.indexOf('--id ')).toBeLessThan(out.indexOf('--iids '));
  });

  it('help <operation> and -h are the same; a body and deprecation are mentioned', async () => {
    const a = await run(['help', 'delete-issue']);
    const b = await run(['delete-issue', '-h']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^delete-issue: Delete an issue \(deprecated\)/);
    expect((await run(['create-issue', '--help'])).stdout).toContain('--data @file.json');
  });

  it('--help lists the usage, every global option, connection sources and exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const o of ['--url', '--token', '--oauth-token', '--job-token', '--sudo', '--output json|ndjson|yaml', '--include', '--paginate', '--all', '--max-pages', '--data', '--dry-run']) expect(r.stdout).toContain(o);
    expect(r.stdout).toContain('GITLAB_HOST');
    expect(r.stdout).toContain('CI_JOB_TOKEN');
    expect(r.stdout).toContain('Exit codes: 0 success, 1 HTTP or network error, 2 usage error.');
    expect((await run([])).stdout).toBe(r.stdout);
  });

  it('list [word]: method, path and summary, filtered by name, path, summary or tag', async () => {
    const all = await run(['list']);
    expect(all.stdout.trim().split('\n')).toHaveLength(7);
    const hooks = await run(['list', 'hook']);
    expect(hooks.stdout).toMatch(/^add-project-hook\s+POST\s+\/projects\/\{id\}\/hooks\s+Add project hook\n$/);
    const tag = await run(['list', 'projects']);
    expect(tag.stdout).toContain('upload-project-file');
    expect((await run(['list', 'nothing-matches'])).stdout).toBe('');
  });

  it('--version names the package version and the spec', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r.stdout).toBe(`gitlab-api ${pkg.version} (GitLab API (fixture) v4, 7 operations)\n`);
  });

  it('completion bash|zsh|fish prints the generated script (or says how to generate it)', async () => {
    const file = join(import.meta.dirname, '../../generated/completions/gitlab-api.bash');
    const r = await run(['completion', 'bash']);
    if (existsSync(file)) expect(r).toEqual({ code: 0, stdout: readFileSync(file, 'utf8'), stderr: '' });
    else expect(r.stderr).toMatch(/gitlab-api\.bash is missing; run npm run generate/);
  });
});
