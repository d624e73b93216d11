// What the bash, zsh and fish scripts for gitlab-api-v4 offer, derived once from the method table
// and the mapping, so the three shells can differ only in syntax. The CLI's grammar:
//   gitlab-api-v4 [<options>] <method> [<arg> ...] [<param>:<value> ...]
// An argument is any word without `:` (up to the first word with one); a param is `key:value`,
// its key with `-` turned into `_` by the CLI.
import type { Command, CommandParam } from '../../../src/cli/command-table.js';
import { oneLine } from '../completions/model.js';
import { cliMethodName, type MethodTable, type PerlMethod } from './method-table.js';
import type { Mapped, Mapping } from './map-operations.js';

export interface V4Key {
  /** As the CLI takes it and sends it, `title`, `iids[]`; offered as `title:`. */
  key: string;
  required: boolean;
  description: string;
  /** Values offered after `key:`: the spec's enum (true/false for a boolean), then the CLI's aliases. */
  values: string[];
  /** The value is a local file the CLI uploads (`file:` of a POST or PUT, RESTClient.pm). */
  file: boolean;
}

export interface V4Arg {
  /** The module's name for it (`project_id`). */
  name: string;
  description: string;
  /** The values that pick an operation (`slack`, `jira`, ...), when this argument does. */
  values?: string[];
}

export interface V4Command {
  /** `create-issue`. */
  name: string;
  description: string;
  args: V4Arg[];
  /** Index in `args` of the argument whose value picks the operation (and so the keys). */
  selector?: number;
  /** The keys, by the selecting argument's value (`''` when no argument selects). */
  keys: Record<string, V4Key[]>;
}

export interface V4Option {
  /** `--all`, or `--url=` for one taking a value. */
  word: string;
  description: string;
}

export interface V4Completion {
  commands: V4Command[];
  /** Words taken in place of a method: `help`, `configure`. */
  builtins: { name: string; description: string }[];
  options: V4Option[];
}

/** Spec text as one line, markdown links reduced to their text (a shell shows no link). */
const describe = (text: string) => oneLine(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

/** The CLI turns `key:value` into `key => value` after replacing `-` by `_` in the key. */
export const normalizeKey = (key: string) => key.replace(/-/g, '_');

function toKey(p: CommandParam, method: PerlMethod, aliases: Record<string, string[]>): V4Key {
  const boolean = p.types.length === 1 && p.types[0] === 'boolean';
  const values = [...new Set([...(p.enum ?? (boolean ? ['true', 'false'] : [])), ...(aliases[normalizeKey(p.name)] ?? [])])];
  return {
    key: p.name,
    required: p.required,
    description: describe(`${p.required ? '(required) ' : ''}${p.description || p.name}`),
    values,
    file: method.params === 'files' || (p.name === 'file' && method.params === 'content' && (method.verb === 'POST' || method.verb === 'PUT')),
  };
}

/**
 * Whether gitlab-api-v4 can send `p` as `key:value`: a query or body parameter (a path parameter
 * is an argument; it sends no headers) whose name it passes unchanged (it splits at the first `:`
 * and turns `-` into `_`).
 */
export function canSend(p: CommandParam): boolean {
  return (p.in === 'query' || p.in === 'body') && !/[-:]/.test(p.name);
}

/** The keys of `operation` that `method` can send: none when it takes no params. */
export function keysOf(method: PerlMethod, operation: Command, aliases: Record<string, string[]>): V4Key[] {
  if (method.params === 'none') return [];
  const sendable = operation.params.filter(canSend);
  // edit_project_multipart uploads each value as a file: only the operation's file parameters fit.
  const fit = method.params === 'files' ? sendable.filter((p) => p.file) : sendable;
  // Required first (the command table's order), spec order otherwise.
  return fit.map((p) => toKey(p, method, aliases));
}

function describeCommand(method: PerlMethod, mapped: Mapped | undefined): string {
  const args = method.args.map((a) => ` <${a}>`).join('');
  const summary = mapped && mapped.selector === undefined ? mapped.operations[0].operation.summary : '';
  return describe(summary ? `${summary}${args}` : `${method.verb} ${method.route}`);
}

function toCommand(method: PerlMethod, mapped: Mapped | undefined, aliases: Record<string, string[]>): V4Command {
  const first = mapped?.operations[0].operation;
  // The spec's placeholders in route order (a selecting argument stands where the spec has a literal).
  const placeholders = [...(first?.path.matchAll(/\{([^{}]+)\}/g) ?? [])].map((m) => m[1]);
  let position = 0;
  const args = method.args.map((name, i): V4Arg => {
    const described = mapped?.selector === i ? undefined : first?.params.find((p) => p.in === 'path' && p.name === placeholders[position++]);
    const values = mapped?.selector === i ? mapped.operations.map((o) => o.value!) : undefined;
    return { name, description: describe(described?.description || name), ...(values ? { values } : {}) };
  });
  const keys: Record<string, V4Key[]> = {};
  for (const { value, operation } of mapped?.operations ?? []) keys[value ?? ''] = keysOf(method, operation, aliases);
  if (!mapped) keys[''] = [];
  return { name: cliMethodName(method), description: describeCommand(method, mapped), args, ...(mapped?.selector !== undefined ? { selector: mapped.selector } : {}), keys };
}

export function buildV4Completion(table: MethodTable, mapping: Mapping): V4Completion {
  const byMethod = new Map(mapping.mapped.map((m) => [m.method, m]));
  const commands = table.methods
    .filter((m) => /^[a-z0-9_]+$/.test(m.name))
    .map((m) => toCommand(m, byMethod.get(m), table.cli.aliases))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The CLI documents these two words only in its code (`$ARGV[0] eq 'help'`): said here in a few words.
  const builtinDescriptions: Record<string, string> = { help: 'the CLI\'s documentation', configure: 'ask for the URL and token and store them' };
  return {
    commands,
    builtins: table.cli.commands.map((name) => ({ name, description: builtinDescriptions[name] ?? name })),
    options: table.cli.options.map((o) => ({ word: `--${o.names[0]}${o.value ? '=' : ''}`, description: o.description || `--${o.names[0]}` })),
  };
}
