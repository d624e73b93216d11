// The CLI and its completion (issues 4 and 14): startup of `gitlab-api --help`, `gitlab-api list WORD`
// and a dry run (target: at most 1.5x `node -e 0` measured in the same run), of one request to a
// local server, and the latency of one TAB in bash and zsh (target: at most 20 ms) and fish, inside
// one running shell (bash and zsh timed by the shell itself; fish by difference); loading the script
// is reported apart.
// Specs: spec/openapi.json when it exists, and a synthetic 1000-operation spec to show scaling.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
        operationId: `getThing${i}`, 'x-gitlab-command': `thing-${i} get`, summary: `Get thing ${i}`, description: 'd', tags: ['T'], 'x-source': { file: 'x.md', line: 1 },
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
  const scratch = mkdtempSync(join(tmpdir(), 'zsh-timer-'));
  const script = join(scratch, 'timer.zsh');
  writeFileSync(script, ZSH_TIMER);
  const r = spawnSync('zsh', ['-f', script, join(dir, 'completions')], { input: `${lines.join('\n')}\n`, encoding: 'utf8', timeout: 600_000 });
  rmSync(scratch, { recursive: true, force: true });
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
  // Resources, a resource's verbs, a command's options: a mix of what a user TABs.
  const mix = pick(K).map((l, i) => (i % 3 === 0 ? l.replace(/ --$/, '').slice(0, 14) : i % 3 === 1 ? `${l.split(' ').slice(0, 2).join(' ')} ` : l));
  const bash = bashTimes(dir, mix);
  const zsh = zshTimes(dir, mix.slice(0, 60));
  // fish has no sub-millisecond clock builtin: per TAB inside one fish = (K lines - 1 line) / (K - 1).
  const one = median(Array.from({ length: 5 }, () => timeOnce(() => fishComplete(dir, mix.slice(0, 1)))));
  const many = median(Array.from({ length: 3 }, () => timeOnce(() => fishComplete(dir, mix))));
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  console.log('| shell | load the script (once per session) | one TAB, median | one TAB, 90th percentile |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| bash (timed in the shell) | ${ms(load.bash)} | ${ms(median(bash))} | ${ms(p90(bash))} |`);
  const tabTarget = [median(bash), median(zsh.slice(1))].every((t) => t <= 20);
  console.log(`| zsh (timed in the shell; through compinit's _main_complete) | first TAB autoloads it: ${ms(zsh[0])} | ${ms(median(zsh.slice(1)))} | ${ms(p90(zsh.slice(1)))} |`);
  console.log(`| fish (complete -C, K lines minus 1) | ${ms(load.fish)} | ${ms((many - one) / (K - 1))} (mean) | - |`);
  console.log(`Target one TAB at most 20 ms (median) in bash and zsh: ${tabTarget ? 'met' : 'NOT met'}.`);
  rmSync(dir, { recursive: true, force: true });
}

export async function run(): Promise<void> {
  // GITLAB_API_TEST_SPEC: measure with another spec (e.g. a `generate --out` run) instead.
  const realSpec = process.env.GITLAB_API_TEST_SPEC ?? join(ROOT, 'spec/openapi.json');
  const doc = existsSync(realSpec) ? JSON.parse(readFileSync(realSpec, 'utf8')) : JSON.parse(readFileSync(join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'));
  const specName = existsSync(realSpec) ? realSpec.replace(`${ROOT}/`, '') : 'the fixture spec (spec/openapi.json not generated yet)';
  const pkg = await makePackage(doc);
  const bin = join(pkg, 'bin/gitlab-api.cjs');
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
    const words = op.name.split(' ');
    const cases: [string, () => Promise<[number, number]>][] = [
      ['node', () => timed([process.execPath, '-e', '0'])],
      // Second baseline: the least a Node 20 process pays to make one request with fetch (undici).
      ['fetch', () => timed([process.execPath, '--input-type=module', '-e', `await (await fetch('${server.url}/api/v4/projects')).text()`])],
      ['help', () => timed([bin, '--help'])],
      ['list', () => timed([bin, 'list', 'issue'])],
      ['dry-run', () => timed([bin, ...words, '--dry-run'])],
      ['op-help', () => timed([bin, ...words, '--help'])],
      ['request', () => timed([bin, ...words])],
      // The same request through Node's fetch (the escape hatch): what node-fetch.ts saves.
      ['request-global', () => timed([bin, ...words], { GITLAB_API_FETCH: 'global' })],
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
    const [node, fetchOnly, help, list, dry, opHelp, request, requestGlobal] = cases.map(([n]) => median(walls.get(n)!));
    const [nodeCpu, fetchCpu, helpCpu, listCpu, dryCpu, opHelpCpu, requestCpu, requestGlobalCpu] = cases.map(([n]) => median(cpus.get(n)!));
    const load = (await import('node:os')).loadavg()[0];
    const tablePath = join(pkg, 'generated/cli-commands.json');
    const parseTable = median(Array.from({ length: RUNS }, () => timeOnce(() => JSON.parse(readFileSync(tablePath, 'utf8')))));
    const buildTable = median(Array.from({ length: RUNS }, () => timeOnce(() => buildCommandTable(JSON.parse(readFileSync(existsSync(realSpec) ? realSpec : join(ROOT, 'test/cli/fixtures/openapi.json'), 'utf8'))))));
    console.log(`Startup, real process, ${specName} (${table.commands.length} operations), median of ${RUNS} (load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs):`);
    console.log('| what | wall | CPU (user + sys) | wall vs node -e "" |');
    console.log('| --- | --- | --- | --- |');
    const ratio = (wall: number, cpu: number) => `${(wall / node).toFixed(2)}x (CPU ${(cpu / nodeCpu).toFixed(2)}x)`;
    console.log(`| node -e 0 (baseline) | ${ms(node)} | ${ms(nodeCpu)} | 1.00x |`);
    console.log(`| gitlab-api --help | ${ms(help)} | ${ms(helpCpu)} | ${ratio(help, helpCpu)} |`);
    console.log(`| gitlab-api list issue | ${ms(list)} | ${ms(listCpu)} | ${ratio(list, listCpu)} |`);
    console.log(`| gitlab-api ${op.name} --dry-run | ${ms(dry)} | ${ms(dryCpu)} | ${ratio(dry, dryCpu)} |`);
    console.log(`| gitlab-api ${op.name} --help | ${ms(opHelp)} | ${ms(opHelpCpu)} | ${ratio(opHelp, opHelpCpu)} |`);
    console.log(`| node: one fetch() to 127.0.0.1 (baseline) | ${ms(fetchOnly)} | ${ms(fetchCpu)} | ${(fetchOnly / node).toFixed(2)}x |`);
    console.log(`| gitlab-api ${op.name} (one request to 127.0.0.1) | ${ms(request)} | ${ms(requestCpu)} | ${(request / node).toFixed(2)}x (${(request / fetchOnly).toFixed(2)}x the fetch baseline) |`);
    console.log(`| the same with GITLAB_API_FETCH=global (Node's fetch) | ${ms(requestGlobal)} | ${ms(requestGlobalCpu)} | ${(requestGlobal / node).toFixed(2)}x |`);
    const worst = Math.max(help, list, dry) / node;
    console.log(`\nTarget --help, list and a dry run at most 1.5x node -e 0: ${worst <= 1.5 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}x wall).`);
    console.log(`Command table: JSON.parse of the whole generated/cli-commands.json ${ms(parseTable)} (a run parses generated/cli-index.json and one command's line); building it from the spec instead ${ms(buildTable)} (${(buildTable / parseTable).toFixed(1)}x).`);
  } finally {
    await server.close();
    rmSync(pkg, { recursive: true, force: true });
  }
  await benchShells(`Completion, ${specName}`, doc);
  await benchShells('Completion, synthetic spec', syntheticSpec(1000));
}
