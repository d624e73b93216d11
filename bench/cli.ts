// The CLI and its completion (issue 4): startup of `gitlab-api <op> --help` and of one request to
// a local server (target < 150 ms wall, against `node -e ''` measured in the same run), and the
// latency of one TAB in bash (target < 20 ms), zsh and fish, inside one running shell (bash and
// zsh timed by the shell itself; fish by difference); loading the script is reported apart.
// Specs: spec/openapi.json when it exists, and a synthetic 1000-operation spec to show scaling.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makePackage, ROOT } from '../test/cli/package-dir.js';
import { startServer, json } from '../test/cli/helpers.js';
import { bashScript, CALL_BASH_COMPLETION, fishComplete, generate, sq, ZPTY_ZSH } from '../test/completions/shells.js';
import { buildCommandTable } from '../src/cli/command-table.js';
import { median, timeOnce } from './measure.js';

const exec = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

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
  return median(Array.from({ length: runs }, () => timeOnce(() => spawnSync(cmd, args, { stdio: 'ignore' }))));
}

// zsh, timed inside the shell: zpty types each line and a TAB (zpty.zsh, shared with the tests'
// capture.zsh); the completion widget reads EPOCHREALTIME around _main_complete and prints the
// milliseconds, so the harness's own reading of zpty output (slow for long candidate lists) is not
// counted. The first TAB autoloads _gitlab-api.
const ZSH_TIMER = `
source ${sq(ZPTY_ZSH)} "$1"
zpty -w z '__cap() { local t0=$EPOCHREALTIME; _main_complete "$@"; compstate[insert]=""; compstate[list]=""; print -r -- "<T>$(( (EPOCHREALTIME - t0) * 1000 ))</T>"; }; zle -C __cap_widget complete-word __cap; bindkey "^I" __cap_widget'
zpty_sync
while IFS= read -r line; do
  zpty_tab "$line" '*</T>*'
  print -r -- "\${\${out##*<T>}%%</T>*}"
done
zpty -d z
`;

/** bash, timed inside the shell with EPOCHREALTIME around the completion function, per line. */
function bashTimes(dir: string, lines: string[]): number[] {
  const timed = `local t0=$EPOCHREALTIME; ${CALL_BASH_COMPLETION}; local t1=$EPOCHREALTIME\n  echo $(( (\${t1/./} - \${t0/./}) ))`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', bashScript(dir, lines, timed)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return r.stdout.trim().split('\n').map((us) => Number(us) / 1000);
}

/** zsh's time per TAB for each line, over the completion functions in `dir`/completions (any script there). */
export function zshTimes(dir: string, lines: string[]): number[] {
  const script = join(mkdtempSync(join(tmpdir(), 'zsh-timer-')), 'timer.zsh');
  writeFileSync(script, ZSH_TIMER);
  const r = spawnSync('zsh', ['-f', script, join(dir, 'completions')], { input: `${lines.join('\n')}\n`, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`zsh timer failed (${r.status} ${r.signal}): ${r.stderr}`);
  return r.stdout.trim().split('\n').map(Number);
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
    fish: shellWall(RUNS, 'fish', ['--no-config', '-c', `source ${file('gitlab-api.fish')}`]) - shellWall(RUNS, 'fish', ['--no-config', '-c', 'true']),
  };
  const K = 100;
  // Operation names, an operation's parameters, enum values: a mix of what a user TABs.
  const mix = pick(K).map((l, i) => (i % 3 === 0 ? l.replace(/ --$/, '').slice(0, 14) : l));
  const bash = bashTimes(dir, mix);
  const zsh = zshTimes(dir, mix.slice(0, 60));
  // fish has no sub-millisecond clock builtin: per TAB inside one fish = (K lines - 1 line) / (K - 1).
  const one = median(Array.from({ length: 5 }, () => timeOnce(() => fishComplete(dir, mix.slice(0, 1)))));
  const many = median(Array.from({ length: 3 }, () => timeOnce(() => fishComplete(dir, mix))));
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  console.log('| shell | load the script (once per session) | one TAB, median | one TAB, 90th percentile |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| bash (timed in the shell) | ${ms(load.bash)} | ${ms(median(bash))} | ${ms(p90(bash))} |`);
  console.log(`| zsh (timed in the shell; through compinit's _main_complete) | first TAB autoloads it: ${ms(zsh[0])} | ${ms(median(zsh.slice(1)))} | ${ms(p90(zsh.slice(1)))} |`);
  console.log(`| fish (complete -C, K lines minus 1) | ${ms(load.fish)} | ${ms((many - one) / (K - 1))} (mean) | - |`);
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
    // Each command under bash's `time`: wall, and the CPU (user + sys) of the process, which a machine
    // busy with other work inflates much less than wall time.
    const timed = async (argv: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<[number, number]> => {
      const { stderr } = await exec('bash', ['-c', 'TIMEFORMAT="%3R %3U %3S"; time "$@" >/dev/null 2>/dev/null', 'bash', ...argv], { env: { ...env, ...extraEnv } });
      const [real, user, sys] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      return [real * 1000, (user + sys) * 1000];
    };
    const cases: [string, () => Promise<[number, number]>][] = [
      ['node', () => timed([process.execPath, '-e', ''])],
      // Second baseline: the least a Node 20 process pays to make one request with fetch (undici).
      ['fetch', () => timed([process.execPath, '--input-type=module', '-e', `await (await fetch('${server.url}/api/v4/projects')).text()`])],
      ['help', () => timed([bin, op.name, '--help'])],
      ['request', () => timed([bin, op.name])],
      // The same request through Node's fetch (the escape hatch): what node-fetch.ts saves.
      ['request-global', () => timed([bin, op.name], { GITLAB_API_FETCH: 'global' })],
    ];
    const walls = new Map<string, number[]>(cases.map(([n]) => [n, []]));
    const cpus = new Map<string, number[]>(cases.map(([n]) => [n, []]));
    for (const [, work] of cases) await work(); // warm the file cache
    // Interleaved, round-robin, so a busy machine weighs on every figure alike.
    for (let i = 0; i < RUNS; i++) {
      for (const [name, work] of cases) {
        const [wall, cpu] = await work();
        walls.get(name)!.push(wall);
        cpus.get(name)!.push(cpu);
      }
    }
    const [node, fetchOnly, help, request, requestGlobal] = cases.map(([n]) => median(walls.get(n)!));
    const [nodeCpu, fetchCpu, helpCpu, requestCpu, requestGlobalCpu] = cases.map(([n]) => median(cpus.get(n)!));
    const load = (await import('node:os')).loadavg()[0];
    const tablePath = join(pkg, 'generated/cli-commands.json');
    const parseTable = median(Array.from({ length: RUNS }, () => timeOnce(() => JSON.parse(readFileSync(tablePath, 'utf8')))));
    const buildTable = median(Array.from({ length: RUNS }, () => timeOnce(() => buildCommandTable(JSON.parse(readFileSync(existsSync(realSpec) ? realSpec : join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'))))));
    console.log(`Startup, real process, ${specName} (${table.commands.length} operations), median of ${RUNS} (load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs):`);
    console.log('| what | wall | CPU (user + sys) | wall vs node -e "" |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| node -e "" (baseline) | ${ms(node)} | ${ms(nodeCpu)} | 1.00x |`);
    console.log(`| gitlab-api ${op.name} --help | ${ms(help)} | ${ms(helpCpu)} | ${(help / node).toFixed(2)}x |`);
    console.log(`| node: one fetch() to 127.0.0.1 (baseline) | ${ms(fetchOnly)} | ${ms(fetchCpu)} | ${(fetchOnly / node).toFixed(2)}x |`);
    console.log(`| gitlab-api ${op.name} (one request to 127.0.0.1) | ${ms(request)} | ${ms(requestCpu)} | ${(request / node).toFixed(2)}x (${(request / fetchOnly).toFixed(2)}x the fetch baseline) |`);
    console.log(`| the same with GITLAB_API_FETCH=global (Node's fetch) | ${ms(requestGlobal)} | ${ms(requestGlobalCpu)} | ${(requestGlobal / node).toFixed(2)}x |`);
    console.log(`\nCommand table: JSON.parse of generated/cli-commands.json ${ms(parseTable)}; building it from the spec instead ${ms(buildTable)} (${(buildTable / parseTable).toFixed(1)}x).`);
  } finally {
    await server.close();
  }
  await benchShells(`Completion, ${specName}`, doc);
  await benchShells('Completion, synthetic spec', syntheticSpec(1000));
}
