// What the client's types cost a consumer (helpers of bench/client.ts, no bench of their own):
// `tsc --noEmit` of a file with 20 calls, and path completion in a language service after an edit,
// each beside @gitbeaker/rest and plain openapi-fetch in the same run.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIDocument } from '../scripts/openapi-document.js';
import { emitTypes } from '../scripts/emit/types.js';
import { createService } from '../test/client/helpers/language-service.js';
import { median } from './measure.js';

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/** The 20 calls of the consumer file: [tag view, method, path, init]. Same operations in every variant. */
const CALLS: [string, string, string, string][] = [
  ['issues', 'GET', '/projects/{id}/issues', `{ params: { path: { id: 'a/b' }, query: { state: 'opened' } } }`],
  ['projects', 'GET', '/projects/{id}', `{ params: { path: { id: 'a/b' } } }`],
  ['projects', 'GET', '/projects', `{ params: { query: { search: 'x' } } }`],
  ['issues', 'POST', '/projects/{id}/issues', `{ params: { path: { id: 'a/b' } }, body: { title: 'title', labels: 'bug' } }`],
  ['mergeRequests', 'GET', '/projects/{id}/merge_requests', `{ params: { path: { id: 3 } } }`],
  ['mergeRequests', 'GET', '/projects/{id}/merge_requests/{merge_request_iid}', `{ params: { path: { id: 'a/b', merge_request_iid: 1 } } }`],
  ['branches', 'GET', '/projects/{id}/repository/branches', `{ params: { path: { id: 'a/b' } } }`],
  ['branches', 'GET', '/projects/{id}/repository/branches/{branch}', `{ params: { path: { id: 'a/b', branch: 'feature/x' } } }`],
  ['repositoryFiles', 'GET', '/projects/{id}/repository/files/{file_path}', `{ params: { path: { id: 'a/b', file_path: 'lib/a b.rb' }, query: { ref: 'main' } } }`],
  ['commits', 'GET', '/projects/{id}/repository/commits', `{ params: { path: { id: 'a/b' } } }`],
  ['users', 'GET', '/user', `{}`],
  ['users', 'GET', '/users', `{}`],
  ['groups', 'GET', '/groups', `{}`],
  ['pipelines', 'GET', '/projects/{id}/pipelines', `{ params: { path: { id: 'a/b' } } }`],
  ['jobs', 'GET', '/projects/{id}/jobs', `{ params: { path: { id: 'a/b' } } }`],
  ['tags', 'GET', '/projects/{id}/repository/tags', `{ params: { path: { id: 'a/b' } } }`],
  ['notes', 'POST', '/projects/{id}/issues/{issue_iid}/notes', `{ params: { path: { id: 'a/b', issue_iid: 1 } }, body: { body: 'hello' } }`],
  ['labels', 'GET', '/projects/{id}/labels', `{ params: { path: { id: 'a/b' } } }`],
  ['milestones', 'GET', '/projects/{id}/milestones', `{ params: { path: { id: 'a/b' } } }`],
  ['mergeRequests', 'PUT', '/projects/{id}/merge_requests/{merge_request_iid}', `{ params: { path: { id: 'a/b', merge_request_iid: 1 } }, body: { title: 't' } }`],
];

const GITBEAKER_CALLS = [
  `api.Issues.all({ projectId: 'a/b', state: 'opened' })`,
  `api.Projects.show('a/b')`,
  `api.Projects.all({ search: 'x' })`,
  `api.Issues.create('a/b', 'title', { labels: 'bug' })`,
  `api.MergeRequests.all({ projectId: 'a/b' })`,
  `api.MergeRequests.show('a/b', 1)`,
  `api.Branches.all('a/b')`,
  `api.Branches.show('a/b', 'feature/x')`,
  `api.RepositoryFiles.show('a/b', 'lib/a b.rb', 'main')`,
  `api.Commits.all('a/b')`,
  `api.Users.showCurrentUser()`,
  `api.Users.all()`,
  `api.Groups.all()`,
  `api.Pipelines.all('a/b')`,
  `api.Jobs.all('a/b')`,
  `api.Tags.all('a/b')`,
  `api.IssueNotes.create('a/b', 1, 'hello')`,
  `api.ProjectLabels.all('a/b')`,
  `api.ProjectMilestones.all('a/b')`,
  `api.MergeRequests.edit('a/b', 1, { title: 't' })`,
];

/**
 * A consumer's view of the package in `dir`: the client's declarations (built by tsc from src/client)
 * next to the types emitted from `spec`, laid out as in the package (dist/client/*.d.ts import
 * ../../generated/schema.js), so a consumer file type-checks .d.ts files only. `dist`: a folder
 * built already, copied instead of building again.
 */
export async function preparePackage(root: string, dir: string, spec: OpenAPIDocument, dist?: string): Promise<void> {
  mkdirSync(join(dir, 'generated'), { recursive: true });
  for (const file of await emitTypes(spec)) writeFileSync(join(dir, 'generated', file.path), file.content);
  if (dist) return void cpSync(dist, join(dir, 'dist'), { recursive: true });
  const config = join(dir, 'tsconfig.pkg.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.build.json'),
      compilerOptions: { outDir: join(dir, 'dist'), rootDir: join(root, 'src'), declaration: true, emitDeclarationOnly: true, types: [] },
      include: [join(root, 'src/client')],
    }),
  );
  const built = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the client's declarations failed:\n${built.stdout}${built.stderr}`);
}

/**
 * The spec four times over (every path again under `/v2`, `/v3`, `/v4` prefixes, tags renamed to
 * match): the size of today's GitLab docs, which document well over a thousand operations.
 */
export function enlarge(spec: OpenAPIDocument, copies: number): OpenAPIDocument {
  const big = structuredClone(spec);
  const paths = big.paths ?? {};
  for (let copy = 2; copy <= copies; copy++) {
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      const clone = structuredClone(item) as Record<string, { operationId?: string; tags?: string[] }>;
      for (const op of Object.values(clone)) {
        if (!op || typeof op !== 'object') continue;
        if (op.operationId) op.operationId = `${op.operationId}V${copy}`;
        if (op.tags) op.tags = op.tags.map((t) => `${t} v${copy}`);
      }
      paths[`/v${copy}${path}`] = clone as never;
    }
    for (const tag of spec.tags ?? []) {
      const page = (tag as { 'x-gitlab-page'?: string })['x-gitlab-page'];
      big.tags!.push({ ...tag, name: `${tag.name} v${copy}`, ...(page ? { 'x-gitlab-page': page.replace(/\.md$/, `_v${copy}.md`) } : {}) } as never);
    }
  }
  return big;
}

export function operationCount(spec: OpenAPIDocument): number {
  return Object.values(spec.paths ?? {}).reduce((n, item) => n + ['get', 'put', 'post', 'delete', 'patch', 'head'].filter((m) => (item as Record<string, unknown>)[m]).length, 0);
}

const CLIENT = (pkg: string) => `import { createGitLabClient } from './${pkg}/dist/client/index.js';\nconst gitlab = createGitLabClient({ host: 'gitlab.example.com', token: 'x' });\n`;

function consumerSources(pkg: string): Record<string, string> {
  const body = (lines: string[]) => `export async function calls(): Promise<unknown[]> {\n  return [\n${lines.map((l) => `    ${l},`).join('\n')}\n  ];\n}\n`;
  return {
    // The floor: the same compiler options on a file that imports nothing (the DOM and ES libs alone).
    empty: `export const nothing = 0;\n`,
    tag: CLIENT(pkg) + body(CALLS.map(([t, m, p, init]) => `(await gitlab.${t}.${m}('${p}', ${init})).data`)),
    core: CLIENT(pkg) + body(CALLS.map(([, m, p, init]) => `(await gitlab.core.${m}('${p}', ${init})).data`)),
    plain:
      `import createClient from 'openapi-fetch';\nimport type { paths } from './${pkg}/generated/schema.js';\nconst client = createClient<paths>({ baseUrl: 'https://gitlab.example.com/api/v4' });\n` +
      body(CALLS.map(([, m, p, init]) => `(await client.${m}('${p}', ${init})).data`)),
    gitbeaker: `import { Gitlab } from '@gitbeaker/rest';\nconst api = new Gitlab({ host: 'https://gitlab.example.com', token: 'x' });\n` + body(GITBEAKER_CALLS.map((c) => `await ${c}`)),
  };
}

interface TscFigure {
  ms: number;
  /** CPU time (user + system) of the tsc process: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak resident set size (GNU time's %M), NaN without /usr/bin/time. */
  peakMb: number;
  /** tsc's own "Memory used" (heap at the end). */
  heapMb: number;
  instantiations: number;
  errors: string;
}

const GNU_TIME = '/usr/bin/time';

function tscOnce(root: string, work: string, name: string): TscFigure {
  const config = join(work, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: [`${name}.ts`],
    }),
  );
  const tsc = [process.execPath, join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--extendedDiagnostics'];
  const timed = existsSync(GNU_TIME);
  const start = performance.now();
  // GNU time writes its line (user s, system s, max RSS KiB) to stderr, after tsc's own output.
  const result = timed ? spawnSync(GNU_TIME, ['-f', 'gnu-time %U %S %M', ...tsc], { encoding: 'utf8' }) : spawnSync(tsc[0], tsc.slice(1), { encoding: 'utf8' });
  const ms = performance.now() - start;
  const gnu = /gnu-time ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return {
    ms,
    cpuMs: gnu ? (Number(gnu[1]) + Number(gnu[2])) * 1000 : NaN,
    peakMb: gnu ? Number(gnu[3]) / 1024 : NaN,
    heapMb: Number(/Memory used:\s+(\d+)K/.exec(result.stdout)?.[1] ?? NaN) / 1024,
    instantiations: Number(/Instantiations:\s+(\d+)/.exec(result.stdout)?.[1] ?? NaN),
    errors: result.stdout.split('\n').filter((l) => /error TS\d+/.test(l)).join('\n'),
  };
}

/** tsc of the consumer file per variant, medians of `runs`; the verdict against gitbeaker above the empty floor. */
export function typecheckCosts(root: string, work: string, pkg: string, runs: number): void {
  const sources = consumerSources(pkg);
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(work, `${name}.ts`), text);
  const figures: Record<string, TscFigure> = {};
  // Interleaved rounds: on a shared machine, load changes between runs.
  const all: Record<string, TscFigure[]> = {};
  for (let r = 0; r < runs; r++) for (const name of Object.keys(sources)) (all[name] ??= []).push(tscOnce(root, work, name));
  for (const [name, list] of Object.entries(all)) {
    const med = (key: 'ms' | 'cpuMs' | 'peakMb' | 'heapMb') => median(list.map((f) => f[key]));
    figures[name] = { ms: med('ms'), cpuMs: med('cpuMs'), peakMb: med('peakMb'), heapMb: med('heapMb'), instantiations: list[0].instantiations, errors: list[0].errors };
  }
  const labels: Record<string, string> = { empty: 'empty file (the floor)', tag: 'ours, per-page views', core: 'ours, all-paths gitlab.core', plain: 'plain openapi-fetch', gitbeaker: '@gitbeaker/rest' };
  console.log(`tsc --noEmit, consumer file with 20 calls (median of ${runs}, interleaved; cpu = user + system; peak = max RSS; heap = tsc's "Memory used"):`);
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      `  ${labels[name].padEnd(28)} wall ${fmt(f.ms).padStart(6)} ms, cpu ${fmt(f.cpuMs).padStart(6)} ms, peak ${fmt(f.peakMb).padStart(4)} MB, heap ${fmt(f.heapMb).padStart(4)} MB, ${String(f.instantiations).padStart(6)} instantiations${f.errors ? `  (type errors: ${f.errors.split('\n').length})` : ''}`,
    );
  }
  const floor = figures.empty;
  const above = (f: TscFigure) => ({ cpu: f.cpuMs - floor.cpuMs, peak: f.peakMb - floor.peakMb, heap: f.heapMb - floor.heapMb });
  const beaker = above(figures.gitbeaker);
  for (const name of ['tag', 'core', 'plain', 'gitbeaker']) {
    const a = above(figures[name]);
    console.log(`  above the floor, ${labels[name].padEnd(28)} +${fmt(a.cpu)} ms cpu, +${fmt(a.peak)} MB peak, +${fmt(a.heap)} MB heap  (vs gitbeaker: cpu ${fmt(a.cpu / beaker.cpu, 2)}x, peak ${fmt(a.peak / beaker.peak, 2)}x, heap ${fmt(a.heap / beaker.heap, 2)}x)`);
  }
  for (const name of ['tag', 'core']) {
    const a = above(figures[name]);
    const met = (x: number) => (Number.isNaN(x) ? 'n/a' : x <= 1.5 ? 'met' : 'NOT met');
    console.log(`  target, ${labels[name]}: at most 1.5x gitbeaker above the floor -> cpu ${met(a.cpu / beaker.cpu)}, peak ${met(a.peak / beaker.peak)}, heap ${met(a.heap / beaker.heap)}`);
  }
  for (const name of ['tag', 'core']) if (figures[name].errors) console.log(`  ${labels[name]} had type errors:\n${figures[name].errors}`);
}

/** A probe: file text with `|` where completion is asked. */
interface Probe {
  label: string;
  source: string;
  /** The most seconds it may take, when there is a target. */
  target?: number;
}

export function completionProbes(pkg: string, bigPkg: string): Probe[] {
  return [
    { label: 'ours, per-page gitlab.issues.GET(\'', source: `${CLIENT(pkg)}gitlab.issues.GET('|', {});\n`, target: 0.2 },
    { label: 'ours, all-paths gitlab.core.GET(\'', source: `${CLIENT(pkg)}gitlab.core.GET('|', {});\n`, target: 0.5 },
    { label: 'ours, a body key (per-page)', source: `${CLIENT(pkg)}gitlab.issues.POST('/projects/{id}/issues', { params: { path: { id: 1 } }, body: { | } });\n` },
    { label: 'ours, 4x spec, per-page', source: `${CLIENT(bigPkg)}gitlab.issues.GET('|', {});\n`, target: 0.2 },
    { label: 'ours, 4x spec, all-paths', source: `${CLIENT(bigPkg)}gitlab.core.GET('|', {});\n`, target: 0.5 },
    {
      label: 'plain openapi-fetch client.GET(\'',
      source: `import createClient from 'openapi-fetch';\nimport type { paths } from './${pkg}/generated/schema.js';\nconst client = createClient<paths>({});\nclient.GET('|', {});\n`,
    },
    { label: '@gitbeaker/rest api.Issues.', source: `import { Gitlab } from '@gitbeaker/rest';\nconst api = new Gitlab({ host: 'x', token: 'x' });\napi.Issues.|\n` },
    { label: '@gitbeaker/rest api.Issues.all({ ', source: `import { Gitlab } from '@gitbeaker/rest';\nconst api = new Gitlab({ host: 'x', token: 'x' });\napi.Issues.all({ | });\n` },
  ];
}

/**
 * Completion after an edit, as in an editor: one language service per probe, warmed by a first
 * completion, then `edits` times: change the file (a comment line above), ask again. Median wall and
 * CPU time of those; the service keeps the files it read, as tsserver does.
 */
export function completionCosts(work: string, probes: Probe[], edits: number): void {
  console.log(`path completion after an edit (language service, warm; median of ${edits} edits; cpu = this process):`);
  for (const probe of probes) {
    const file = join(work, 'probe.ts');
    const offset = probe.source.indexOf('|');
    const text = probe.source.slice(0, offset) + probe.source.slice(offset + 1);
    const files: Record<string, string> = { [file]: text };
    const service = createService(files);
    service.getCompletionsAtPosition(file, offset, {});
    const walls: number[] = [];
    const cpus: number[] = [];
    let count = 0;
    for (let i = 0; i < edits; i++) {
      const edit = `// edit ${i}\n`;
      files[file] = edit + text;
      const cpu = process.cpuUsage();
      const start = performance.now();
      count = service.getCompletionsAtPosition(file, offset + edit.length, {})?.entries.length ?? 0;
      walls.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
    }
    const wall = median(walls);
    const cpu = median(cpus);
    const verdict = probe.target === undefined ? '' : `  target <= ${probe.target * 1000} ms: wall ${wall <= probe.target * 1000 ? 'met' : 'NOT met'}, cpu ${cpu <= probe.target * 1000 ? 'met' : 'NOT met'}`;
    console.log(`  ${probe.label.padEnd(36)} wall ${fmt(wall).padStart(5)} ms, cpu ${fmt(cpu).padStart(5)} ms, ${String(count).padStart(4)} entries${verdict}`);
  }
}
