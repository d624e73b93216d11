// argv -> what the user asked for. Pure: no I/O beyond reading commands from the table it is given.
// The command is the first words that are not options: a builtin (`list`, `help`, `api`,
// `completion`), or a resource and a verb (`project-issue list`). Global options may come anywhere;
// an operation's parameters after its name. Values are checked against the spec afterwards
// (validate.ts); this only knows names.
import type { Command, CommandParam } from './command-table.js';
import type { Commands } from './load-table.js';
import { appliesTo, BUILTIN_COMMANDS, GLOBAL_BY_FLAG, GLOBAL_BY_SHORT, GLOBAL_OPTIONS, type CommandKind, type GlobalOption } from './global-options.js';
import { UsageError } from './errors.js';
import { didYouMean, suggest, suggestCommands } from './did-you-mean.js';

export interface Invocation {
  /** `list`, `help`, `api` or `completion`. */
  builtin?: string;
  /** The operation the command words name. */
  command?: Command;
  /** The resource named (with or without a verb). */
  resource?: string;
  /** Global options: switches as true, the rest as their last value. */
  globals: Map<string, string | true>;
  /** Every value of the repeatable global options (`--field`), in order. */
  repeated: Map<string, string[]>;
  /** Operation parameters by flag, every occurrence in order (`--no-x` stored as 'false'). */
  values: Map<string, string[]>;
  /** Words after the command words. */
  positionals: string[];
}

/** Quote a user's word for a message, so control characters cannot reach the terminal raw. */
export function show(word: string): string {
  return /^[\w@%+=:,./-]*$/.test(word) ? word : JSON.stringify(word);
}

/** A switch: a boolean parameter needs no value word (`--confidential`, `--no-confidential`, `--confidential false`). */
export function isSwitch(p: CommandParam): boolean {
  return p.types.length === 1 && p.types[0] === 'boolean';
}

/** May be given more than once: arrays (`--labels a --labels b`). */
export function canRepeat(p: CommandParam): boolean {
  return p.types.includes('array') && !p.file;
}

/** What the scoped global options see of a command (global-options.ts). */
export function kindOf(inv: Pick<Invocation, 'builtin' | 'command'>): CommandKind | undefined {
  if (inv.builtin === 'api') return { api: true };
  const cmd = inv.command;
  if (!cmd) return undefined;
  return { body: !!cmd.bodyType || ['POST', 'PUT', 'PATCH'].includes(cmd.method), list: !!cmd.paginated };
}

function findParam(cmd: Command, flag: string): CommandParam | undefined {
  // Exact name first; `--per-page` for `per_page` as a convenience since GitLab names are snake_case.
  return cmd.params.find((p) => p.flag === flag) ?? cmd.params.find((p) => p.flag === flag.replace(/-/g, '_'));
}

/** ` Did you mean project-issue, project-issue create?` for a word that names no resource: by spelling, then by summary. */
export function commandSuggestions(typed: string, commands: Commands): string {
  const near = [...new Set([...suggestCommands(typed, commands.entries), ...suggest(typed.split(' ')[0], [...commands.resources().keys(), ...BUILTIN_COMMANDS.map((b) => b.name)])])];
  return near.length ? ` Did you mean ${near.slice(0, 3).join(', ')}?` : '';
}

/** The verbs of a resource, for messages: `list, get, create`. */
export function verbsOf(commands: Commands, resource: string): string[] {
  return (commands.resources().get(resource) ?? []).map((e) => e[0].split(' ')[1] ?? '').filter(Boolean);
}

export function parseArgs(argv: readonly string[], commands: Commands): Invocation {
  const inv: Invocation = { globals: new Map(), repeated: new Map(), values: new Map(), positionals: [] };
  const fail = (message: string): never => {
    const err = new UsageError(message);
    if (inv.command) err.command = inv.command.name;
    else if (inv.resource) err.resource = inv.resource;
    throw err;
  };
  const takeValue = (i: number, flag: string, inline: string | undefined): [string, number] => {
    if (inline !== undefined) return [inline, i];
    // `--id --state x` is a forgotten value, not an id of `--state`; `--id=--x` still works.
    if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) fail(`--${flag} needs a value.`);
    return [argv[i + 1], i + 1];
  };
  const commandWord = (arg: string) => {
    if (inv.builtin || inv.command) {
      inv.positionals.push(arg);
      return;
    }
    if (inv.resource) {
      const name = `${inv.resource} ${arg}`;
      if (commands.has(name)) inv.command = commands.get(name);
      else fail(`unknown command ${show(name)}.${didYouMean(arg, verbsOf(commands, inv.resource), `${inv.resource} `)} Run 'gitlab-api help ${inv.resource}' to see its verbs.`);
      return;
    }
    if (BUILTIN_COMMANDS.some((b) => b.name === arg)) inv.builtin = arg;
    else if (commands.resources().has(arg)) inv.resource = arg;
    else if (commands.has(arg)) inv.command = commands.get(arg); // a one-word name (a spec without x-gitlab-command)
    else fail(`unknown command ${show(arg)}.${commandSuggestions(arg, commands)} Run 'gitlab-api list WORD' to search.`);
  };
  const setGlobal = (o: GlobalOption, i: number, inline: string | undefined, label: string): number => {
    if (o.value) {
      const [value, next] = takeValue(i, o.flag, inline);
      if (o.repeat) inv.repeated.set(o.flag, [...(inv.repeated.get(o.flag) ?? []), value]);
      else inv.globals.set(o.flag, value);
      return next;
    }
    if (inline !== undefined && !/^(true|false)$/.test(inline)) fail(`${label} takes no value.`);
    if (inline !== 'false') inv.globals.set(o.flag, true);
    else inv.globals.delete(o.flag);
    return i;
  };

  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      commandWord(arg);
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
    if (!arg.startsWith('--')) {
      const short = GLOBAL_BY_SHORT.get(arg.slice(1));
      if (short && arg.length === 2) {
        i = setGlobal(short, i, undefined, arg);
        continue;
      }
      fail(`unknown option ${show(arg)}. Options are long: --name value.`);
    }
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
      if (isSwitch(param)) {
        // `--confidential`, `--confidential=false`, `--confidential false`.
        if (inline !== undefined) value = inline;
        else if (argv[i + 1] === 'true' || argv[i + 1] === 'false') value = argv[++i];
        else value = 'true';
      } else [value, i] = takeValue(i, flag, inline);
      inv.values.set(param.flag, [...(inv.values.get(param.flag) ?? []), value]);
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
    const global = GLOBAL_BY_FLAG.get(flag);
    if (global) {
      i = setGlobal(global, i, inline, `--${flag}`);
      continue;
    }
    if (inv.resource && !cmd) fail(`${inv.resource} needs a verb before its options: ${verbsOf(commands, inv.resource).join(', ')}.`);
    const known = [...(cmd ? cmd.params.map((p) => p.flag) : []), ...GLOBAL_OPTIONS.map((o) => o.flag)];
    fail(`unknown option --${show(flag)}${cmd ? ` for ${cmd.name}` : ''}.${didYouMean(flag, known, '--')}${cmd ? ` See 'gitlab-api ${cmd.name} --help'.` : ''}`);
  }
  checkScopes(inv);
  return inv;
}

/** Options given where they do not apply: `--paginate` on an operation that returns one object. */
function checkScopes(inv: Invocation): void {
  if (inv.globals.has('help') || (!inv.command && inv.builtin !== 'api')) return;
  const kind = kindOf(inv);
  const name = inv.command?.name ?? 'api';
  for (const flag of [...inv.globals.keys(), ...inv.repeated.keys()]) {
    const o = GLOBAL_BY_FLAG.get(flag)!;
    if (appliesTo(o, kind)) continue;
    const err = new UsageError(
      o.scope === 'list'
        ? `--${flag} is for commands that return a list; ${name} (${inv.command?.method} ${inv.command?.path}) does not.`
        : o.scope === 'body'
          ? `${name} (${inv.command?.method}) takes no request body; --${flag} is not allowed.`
          : `--${flag} is an option of 'gitlab-api api'.`,
    );
    if (inv.command) err.command = inv.command.name;
    throw err;
  }
}
