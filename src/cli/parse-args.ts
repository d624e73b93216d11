// argv -> what the user asked for. Pure: no I/O, no spec loading beyond the table it is given.
// Validation of values against the spec happens afterwards (validate.ts); this only knows names.
import type { Command, CommandParam } from './command-table.js';
import { BUILTIN_COMMANDS, GLOBAL_BY_FLAG, GLOBAL_OPTIONS, type GlobalOption } from './global-options.js';
import { UsageError } from './errors.js';
import { didYouMean } from './did-you-mean.js';

export interface Invocation {
  /** `list`, `completion`, `help`, an operation name, or undefined (nothing given). */
  commandName?: string;
  command?: Command;
  /** Global options: switches as true, the rest as their last value. */
  globals: Map<string, string | true>;
  /** Operation parameters by flag, every occurrence in order (`--no-x` stored as 'false'). */
  values: Map<string, string[]>;
  positionals: string[];
}

/** Quote a user's word for a message, so control characters cannot reach the terminal raw. */
export function show(word: string): string {
  return /^[\w@%+=:,./-]*$/.test(word) ? word : JSON.stringify(word);
}

/** A switch: a boolean parameter takes no separate value word (`--confidential`, `--no-confidential`). */
export function isSwitch(p: CommandParam): boolean {
  return p.types.length === 1 && p.types[0] === 'boolean';
}

function findParam(cmd: Command, flag: string): CommandParam | undefined {
  // Exact name first; `--per-page` for `per_page` as a convenience since GitLab names are snake_case.
  return cmd.params.find((p) => p.flag === flag) ?? cmd.params.find((p) => p.flag === flag.replace(/-/g, '_'));
}

export function parseArgs(argv: readonly string[], byName: ReadonlyMap<string, Command>): Invocation {
  const inv: Invocation = { globals: new Map(), values: new Map(), positionals: [] };
  const fail = (message: string): never => {
    const err = new UsageError(message);
    if (inv.command) err.command = inv.command.name;
    throw err;
  };
  const takeValue = (i: number, flag: string, inline: string | undefined): [string, number] => {
    if (inline !== undefined) return [inline, i];
    // `--id --state x` is a forgotten value, not an id of `--state`; `--id=--x` still works.
    if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) fail(`--${flag} needs a value.`);
    return [argv[i + 1], i + 1];
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      if (inv.commandName === undefined) {
        inv.commandName = arg;
        inv.command = byName.get(arg);
        if (!inv.command && !BUILTIN_COMMANDS.some((b) => b.name === arg)) {
          fail(`unknown operation ${show(arg)}.${didYouMean(arg, [...byName.keys(), ...BUILTIN_COMMANDS.map((b) => b.name)])} Run 'gitlab-api list' to see them.`);
        }
      } else inv.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h') {
      inv.globals.set('help', true);
      continue;
    }
    if (!arg.startsWith('--')) fail(`unknown option ${show(arg)}. Options are long: --name value.`);
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (flag === '') fail(`empty option name in ${show(arg)}.`);

    // After an operation its own parameters come first: GitLab has parameters named `url` and
    // `token` (hooks), which shadow the global options of the same name there.
    const cmd = inv.command;
    const param = cmd && findParam(cmd, flag);
    if (cmd && param) {
      let value: string;
      if (isSwitch(param)) value = inline ?? 'true';
      else [value, i] = takeValue(i, flag, inline);
      const list = inv.values.get(param.flag) ?? [];
      list.push(value);
      inv.values.set(param.flag, list);
      continue;
    }
    if (cmd && flag.startsWith('no-')) {
      const negated = findParam(cmd, flag.slice(3));
      if (negated && isSwitch(negated)) {
        if (inline !== undefined) fail(`--${flag} takes no value.`);
        inv.values.set(negated.flag, [...(inv.values.get(negated.flag) ?? []), 'false']);
        continue;
      }
    }
    const global: GlobalOption | undefined = GLOBAL_BY_FLAG.get(flag);
    if (global && !(global.operationOnly && inv.commandName !== undefined && !cmd)) {
      if (global.value) {
        const [value, next] = takeValue(i, flag, inline);
        i = next;
        inv.globals.set(flag, value);
      } else {
        if (inline !== undefined && !/^(true|false)$/.test(inline)) fail(`--${flag} takes no value.`);
        if (inline !== 'false') inv.globals.set(flag, true);
        else inv.globals.delete(flag);
      }
      continue;
    }
    const known = [...(cmd ? cmd.params.map((p) => p.flag) : []), ...GLOBAL_OPTIONS.map((o) => o.flag)];
    fail(`unknown option --${show(flag)}${cmd ? ` for ${cmd.name}` : ''}.${didYouMean(flag, known, '--')}${cmd ? ` See 'gitlab-api ${cmd.name} --help'.` : ''}`);
  }
  return inv;
}
