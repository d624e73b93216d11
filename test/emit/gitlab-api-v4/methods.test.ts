// The committed method table (scripts/emit/gitlab-api-v4/methods.json) is what the installed
// libgitlab-api-v4-perl says: `npm run gitlab-api-v4-methods` rewrites it when the package changes.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEBIAN_FILES, formatTable, readInstalledTable } from '../../../scripts/gitlab-api-v4-methods.js';
import { loadMethodTable } from '../../../scripts/emit/gitlab-api-v4/method-table.js';

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
