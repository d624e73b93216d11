// docs/cli.md's examples run: every line of its Examples block goes through the CLI against the
// spec of docs-source (with --dry-run added where missing, so nothing leaves the machine) and must
// succeed; the usage error quoted in its exit-code table is the message the CLI prints.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from './helpers.js';
import { specUnderTest } from '../completions/expected.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/cli.md'), 'utf8');
const spec = specUnderTest();
const work = mkdtempSync(join(tmpdir(), 'docs-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, 'issue.json'), '{"title": "From a file", "description": "d"}');
writeFileSync(join(work, 'logo.png'), 'PNG');
const env = { GITLAB_API_SPEC: spec.path, GITLAB_URL: 'https://gitlab.example.com', GITLAB_TOKEN: 'docs-token-123' };

/** The `gitlab-api` lines of the first sh block after `## Examples`. */
function examples(): string[] {
  const section = doc.slice(doc.indexOf('## Examples'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((l) => l.startsWith('gitlab-api '));
}

/** The words bash would pass (quotes removed, `# comments` dropped). */
function words(line: string): string[] {
  const r = spawnSync('bash', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(1, -1);
}

describe('docs/cli.md', () => {
  const lines = examples();

  it('has an Examples block', () => {
    expect(lines.length).toBeGreaterThanOrEqual(8);
  });

  it.each(lines)('%s', async (line) => {
    // Files the examples name are in a scratch folder; --output-file too (a dry run writes nothing).
    const argv = words(line).map((w) => w.replace(/^(@|avatar=@)(issue\.json|logo\.png)$/, (_m, at: string, f: string) => `${at}${join(work, f)}`));
    const discovery = ['list', 'help', 'completion'].includes(argv[0]) || argv.includes('--help');
    if (!discovery && !argv.includes('--dry-run')) argv.push('--dry-run');
    const r = await run(argv, { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (!discovery) expect(r.stdout).toMatch(/^curl --request (GET|POST|PUT|DELETE) --header 'PRIVATE-TOKEN: \[REDACTED\]'/);
    if (argv.includes('--help') && argv.length === 2) expect(r.stdout).toMatch(/^\S+: \d+ commands?\n/);
    else expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('the usage error in the exit-code table is the one printed', async () => {
    const quoted = /`(gitlab-api: --state must be[^`]*)`/.exec(doc)?.[1];
    expect(quoted).toBeDefined();
    const r = await run(['project-issue', 'list', '--id', '1', '--state', 'open'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${quoted}\n`);
  });
});
