// The committed method table (scripts/emit/gitlab-api-v4/methods.json) is what the installed
// libgitlab-api-v4-perl says: `npm run gitlab-api-v4-methods` rewrites it when the package changes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEBIAN_FILES, formatTable, main, readInstalledTable } from '../../../scripts/gitlab-api-v4-methods.js';
import { loadMethodTable, METHOD_TABLE_FILE } from '../../../scripts/emit/gitlab-api-v4/method-table.js';

const installed = Object.values(DEBIAN_FILES).every((f) => existsSync(f));
if (!installed) console.warn(`test/emit/gitlab-api-v4/methods.test.ts: the check against the installed module is skipped, ${DEBIAN_FILES.module} is not installed (apt-get install libgitlab-api-v4-perl; .ci/run installs it)`);
const table = loadMethodTable();

describe('the committed method table', () => {
  it.skipIf(!installed)('matches the installed module, CLI and Config.pm, and they read without a problem', () => {
    const { table: read, diagnostics } = readInstalledTable();
    expect(diagnostics).toEqual([]);
    expect(formatTable(read)).toBe(formatTable(table));
  });

  it('holds the 454 methods of GitLab::API::v4 0.26, as its documentation gives them', () => {
    expect(table.source).toMatchObject({ module: 'GitLab::API::v4', version: '0.26' });
    expect(table.methods).toHaveLength(454);
    const byName = new Map(table.methods.map((m) => [m.name, m]));
    // v4.pm:3317-3324 `$api->issues($project_id, \%params)`, "Sends a C<GET> request to C<projects/:project_id/issues>"
    expect(byName.get('issues')).toEqual({ name: 'issues', verb: 'GET', route: 'projects/:project_id/issues', args: ['project_id'], params: 'query', section: 'Issues', line: 3317 });
    // v4.pm:3359-3366, POST, its params as the request's content
    expect(byName.get('create_issue')).toMatchObject({ verb: 'POST', route: 'projects/:project_id/issues', args: ['project_id'], params: 'content' });
    // v4.pm:10658 `$api->version()`: no params at all
    expect(byName.get('version')).toMatchObject({ verb: 'GET', route: 'version', args: [], params: 'none' });
    // v4.pm:7363: "The request will have "multipart/form-data" header set for uploading files."
    expect(byName.get('edit_project_multipart')).toMatchObject({ verb: 'PUT', params: 'files' });
    // gitlab-api-v4's POD, OPTIONS and "access-level"; Config.pm's GetOptions
    expect(table.cli.options.map((o) => o.names[0])).toEqual(['config-file', 'url', 'private-token', 'access-token', 'retries', 'all', 'pretty', 'canonical', 'help', 'verbose', 'quiet']);
    expect(table.cli.aliases).toEqual({ access_level: ['guest', 'reporter', 'developer', 'master', 'owner'] });
  });
});

describe('npm run gitlab-api-v4-methods', () => {
  const out = mkdtempSync(join(tmpdir(), 'gitlab-api-v4-methods-'));
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it.skipIf(!installed)('writes the table (--out) and says whether the committed one matches (--check)', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['--out', join(out, 'methods.json')])).toBe(0);
    expect(readFileSync(join(out, 'methods.json'), 'utf8')).toBe(readFileSync(METHOD_TABLE_FILE, 'utf8'));
    expect(await main(['--check'])).toBe(0);
    expect(await main(['--check', '--out', join(out, 'absent.json')])).toBe(1);
  });

  it.skipIf(!installed)('refuses files that are not the module, and leaves the table as it was', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const target = join(out, 'kept.json');
    expect(await main(['--module', fileURLToPath(import.meta.url), '--out', target])).toBe(1);
    expect(await main(['--module', join(out, 'nothing.pm'), '--out', target])).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(errors[0]).toMatch(/methods\.test\.ts:1:1: no `our \$VERSION = \.\.\.;` line: is this GitLab\/API\/v4\.pm\? \[v4-module-no-version\]/);
    expect(errors.at(-1)).toMatch(/nothing\.pm.*apt-get install libgitlab-api-v4-perl/);
  });
});
