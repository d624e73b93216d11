// A day of GitLab work with the installed command: gitlab-api put on PATH as the README says
// (npm install --global --prefix ~/.local . in a scratch HOME), its bash completion installed, and
// fifteen everyday tasks played against a local server standing in for a GitLab instance (routes
// as docs-source documents them: issues.md, merge_requests.md, commits.md, repository_files.md,
// repositories.md, jobs.md, search.md, projects.md). Everything it makes is removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { makePackage } from './package-dir.js';
import { json, startServer, tempDir, type Received, type TestServer } from './helpers.js';
import { specUnderTest } from '../completions/expected.js';
import { BASH_COMPLETION } from '../completions/shells.js';

const TOKEN = 'glpat-tasks-token-0001';
const JOB_TOKEN = 'ci-job-token-0002';
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xd8, 0x00, 0x01]);
const LOG = 'Running with gitlab-runner 11.5\n\u001b[32;1m$ make test\u001b[0;m\nok\n';

let pkg: string;
let home: string;
let gitlab: TestServer;
let elsewhere: TestServer;
let cwd: string;
/** The environment of a user's shell: the scratch HOME and PATH, nothing from this test run. */
let env: Record<string, string>;

/** What the stand-in instance answers, by method and path (the routes of the docs). */
function route(req: Received, res: ServerResponse): void {
  const url = new URL(req.url, gitlab.url);
  const key = `${req.method} ${url.pathname.replace('/api/v4', '')}`;
  const page = Number(url.searchParams.get('page') ?? 1);
  switch (key) {
    case 'GET /projects/group%2Fproject/issues': {
      // Two pages, linked as GitLab does (issues.md: pagination by Link headers).
      const next = new URL(req.url, gitlab.url);
      next.searchParams.set('page', '2');
      return json(res, 200, page === 1 ? [{ iid: 1 }, { iid: 2 }] : [{ iid: 3 }], page === 1 ? { Link: `<${next}>; rel="next"` } : {});
    }
    case 'POST /projects/group%2Fproject/issues':
      return json(res, 201, { iid: 7, ...JSON.parse(req.body) });
    case 'PUT /projects/group%2Fproject/issues/7':
      return json(res, 200, { iid: 7, state: 'closed' });
    case 'PUT /projects/group%2Fproject/merge_requests/5':
      return json(res, 200, { iid: 5, ...JSON.parse(req.body) });
    case 'POST /projects/group%2Fproject/repository/commits':
      return json(res, 201, { id: 'ed899a2f', message: JSON.parse(req.body).commit_message });
    case 'GET /projects/group%2Fproject/repository/files/docs%2FREADME.md/raw':
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('# Read me\n');
    case 'GET /projects/group%2Fproject/repository/archive':
      res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="project-main.zip"' });
      return void res.end(ZIP);
    case 'GET /projects/group%2Fproject/jobs/42/trace':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return void res.end(LOG);
    case 'PUT /projects/group%2Fproject':
      return json(res, 200, { id: 1, avatar_url: `${gitlab.url}/uploads/avatar.png` });
    case 'GET /search':
      return json(res, 200, [{ id: 1, name: 'gitlab', scope: url.searchParams.get('scope') }]);
    case 'GET /projects/group%2Fproject/issues_statistics':
      return json(res, 200, { statistics: { counts: { all: 3, opened: 2, closed: 1 } } });
    case 'GET /projects/group%2Fproject/jobs/artifacts/main/download':
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      return void res.end(ZIP);
    default:
      return json(res, 404, { message: `404 ${key} Not Found` });
  }
}

/** `gitlab-api ...` as a user's shell runs it: found on PATH, in the scratch HOME and cwd. */
function gitlabApi(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('gitlab-api', args, { env: { ...env, ...extra }, cwd, encoding: 'buffer', maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr: stderr.toString('utf8') });
    });
    child.stdin?.end();
  });
}

beforeAll(async () => {
  gitlab = await startServer();
  gitlab.handle(route);
  elsewhere = await startServer();
  elsewhere.handle((_r, res) => json(res, 401, { message: '401 Unauthorized' }));
  // A checkout as `npm ci` leaves it (sources, node_modules), without dist/: the install builds it.
  pkg = await makePackage(specUnderTest().doc, { build: false });
  home = tempDir('tasks-home-');
  cwd = tempDir('tasks-work-');
  env = { HOME: home, PATH: `${join(home, '.local/bin')}:/usr/local/bin:/usr/bin:/bin`, LANG: 'C.UTF-8' };
  // The README's install, in the checkout: npm runs the prepare script (npm run build) and links the
  // command into ~/.local/bin. Offline: nothing is fetched.
  const npm = spawnSync('npm', ['install', '--global', '--prefix', join(home, '.local'), '.', '--offline', '--no-audit', '--no-fund'], {
    cwd: pkg,
    env: { ...env, PATH: `${process.env.PATH}` },
    encoding: 'utf8',
  });
  if (npm.status !== 0) throw new Error(`npm install --global failed: ${npm.stderr}`);
  // The user's config: a token for this instance only (docs/cli.md, "Connection").
  mkdirSync(join(home, '.config/gitlab-api'), { recursive: true });
  const host = new URL(gitlab.url).host;
  writeFileSync(join(home, '.config/gitlab-api/config.json'), JSON.stringify({ url: gitlab.url, hosts: { [host]: { token: TOKEN } } }));
  chmodSync(join(home, '.config/gitlab-api/config.json'), 0o600);
  writeFileSync(join(cwd, 'avatar.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
}, 300_000);

afterAll(async () => {
  await gitlab?.close();
  await elsewhere?.close();
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

describe('installed as the README says', () => {
  it('gitlab-api is on PATH, a link to the package, and its bash completion installs and completes', async () => {
    expect(realpathSync(join(home, '.local/bin/gitlab-api'))).toBe(realpathSync(join(pkg, 'bin/gitlab-api.cjs')));
    const version = await gitlabApi(['--version']);
    expect(version.stdout.toString()).toMatch(/^gitlab-api \d+\.\d+\.\d+ \(GitLab REST API v4 .*, \d+ operations\)\n$/);
    const completions = join(home, '.local/share/bash-completion/completions');
    mkdirSync(completions, { recursive: true });
    writeFileSync(join(completions, 'gitlab-api'), (await gitlabApi(['completion', 'bash'])).stdout);
    const bash = spawnSync('bash', ['--norc', '-c', [
      `source ${BASH_COMPLETION}`,
      '__load_completion gitlab-api',
      'COMP_WORDS=(gitlab-api project-issue l); COMP_CWORD=2; COMP_LINE="gitlab-api project-issue l"; COMP_POINT=${#COMP_LINE}',
      '_gitlab_api gitlab-api l project-issue; printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n')], { env, encoding: 'utf8' });
    expect(bash.stdout).toBe('list\n');
  });
});

describe('fifteen tasks against the instance', () => {
  const last = () => gitlab.received.at(-1)!;

  it('1. list a project\'s open issues by its path, across all pages', async () => {
    gitlab.received.length = 0;
    const r = await gitlabApi(['project-issue', 'list', '--id', 'group/project', '--state', 'opened', '--paginate']);
    expect([r.code, r.stdout.toString(), r.stderr]).toEqual([0, '[{"iid":1},{"iid":2},{"iid":3}]\n', '']);
    expect(gitlab.received.map((q) => q.url)).toEqual(['/api/v4/projects/group%2Fproject/issues?state=opened', '/api/v4/projects/group%2Fproject/issues?state=opened&page=2']);
    expect(gitlab.received.every((q) => q.headers['private-token'] === TOKEN)).toBe(true);
  });

  it('2. create an issue with two labels', async () => {
    const r = await gitlabApi(['project-issue', 'create', '--id', 'group/project', '--title', 'Broken build', '--labels', 'bug,ui']);
    expect(r.code).toBe(0);
    expect(JSON.parse(last().body)).toEqual({ title: 'Broken build', labels: 'bug,ui' });
    expect(JSON.parse(r.stdout.toString())).toMatchObject({ iid: 7, labels: 'bug,ui' });
  });

  it('3. close it', async () => {
    const r = await gitlabApi(['project-issue', 'update', '--id', 'group/project', '--issue_iid', '7', '--state_event', 'close']);
    expect([r.code, last().method, JSON.parse(last().body)]).toEqual([0, 'PUT', { state_event: 'close' }]);
  });

  it('4. update a merge request', async () => {
    const r = await gitlabApi(['project-merge-request', 'update', '--id', 'group/project', '--merge_request_iid', '5', '--title', 'Ready', '--remove_source_branch', '--squash', 'false']);
    expect(r.code).toBe(0);
    expect(JSON.parse(last().body)).toEqual({ title: 'Ready', remove_source_branch: true, squash: false });
  });

  it('5. create a commit with three actions', async () => {
    const actions = [
      { action: 'create', file_path: 'docs/new.md', content: 'new' },
      { action: 'update', file_path: 'README.md', content: 'changed' },
      { action: 'delete', file_path: 'old.txt' },
    ];
    const r = await gitlabApi(['project-repository-commit', 'create', '--id', 'group/project', '--branch', 'main', '--commit_message', 'Three files',
      ...actions.flatMap((a) => ['--actions', JSON.stringify(a)])]);
    expect(r.code).toBe(0);
    expect(JSON.parse(last().body)).toEqual({ branch: 'main', commit_message: 'Three files', actions });
  });

  it('6. read a raw file to stdout', async () => {
    const r = await gitlabApi(['project-repository-file', 'raw', '--id', 'group/project', '--file_path', 'docs/README.md', '--ref', 'main']);
    expect([r.code, r.stdout.toString(), r.stderr]).toEqual([0, '# Read me\n', '']);
    expect(last().url).toBe('/api/v4/projects/group%2Fproject/repository/files/docs%2FREADME.md/raw?ref=main');
  });

  it('7. read a raw file to a file', async () => {
    const r = await gitlabApi(['project-repository-file', 'raw', '--id', 'group/project', '--file_path', 'docs/README.md', '--ref', 'main', '--output-file', 'README.md']);
    expect([r.code, r.stdout.length]).toEqual([0, 0]);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe('# Read me\n');
  });

  it('8. download an archive', async () => {
    const r = await gitlabApi(['project-repository-archive', 'get', '--id', 'group/project', '--format', 'zip', '--output-file', 'source.zip']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'source.zip')).equals(ZIP)).toBe(true);
    expect(last().url).toBe('/api/v4/projects/group%2Fproject/repository/archive?format=zip');
  });

  it('9. read a job log', async () => {
    const r = await gitlabApi(['project-job', 'trace', '--id', 'group/project', '--job_id', '42']);
    expect([r.code, r.stdout.toString(), r.stderr]).toEqual([0, LOG, '']);
  });

  it('10. upload an avatar', async () => {
    const r = await gitlabApi(['api', 'PUT', 'projects/group%2Fproject', '--field', 'avatar=@avatar.png']);
    expect(r.code).toBe(0);
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(last().body).toContain('Content-Disposition: form-data; name="avatar"; filename="avatar.png"');
    expect(last().body).toContain('PNG\r\n\u001a\n'); // the file's bytes (its first, 0x89, is not UTF-8)
  });

  it('11. search', async () => {
    const r = await gitlabApi(['search', 'get', '--scope', 'projects', '--search', 'gitlab']);
    expect(r.code).toBe(0);
    expect(last().url).toBe('/api/v4/search?scope=projects&search=gitlab');
    expect(JSON.parse(r.stdout.toString())).toEqual([{ id: 1, name: 'gitlab', scope: 'projects' }]);
  });

  it('12. a call through gitlab-api api, to a route the 11.x docs miss', async () => {
    const r = await gitlabApi(['api', 'projects/group%2Fproject/issues_statistics', '--output', 'yaml']);
    expect([r.code, r.stdout.toString()]).toEqual([0, 'statistics:\n  counts:\n    all: 3\n    opened: 2\n    closed: 1\n']);
    expect(last().headers['private-token']).toBe(TOKEN);
  });

  it('13. a 429 retried after the wait the server asks for, shown by --verbose', async () => {
    let calls = 0;
    gitlab.handle((req, res) => (calls++ === 0 ? json(res, 429, { message: 'Retry later' }, { 'Retry-After': '1' }) : route(req, res)));
    try {
      const r = await gitlabApi(['search', 'get', '--scope', 'projects', '--search', 'x', '--verbose']);
      expect(r.code).toBe(0);
      expect(calls).toBe(2);
      expect(r.stderr).toContain('* 429: retry 1 in 1.0 s (retry-after)\n< 200 OK\n');
      expect(r.stderr).toContain(`* PRIVATE-TOKEN from ${join(home, '.config/gitlab-api/config.json')} (hosts."${new URL(gitlab.url).host}")\n`);
      expect(r.stderr).not.toContain(TOKEN);
    } finally {
      gitlab.handle(route);
    }
  });

  it('14. a job token in a CI environment: sent to the CI server, not elsewhere', async () => {
    const ci = { CI_JOB_TOKEN: JOB_TOKEN, CI_SERVER_URL: gitlab.url, CI_API_V4_URL: `${gitlab.url}/api/v4`, GITLAB_CI: 'true' };
    // A CI job has no config file: another HOME.
    const r = await gitlabApi(['project-job-artifact', 'download', '--id', 'group/project', '--ref_name', 'main', '--job', 'build', '--output-file', 'artifacts.zip'], { ...ci, HOME: tempDir('tasks-ci-home-') });
    expect(r.code).toBe(0);
    expect(last().headers['job-token']).toBe(JOB_TOKEN);
    expect(last().headers['private-token']).toBeUndefined();
    expect(readFileSync(join(cwd, 'artifacts.zip')).equals(ZIP)).toBe(true);
    const other = await gitlabApi(['project', 'get', '--id', '1', '--url', 'https://gitlab.com', '--dry-run'], { ...ci, HOME: tempDir('tasks-ci-home-') });
    expect(other.stdout.toString()).toBe("curl --request GET 'https://gitlab.com/api/v4/projects/1'\n");
  });

  it('15. a config token refused for another host: not sent, and the message says why without the secret', async () => {
    const r = await gitlabApi(['project', 'list', '--url', elsewhere.url]);
    expect(r.code).toBe(1);
    expect(elsewhere.received.at(-1)!.headers['private-token']).toBeUndefined();
    const file = join(home, '.config/gitlab-api/config.json');
    expect(r.stderr).toBe(`gitlab-api: GET /projects: 401 Unauthorized: 401 Unauthorized (no credential for ${new URL(elsewhere.url).host}: ${file} (hosts."${new URL(gitlab.url).host}") is for ${new URL(gitlab.url).host})\n`);
    expect(r.stdout.toString() + r.stderr).not.toContain(TOKEN);
    expect(existsSync(join(cwd, '.README.md.gitlab-api-'))).toBe(false);
  });
});
