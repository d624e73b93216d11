// `gitlab-api help [RESOURCE [VERB]]` (and `--help` anywhere): the general help, a resource's verbs,
// a command's parameters, or a builtin's usage. argv -> options -> run.
import type { Invocation } from '../parse-args.js';
import { commandSuggestions, show } from '../parse-args.js';
import type { Commands } from '../load-table.js';
import { formatGeneralHelp, formatOperationHelp, formatResourceHelp } from '../help.js';
import { packageVersion } from '../load-table.js';
import { didYouMean } from '../did-you-mean.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { API_HELP } from './api-usage.js';
import type { CliIO } from '../io.js';

export interface HelpOptions {
  /** [], [resource], [resource, verb], [builtin] or [one-word command]. */
  words: string[];
}

export function helpOptions(inv: Invocation): HelpOptions {
  if (inv.builtin === 'help') return { words: inv.positionals };
  if (inv.command) return { words: inv.command.name.split(' ') };
  if (inv.resource) return { words: [inv.resource] };
  if (inv.builtin) return { words: [inv.builtin] };
  return { words: [] };
}

const BUILTIN_HELP: Record<string, string> = {
  list: 'Usage: gitlab-api list [WORD ...]\n\nThe commands whose name, path (/projects/{id}/issues or /projects/:id/issues), summary or tag contains every WORD.\n',
  help: 'Usage: gitlab-api help [RESOURCE [VERB]]\n\nThe general help, the verbs of a resource, or the parameters of a command.\n',
  completion: 'Usage: gitlab-api completion bash|zsh|fish\n\nPrints the completion script for the shell (docs/cli.md says where to install it).\n',
  api: API_HELP,
};

export function helpText(opts: HelpOptions, commands: Commands): string {
  const [first, second, ...rest] = opts.words;
  if (first === undefined) return formatGeneralHelp(commands, packageVersion());
  if (BUILTIN_HELP[first] && second === undefined) return BUILTIN_HELP[first];
  const name = second === undefined ? first : `${first} ${second}`;
  if (rest.length === 0 && commands.has(name)) return formatOperationHelp(commands.get(name)!);
  const verbs = commands.resources().get(first);
  if (verbs && second === undefined) return formatResourceHelp(first, verbs);
  if (verbs) throw new UsageError(`unknown command ${show(name)}.${didYouMean(second!, verbs.map((e) => e[0].split(' ')[1] ?? ''), `${first} `)}`);
  throw new UsageError(`unknown command ${show(opts.words.join(' '))}.${commandSuggestions(opts.words.join(' '), commands)}`);
}

export function runHelp(opts: HelpOptions, commands: Commands, io: CliIO): number {
  io.stdout(helpText(opts, commands));
  return EXIT_OK;
}
