// [slow, ~20 s] Packaging: build the client, `npm pack`, install the tarball into a separate
// consumer project (offline: dependencies from the npm cache), type-check and run a consumer file.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/language-service.js';
import { json, startServer } from './helpers/server.js';
import type { TestServer } from './helpers/server.js';

const tsc = resolve(repoRoot, 'node_modules/typescript/bin/tsc');
let work: string;
let consumer: string;
let server: TestServer;

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gitlab-openapi-pack-'));
  const stage = join(work, 'package');
  mkdirSync(stage);
  // Stage what `files` names, building the client into the stage (not into the repo's dist/,
  // which other work may be using). `types: []`: the client compiles without Node's types, which
  // is how we know it uses no Node-only API (it must run in browsers).
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({ extends: resolve(repoRoot, 'tsconfig.build.json'), compilerOptions: { outDir: join(stage, 'dist'), rootDir: resolve(repoRoot, 'src'), types: [] }, include: [resolve(repoRoot, 'src/client')] }),
  );
  run(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], repoRoot);
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...pkg, scripts: {}, devDependencies: {} }, null, 2));
  for (const file of ['generated/schema.d.ts', 'spec/openapi.json', 'spec/openapi.yaml', 'src/client/README.md']) {
    if (existsSync(resolve(repoRoot, file))) cpSync(resolve(repoRoot, file), join(stage, file), { recursive: true });
  }
  run('npm', ['pack', '--silent', '--pack-destination', work], stage);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)], consumer);
  server = await startServer((req, res) => json(res, 200, [{ id: 1, iid: 7, title: `seen ${req.url}` }]));
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('[slow] the packed package in a consumer project', () => {
  it('ships only what `files` says, with the client built and the schema types', () => {
    const root = join(consumer, 'node_modules/gitlab-openapi');
    expect(existsSync(join(root, 'dist/client/index.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/client/index.d.ts'))).toBe(true);
    expect(existsSync(join(root, 'generated/schema.d.ts'))).toBe(true);
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
  const first: number | undefined = data?.[0]?.iid;
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
process.stdout.write(JSON.stringify(data));`,
    );
    // Asynchronously: the server lives in this process, a synchronous child would block it.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['run.mjs', server.apiRoot], { cwd: consumer, timeout: 60_000 });
    expect(JSON.parse(out)).toEqual([{ id: 1, iid: 7, title: 'seen /api/v4/projects/a%2Fb/issues' }]);
  }, 60_000);
});
