// The CLI and its completion (issue 4): startup of `gitlab-api <op> --help` and of one request to
// a local server (target < 150 ms wall, against `node -e ''` measured in the same run), and the
// latency of one TAB in bash (target < 20 ms), zsh and fish: per-TAB cost inside one shell process
// = (time of K completions - time of none) / K; the first TAB also pays loading the script.
// Specs: spec/openapi.json when it exists, and a synthetic 1000-operation spec to show scaling.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makePackage, ROOT } from '../test/cli/package-dir.js';
import { startServer, json } from '../test/cli/helpers.js';
import { bashComplete, fishComplete, generate, zshComplete } from '../test/completions/shells.js';
import { buildCommandTable } from '../src/cli/command-table.js';

const exec = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeSync(work: () => unknown): number {
  const t = performance.now();
  work();
  return performance.now() - t;
}

/** A spec of `n` operations with 12 parameters each (2 enums, a file on every 10th), by the conventions. */
function syntheticSpec(n: number): unknown {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const params = Array.from({ length: 10 }, (_, j) => ({
      name: `param_${j}_of_${i}`,
      in: 'query',
      description: `Parameter ${j} of operation ${i}, described in a sentence of ordinary length.`,
      schema: j < 2 ? { type: 'string', enum: ['asc', 'desc', 'opened', 'closed'] } : { type: 'string' },
      'x-source': { file: 'x.md', line: j + 1 },
    }));
    paths[`/things${i}/{id}`] = {
      get: {
        operationId: `getThing${i}`, summary: `Get thing ${i}`, description: 'd', tags: ['T'], 'x-source': { file: 'x.md', line: 1 },
        parameters: [{ name: 'id', in: 'path', required: true, description: 'id', schema: { type: ['integer', 'string'] } }, ...params, { name: 'page', in: 'query', schema: { type: 'integer' } }],
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'synthetic', version: '1' }, paths };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Wall time of a shell command line, median of `runs` (spawned synchronously: no server involved). */
function shellWall(runs: number, cmd: string, args: string[]): number {
  return median(Array.from({ length: runs }, () => timeSync(() => spawnSync(cmd, args, { stdio: 'ignore' }))));
}

async function benchShells(label: string, doc: any): Promise<void> {
  const dir = generate(doc);
  const ops = buildCommandTable(doc).commands;
  const pick = (k: number) => Array.from({ length: k }, (_, i) => `gitlab-api ${ops[(i * 7919) % ops.length].name} --`);
  const file = (f: string) => join(dir, 'completions', f);
  const size = (f: string) => `${Math.round(statSync(file(f)).size / 1024)} KiB`;
  console.log(`\n${label}: ${ops.length} operations; scripts: bash ${size('gitlab-api.bash')}, zsh ${size('_gitlab-api')}, fish ${size('gitlab-api.fish')}`);
  // Loading the script (once per shell session): sourcing it minus the same shell without it.
  const load = {
    bash: shellWall(RUNS, 'bash', ['--norc', '-c', `source /usr/share/bash-completion/bash_completion; source ${file('gitlab-api.bash')}`]) -
      shellWall(RUNS, 'bash', ['--norc', '-c', 'source /usr/share/bash-completion/bash_completion']),
    // sourced outside compinit, compdef is missing at the very end: the parse is what is measured
    zsh: shellWall(RUNS, 'zsh', ['-f', '-c', `source ${file('_gitlab-api')} 2>/dev/null; :`]) - shellWall(RUNS, 'zsh', ['-f', '-c', ':']),
    fish: shellWall(RUNS, 'fish', ['--no-config', '-c', `source ${file('gitlab-api.fish')}`]) - shellWall(RUNS, 'fish', ['--no-config', '-c', 'true']),
  };
  console.log('| shell | load the script (once) | one TAB: `gitlab-api <op> --` |');
  console.log('| --- | --- | --- |');
  for (const [shell, fn, k] of [
    ['bash', bashComplete, 200],
    ['zsh', zshComplete, 60],
    ['fish', fishComplete, 100],
  ] as const) {
    const complete = fn as (d: string, l: string[]) => unknown;
    // Per TAB inside one running shell: (K completions - 1 completion) / (K - 1).
    const one = median(Array.from({ length: 5 }, () => timeSync(() => complete(dir, pick(1)))));
    const many = median(Array.from({ length: 3 }, () => timeSync(() => complete(dir, pick(k)))));
    let note = '';
    if (shell === 'zsh') {
      // Baseline in the same harness: a TAB after a command without completion (zsh's _default, empty folder).
      const cwd = mkdtempSync(join(tmpdir(), 'zsh-bench-'));
      const lines = (n: number) => Array.from({ length: n }, () => 'no-such-command-xyz ');
      const b1 = median(Array.from({ length: 5 }, () => timeSync(() => zshComplete(dir, lines(1), { cwd }))));
      const bk = median(Array.from({ length: 3 }, () => timeSync(() => zshComplete(dir, lines(k), { cwd }))));
      note = ` (through zpty; a TAB without completion in the same harness: ${ms((bk - b1) / (k - 1))})`;
    }
    console.log(`| ${shell} | ${ms(load[shell])} | ${ms((many - one) / (k - 1))}${note} |`);
  }
}

export async function run(): Promise<void> {
  // GITLAB_API_TEST_SPEC: measure with another spec (e.g. a `generate --out` run) instead.
  const realSpec = process.env.GITLAB_API_TEST_SPEC ?? join(ROOT, 'spec/openapi.json');
  const doc = existsSync(realSpec) ? JSON.parse(readFileSync(realSpec, 'utf8')) : JSON.parse(readFileSync(join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'));
  const specName = existsSync(realSpec) ? realSpec.replace(`${ROOT}/`, '') : 'the fixture spec (spec/openapi.json not generated yet)';
  const pkg = makePackage(doc);
  const bin = join(pkg, 'bin/gitlab-api');
  const table = buildCommandTable(doc);
  const op = table.commands.find((c) => c.method === 'GET' && c.params.filter((p) => p.required).length === 0) ?? table.commands[0];
  const server = await startServer();
  server.handle((_r, res) => json(res, 200, [{ id: 1, name: 'x' }]));
  const env = { PATH: process.env.PATH, HOME: pkg, GITLAB_URL: server.url, GITLAB_TOKEN: 'bench-token' };
  try {
    // Interleaved, round-robin, so a busy machine weighs on every figure alike.
    const cases: [string, () => Promise<unknown>][] = [
      ['node', () => exec(process.execPath, ['-e', ''])],
      // Second baseline: the least a Node 20 process pays to make one request with fetch (undici).
      ['fetch', () => exec(process.execPath, ['--input-type=module', '-e', `await (await fetch('${server.url}/api/v4/projects')).text()`])],
      ['help', () => exec(bin, [op.name, '--help'], { env })],
      ['request', () => exec(bin, [op.name], { env })],
    ];
    const times = new Map<string, number[]>(cases.map(([n]) => [n, []]));
    for (const [, work] of cases) await work(); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      for (const [name, work] of cases) {
        const t = performance.now();
        await work();
        times.get(name)!.push(performance.now() - t);
      }
    }
    const [node, fetchOnly, help, request] = cases.map(([n]) => median(times.get(n)!));
    const tablePath = join(pkg, 'generated/cli-commands.json');
    const parseTable = median(Array.from({ length: RUNS }, () => timeSync(() => JSON.parse(readFileSync(tablePath, 'utf8')))));
    const buildTable = median(Array.from({ length: RUNS }, () => timeSync(() => buildCommandTable(JSON.parse(readFileSync(existsSync(realSpec) ? realSpec : join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'))))));
    console.log(`Startup, real process, ${specName} (${table.commands.length} operations), median of ${RUNS}:`);
    console.log('| what | wall | vs node -e "" |');
    console.log('| --- | --- | --- |');
    console.log(`| node -e "" (baseline) | ${ms(node)} | 1.00x |`);
    console.log(`| gitlab-api ${op.name} --help | ${ms(help)} | ${(help / node).toFixed(2)}x |`);
    console.log(`| node: one fetch() to 127.0.0.1 (baseline) | ${ms(fetchOnly)} | ${(fetchOnly / node).toFixed(2)}x |`);
    console.log(`| gitlab-api ${op.name} (one request to 127.0.0.1) | ${ms(request)} | ${(request / node).toFixed(2)}x (${(request / fetchOnly).toFixed(2)}x the fetch baseline) |`);
    console.log(`\nCommand table: JSON.parse of generated/cli-commands.json ${ms(parseTable)}; building it from the spec instead ${ms(buildTable)} (${(buildTable / parseTable).toFixed(1)}x).`);
  } finally {
    await server.close();
  }
  await benchShells(`Completion, ${specName}`, doc);
  await benchShells('Completion, synthetic spec', syntheticSpec(1000));
}
