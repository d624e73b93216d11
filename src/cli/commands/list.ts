// `gitlab-api list [WORD ...]`: the commands whose name, path (as the spec or the docs write it),
// summary or tag contains every word. argv -> options -> run.
import type { Invocation } from '../parse-args.js';
import type { Commands } from '../load-table.js';
import { formatList } from '../help.js';
import { EXIT_OK } from '../errors.js';
import type { CliIO } from '../io.js';

export interface ListOptions {
  words: string[];
}

export function listOptions(inv: Invocation): ListOptions {
  return { words: inv.positionals };
}

export function runList(opts: ListOptions, commands: Commands, io: CliIO): number {
  io.stdout(formatList(commands.entries, opts.words));
  return EXIT_OK;
}
