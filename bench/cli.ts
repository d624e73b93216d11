// The CLI and its completion (issue 4): startup of `gitlab-api <op> --help` and of one request to
// a local server (target < 150 ms wall, against `node -e ''` measured in the same run), and the
// latency of one TAB in bash (target < 20 ms), zsh and fish: per-TAB cost inside one shell process
// = (time of K completions - time of none) / K; the first TAB also pays loading the script.
// Specs: spec/openapi.json when it exists, and a synthetic 1000-operation spec to show scaling.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

async function wall(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm the file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
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

async function benchShells(label: string, doc: any): Promise<void> {
  const dir = generate(doc);
  const ops = buildCommandTable(doc).commands;
  const pick = (k: number) => Array.from({ length: k }, (_, i) => `gitlab-api ${ops[(i * 7919) % ops.length].name} --`);
  const size = (f: string) => `${Math.round(statSync(join(dir, 'completions', f)).size / 1024)} KiB`;
  console.log(`\n${label}: ${ops.length} operations; scripts: bash ${size('gitlab-api.bash')}, zsh ${size('_gitlab-api')}, fish ${size('gitlab-api.fish')}`);
  console.log('| shell | first TAB (load + complete) | one more TAB (median of blocks) |');
  console.log('| --- | --- | --- |');
  for (const [shell, fn, k] of [
    ['bash', bashComplete, 200],
    ['zsh', zshComplete, 60],
    ['fish', fishComplete, 100],
  ] as const) {
    const none = median(Array.from({ length: 5 }, () => timeSync(() => (fn as (d: string, l: string[]) => unknown)(dir, []))));
    const one = median(Array.from({ length: 5 }, () => timeSync(() => (fn as (d: string, l: string[]) => unknown)(dir, pick(1)))));
    const many = median(Array.from({ length: 3 }, () => timeSync(() => (fn as (d: string, l: string[]) => unknown)(dir, pick(k)))));
    console.log(`| ${shell} | ${ms(one - none)} | ${ms((many - one) / (k - 1))} |`);
  }
}

export async function run(): Promise<void> {
  const realSpec = join(ROOT, 'spec/openapi.json');
  const doc = existsSync(realSpec) ? JSON.parse(readFileSync(realSpec, 'utf8')) : JSON.parse(readFileSync(join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'));
  const specName = existsSync(realSpec) ? 'spec/openapi.json' : 'the fixture spec (spec/openapi.json not generated yet)';
  const pkg = makePackage(doc);
  const bin = join(pkg, 'bin/gitlab-api');
  const table = buildCommandTable(doc);
  const op = table.commands.find((c) => c.method === 'GET' && c.params.filter((p) => p.required).length === 0) ?? table.commands[0];
  const server = await startServer();
  server.handle((_r, res) => json(res, 200, [{ id: 1, name: 'x' }]));
  const env = { PATH: process.env.PATH, HOME: pkg, GITLAB_URL: server.url, GITLAB_TOKEN: 'bench-token' };
  try {
    const node = await wall(RUNS, () => exec(process.execPath, ['-e', '']));
    const help = await wall(RUNS, () => exec(bin, [op.name, '--help'], { env }));
    const request = await wall(RUNS, () => exec(bin, [op.name], { env }));
    const tablePath = join(pkg, 'generated/cli-commands.json');
    const parseTable = median(Array.from({ length: RUNS }, () => timeSync(() => JSON.parse(readFileSync(tablePath, 'utf8')))));
    const buildTable = median(Array.from({ length: RUNS }, () => timeSync(() => buildCommandTable(JSON.parse(readFileSync(existsSync(realSpec) ? realSpec : join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'))))));
    console.log(`Startup, real process, ${specName} (${table.commands.length} operations), median of ${RUNS}:`);
    console.log('| what | wall | vs node -e "" |');
    console.log('| --- | --- | --- |');
    console.log(`| node -e "" (baseline) | ${ms(node)} | 1.00x |`);
    console.log(`| gitlab-api ${op.name} --help | ${ms(help)} | ${(help / node).toFixed(2)}x |`);
    console.log(`| gitlab-api ${op.name} (one request to 127.0.0.1) | ${ms(request)} | ${(request / node).toFixed(2)}x |`);
    console.log(`\nCommand table: JSON.parse of generated/cli-commands.json ${ms(parseTable)}; building it from the spec instead ${ms(buildTable)} (${(buildTable / parseTable).toFixed(1)}x).`);
  } finally {
    await server.close();
  }
  await benchShells(`Completion, ${specName}`, doc);
  await benchShells('Completion, synthetic spec', syntheticSpec(1000));
}
