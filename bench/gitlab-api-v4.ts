// Completion for Debian's gitlab-api-v4 (issue 18): how many of the module's methods map to an
// operation of spec/openapi.json, the keys offered against the completion Debian ships with
// libgitlab-api-v4-perl (when installed) and against the script attached to Debian bug #913055
// (figures derived once, test/README.md says how), and the time of one TAB in bash, zsh and fish.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommandTable } from '../src/cli/command-table.js';
import { loadMethodTable } from '../scripts/emit/gitlab-api-v4/method-table.js';
import { mapOperations, type Mapping } from '../scripts/emit/gitlab-api-v4/map-operations.js';
import { cliMethodName } from '../scripts/emit/gitlab-api-v4/method-table.js';
import { buildV4Completion, type V4Completion } from '../scripts/emit/gitlab-api-v4/model.js';
import { BASH_COMPLETION, bashScript } from '../test/completions/shells.js';
import { zshTimes } from './cli.js';
import { CALL_V4, emitTo, fishV4, removeTemporary } from '../test/emit/gitlab-api-v4/shells.js';
import { median, timeOnce } from './measure.js';

const ROOT = join(import.meta.dirname, '..');
const DEBIAN_SCRIPT = '/usr/share/bash-completion/completions/gitlab-api-v4';
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The per-command word lists of a script in the attached script's shape: `(name) COMPREPLY=( $(compgen ... -W "words"`. */
function scriptOptions(text: string): { commands: string[]; options: Map<string, string[]> } {
  const commands = (/compgen -W "([^"]*)"/.exec(text)?.[1] ?? '').split(/\s+/).filter(Boolean);
  const options = new Map<string, string[]>();
  for (const m of text.matchAll(/\(([a-z0-9-]+)\)\n\s*COMPREPLY=\( \$\(compgen -o nospace -W "([^"]*)"/g)) {
    // `--title=` (the attached script) or `title:` (Debian's refreshed one): the name.
    options.set(m[1], m[2].split(/\s+/).filter(Boolean).map((o) => o.replace(/^--/, '').replace(/[=:]$/, '')));
  }
  return { commands, options };
}

/** Their words against our keys, on the methods both have that map to one operation. */
function compare(text: string, model: V4Completion, mapping: Mapping) {
  const theirs = scriptOptions(text);
  const one = new Set(mapping.mapped.filter((m) => m.selector === undefined).map((m) => cliMethodName(m.method)));
  const ours = new Map(model.commands.filter((c) => one.has(c.name)).map((c) => [c.name, c]));
  let methods = 0, offered = 0, real = 0, bogusMethods = 0, withOptions = 0, keys = 0, missed = 0;
  for (const name of theirs.commands) {
    const c = ours.get(name);
    if (!c) continue;
    methods++;
    const params = new Set(c.keys[''].map((k) => k.key.replace(/\[\]$/, '')));
    const words = theirs.options.get(name) ?? [];
    offered += words.length;
    real += words.filter((w) => params.has(w)).length;
    if (words.length) withOptions++;
    if (words.some((w) => !params.has(w))) bogusMethods++;
    keys += params.size;
    missed += [...params].filter((p) => !words.includes(p)).length;
  }
  return { commands: theirs.commands.length, withAny: theirs.options.size, methods, offered, real, bogusMethods, withOptions, keys, missed };
}

/** bash: the completion function timed inside the shell (EPOCHREALTIME), per line, bash-completion loaded. */
function bashTimes(dir: string, lines: string[]): number[] {
  const timed = `local t0=$EPOCHREALTIME; ${CALL_V4}; local t1=$EPOCHREALTIME\n  echo $(( (\${t1/./} - \${t0/./}) ))`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', bashScript(dir, lines, timed, { file: 'gitlab-api-v4.bash' })], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return r.stdout.trim().split('\n').map((us) => Number(us) / 1000);
}

export async function run(): Promise<void> {
  const specFile = join(ROOT, 'spec/openapi.json');
  if (!existsSync(specFile)) {
    console.log('spec/openapi.json not generated yet: run npm run generate first.');
    return;
  }
  const doc = JSON.parse(readFileSync(specFile, 'utf8'));
  const table = loadMethodTable();
  const mapping = mapOperations(table, buildCommandTable(doc));
  const model = buildV4Completion(table, mapping);
  const keys = model.commands.reduce((n, c) => n + Object.values(c.keys).reduce((m, k) => m + k.length, 0), 0);
  console.log(`${table.source.module} ${table.source.version} (${table.source.package ?? 'method table'}) against spec/openapi.json (${doc.info?.version}):`);
  console.log(`- methods mapped to an operation: ${mapping.mapped.length} of ${table.methods.length} (${mapping.mapped.filter((m) => m.selector !== undefined).length} of them picked by an argument's value); ${mapping.withoutOperation.length} with no operation in these docs, ${mapping.withoutMethod.length} operations no method sends`);
  console.log(`- param: keys offered: ${keys}, every one a query parameter or body property of the method's operation`);

  console.log('\nKeys offered on the methods both scripts have that map to one operation:');
  console.log('| script | commands (with options) | methods compared | words offered there | of them parameters of the operation | commands offering a non-parameter | our keys there | parameters it misses |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  // Derived once from the script attached to Debian bug #913055 (0.12, 2018), with the spec of docs-source at the commit test/README.md names.
  console.log('| attached to Debian bug #913055 (`--name=` forms: the CLI rejects every one, "Unknown option") | 427 (176) | 414 | 1018 | 598 | 81 of 174 | 945 | 347 |');
  if (existsSync(DEBIAN_SCRIPT)) {
    const c = compare(readFileSync(DEBIAN_SCRIPT, 'utf8'), model, mapping);
    console.log(`| Debian's ${DEBIAN_SCRIPT} (refreshed, \`name:\` forms), measured now | ${c.commands} (${c.withAny}) | ${c.methods} | ${c.offered} | ${c.real} | ${c.bogusMethods} of ${c.withOptions} | ${c.keys} | ${c.missed} |`);
  } else console.log(`| Debian's ${DEBIAN_SCRIPT} | not installed here | | | | | | |`);

  const dir = emitTo(doc);
  try {
    const names = new Set(mapping.mapped.map((m) => cliMethodName(m.method)));
    const mapped = model.commands.filter((c) => names.has(c.name));
    const K = 90;
    // A mix of what a user TABs: a method's prefix, its keys after its arguments, a key's values.
    const lines = Array.from({ length: K }, (_, i) => {
      const c = mapped[(i * 7919) % mapped.length];
      const line = `gitlab-api-v4 ${c.name} ${c.args.map((a) => (a.values ? `${a.values[0]} ` : '1 ')).join('')}`;
      const picked = c.selector !== undefined ? c.args[c.selector].values![0] : '';
      const withValues = (c.keys[picked] ?? []).find((k) => k.values.length);
      return i % 3 === 0 ? `gitlab-api-v4 ${c.name.slice(0, 8)}` : i % 3 === 1 || !withValues ? line : `${line}${withValues.key}:`;
    });
    const file = (f: string) => join(dir, 'completions', f);
    const load = {
      bash: median(Array.from({ length: 9 }, () => timeOnce(() => spawnSync('bash', ['--norc', '-c', `source ${BASH_COMPLETION}; source ${file('gitlab-api-v4.bash')}`])))) -
        median(Array.from({ length: 9 }, () => timeOnce(() => spawnSync('bash', ['--norc', '-c', `source ${BASH_COMPLETION}`])))),
      fish: median(Array.from({ length: 9 }, () => timeOnce(() => spawnSync('fish', ['--no-config', '-c', `source ${file('gitlab-api-v4.fish')}`])))) -
        median(Array.from({ length: 9 }, () => timeOnce(() => spawnSync('fish', ['--no-config', '-c', 'true'])))),
    };
    const bash = bashTimes(dir, lines);
    const zsh = zshTimes(dir, lines.slice(0, 60));
    const one = median(Array.from({ length: 5 }, () => timeOnce(() => fishV4(dir, lines.slice(0, 1)))));
    const many = median(Array.from({ length: 3 }, () => timeOnce(() => fishV4(dir, lines))));
    const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
    const load1 = (await import('node:os')).loadavg()[0];
    console.log(`\nOne TAB (${K} lines: method prefixes, keys, values; load average ${load1.toFixed(1)}, shared machine):`);
    console.log('| shell | load the script (once per session) | one TAB, median | one TAB, 90th percentile |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| bash (timed in the shell) | ${ms(load.bash)} | ${ms(median(bash))} | ${ms(p90(bash))} |`);
    console.log(`| zsh (timed in the shell, through _main_complete) | first TAB autoloads it: ${ms(zsh[0])} | ${ms(median(zsh.slice(1)))} | ${ms(p90(zsh.slice(1)))} |`);
    console.log(`| fish (complete -C, K lines minus 1) | ${ms(load.fish)} | ${ms((many - one) / (K - 1))} (mean) | - |`);
  } finally {
    removeTemporary();
  }
}
