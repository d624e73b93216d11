// [slow, ~40 s] Packaging: what `npm pack` takes from this repository (its `files`), with dist/ built as
// `prepare` builds it, installed into a separate consumer project (offline: its dependencies packed
// from this repository's node_modules), type-checked and run: the client, the schema types and the
// `gitlab-api` command.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/language-service.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';
import { buildCli } from '../../build/cli.js';

const tsc = resolve(repoRoot, 'node_modules/typescript/bin/tsc');
let work: string;
let consumer: string;
let server: TestServer;
/** The files `npm pack` takes from the repository, dist/ left out (built below). */
let packed: string[];

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/**
 * The package's dependencies and theirs, as tarballs packed from this repository's node_modules into
 * `into`. Installed beside the package, they are what it resolves to, so the install asks the
 * registry nothing: npm 11 resolves a tarball's dependencies from full packuments, which the lock
 * file's `npm install` never caches (an offline install of the tarball alone: ENOTCACHED).
 */
function packDependencies(names: string[], into: string): string[] {
  const seen = new Set<string>();
  const tarballs: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = resolve(repoRoot, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into, dir], into)) as { filename: string }[];
    tarballs.push(join(into, packed.filename));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  names.forEach(visit);
  return tarballs;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-pack-'));
  const stage = join(work, 'package');
  mkdirSync(stage);
  // The file list comes from npm itself, reading package.json's `files` at the repository root, so a
  // file missing from `files` is missing here too. --ignore-scripts: no `prepare` build into the
  // repository's dist/ (other work may be using it); dist/ is built into the stage instead.
  const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], repoRoot)) as { files: { path: string }[] }[];
  packed = listing[0].files.map((f) => f.path).filter((p) => !p.startsWith('dist/'));
  for (const file of packed) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(resolve(repoRoot, file), join(stage, file));
  }
  // First the client alone with `types: []`: it compiles without Node's types, which is how we know
  // it uses no Node-only API (it must run in browsers). Then dist/ as `npm run build` (= prepare) makes it.
  writeFileSync(
    join(work, 'tsconfig.client.json'),
    JSON.stringify({ extends: resolve(repoRoot, 'tsconfig.build.json'), compilerOptions: { noEmit: true, declaration: false, rootDir: resolve(repoRoot, 'src'), types: [] }, include: [resolve(repoRoot, 'src/client')] }),
  );
  run(process.execPath, [tsc, '-p', join(work, 'tsconfig.client.json')], repoRoot);
  run(process.execPath, [tsc, '-p', resolve(repoRoot, 'tsconfig.build.json'), '--outDir', join(stage, 'dist')], repoRoot);
  await buildCli(join(stage, 'dist'));
  // Scripts off: a consumer's install never runs our `prepare`; the tarball must hold dist/ itself.
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...pkg, scripts: {}, devDependencies: {} }, null, 2));
  run('npm', ['pack', '--silent', '--pack-destination', work], stage);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
  const dependencies = packDependencies(Object.keys(pkg.dependencies ?? {}), work);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball), ...dependencies], consumer);
  server = await startServer((req, res) => json(res, 200, [{ id: 1, iid: 7, title: `seen ${req.url}` }]));
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('[slow] the packed package in a consumer project', () => {
  it("npm pack takes what users need from the repository, and nothing of the project's own", () => {
    for (const file of ['package.json', 'bin/gitlab-api.cjs', 'generated/cli-index.json', 'generated/schema.d.ts', 'generated/response-media.js', 'generated/response-media.d.ts', 'generated/cli-commands.json', 'generated/completions/gitlab-api.bash', 'spec/openapi.json', 'spec/openapi.yaml']) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((p) => /^(src|test|scripts|bench|docs-source|node_modules)\//.test(p) && p !== 'src/client/README.md')).toEqual([]);
  });

  it('ships dist/ (client and the CLI\'s bundles), the schema types and the spec', () => {
    const root = join(consumer, 'node_modules/gitlab-openapi');
    for (const file of ['dist/client/index.js', 'dist/client/index.d.ts', 'dist/gitlab-api.cjs', 'dist/gitlab-api-send.cjs', 'generated/schema.d.ts', 'spec/openapi.json']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(existsSync(join(root, 'test'))).toBe(false);
    expect(existsSync(join(root, 'scripts'))).toBe(false);
  });

  it('type-checks a consumer file: typed calls, the schema export, and errors for wrong calls', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, types: [] }, include: ['*.ts'] }),
    );
    writeFileSync(
      join(consumer, 'use.ts'),
      `import { createGitLabClient, paginate, GitLabApiError } from 'gitlab-openapi';
import type { paths } from 'gitlab-openapi/schema';
const gitlab = createGitLabClient({ host: 'gitlab.example.com', token: 'x' });
type Issues = paths['/projects/{id}/issues']['get'];
export async function main(): Promise<void> {
  const { data } = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'a/b' } } });
  const first: number = data[0].iid;
  // @ts-expect-error a misspelled body key
  await gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { title: 'x', label: 'bug' } });
  for await (const issue of paginate(gitlab.issues, '/projects/{id}/issues', { params: { path: { id: 1 } } }, { maxPages: 1 })) void issue.iid;
  // @ts-expect-error wrong path parameter name
  await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { idd: 1 } } });
  void first; void GitLabApiError; void (null as unknown as Issues);
}
`,
    );
    expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)).toBe('');
  }, 120_000);

  it('runs: the installed client calls a server', async () => {
    writeFileSync(
      join(consumer, 'run.mjs'),
      `import { createGitLabClient } from 'gitlab-openapi';
const gitlab = createGitLabClient({ baseUrl: process.argv[2], token: 'x' });
const { data } = await gitlab.issues.GET('/projects/{id}/issues', { params: { path: { id: 'a/b' } } });
import spec from 'gitlab-openapi/openapi.json' with { type: 'json' };
process.stdout.write(JSON.stringify({ data, openapi: spec.openapi }));`,
    );
    // Asynchronously: the server lives in this process, a synchronous child would block it.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['run.mjs', server.apiRoot], { cwd: consumer, timeout: 60_000 });
    expect(JSON.parse(out)).toEqual({ data: [{ id: 1, iid: 7, title: 'seen /api/v4/projects/a%2Fb/issues' }], openapi: '3.1.0' });
  }, 60_000);

  it('runs: the installed gitlab-api command (the dist/ bundles and generated/cli-index.json from the tarball)', async () => {
    const bin = join(consumer, 'node_modules/.bin/gitlab-api');
    const exec = promisify(execFile);
    const version = await exec(bin, ['--version'], { cwd: consumer, timeout: 60_000 });
    expect(version.stdout).toMatch(/^gitlab-api \d+\.\d+\.\d+ \(GitLab REST API v4 .*\d+ operations\)/);
    const before = server.requests.length;
    const call = await exec(bin, ['project-issue', 'list', '--id', 'a/b', '--url', server.origin], { cwd: consumer, timeout: 60_000, env: { ...process.env, GITLAB_TOKEN: 'glpat-cli-0123456789' } });
    expect(JSON.parse(call.stdout)).toEqual([{ id: 1, iid: 7, title: 'seen /api/v4/projects/a%2Fb/issues' }]);
    expect(server.requests.slice(before).map((r) => r.headers['private-token'])).toEqual(['glpat-cli-0123456789']);
  }, 60_000);
});
