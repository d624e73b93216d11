// Entry of `gitlab-api`: argv -> a builtin (list, help, api, completion), a resource's help or an
// operation, each in its own module under commands/ (argv -> options -> run, as cli/cli's
// NewCmdX(f, runF)); every failure becomes a message and an exit code (0 ok, 1 HTTP/network,
// 2 usage), never a stack trace. The modules that send are loaded only when something is sent.
import { loadCommands, packageVersion, type Commands } from './load-table.js';
import { parseArgs, verbsOf, type Invocation } from './parse-args.js';
import { UsageError, EXIT_OK, EXIT_HTTP, EXIT_USAGE, isRequestFailure, isUsageError } from './errors.js';
import { helpOptions, runHelp } from './commands/help.js';
import type { CliIO } from './io.js';

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

async function run(inv: Invocation, commands: Commands, io: CliIO): Promise<number> {
  if (inv.globals.has('help')) return runHelp(helpOptions(inv), commands, io);
  if (inv.globals.has('version') && !inv.command && !inv.builtin) {
    io.stdout(`gitlab-api ${packageVersion()} (${commands.title} ${commands.version}, ${commands.entries.length} operations)\n`);
    return EXIT_OK;
  }
  switch (inv.builtin) {
    case 'help':
      return runHelp(helpOptions(inv), commands, io);
    case 'list': {
      const { listOptions, runList } = await import('./commands/list.js');
      return runList(listOptions(inv), commands, io);
    }
    case 'completion': {
      const { completionOptions, runCompletion } = await import('./commands/completion.js');
      return runCompletion(completionOptions(inv), io);
    }
    case 'api': {
      const { apiOptions, runApi } = await import('./commands/api.js');
      return runApi(await apiOptions(inv, io), io);
    }
  }
  if (inv.command) {
    const { operationOptions, runOperation } = await import('./commands/operation.js');
    return runOperation(await operationOptions(inv.command, inv, io), io);
  }
  if (inv.resource) throw new UsageError(`${inv.resource} needs a verb: ${verbsOf(commands, inv.resource).join(', ')}. See 'gitlab-api help ${inv.resource}'.`);
  return runHelp({ words: [] }, commands, io);
}

async function dispatch(io: CliIO): Promise<number> {
  const commands = loadCommands(io.env);
  let inv: Invocation;
  try {
    inv = parseArgs(io.argv, commands);
  } catch (e) {
    // `project-issue create --bogus --help`: the user asked for help, so give it rather than the mistake.
    if (e instanceof UsageError && (e.command || e.resource) && wantsHelp(io.argv)) return runHelp({ words: (e.command ?? e.resource!).split(' ') }, commands, io);
    throw e;
  }
  return run(inv, commands, io);
}

export async function main(io: CliIO): Promise<number> {
  try {
    return await dispatch(io);
  } catch (e) {
    if (isUsageError(e)) {
      io.stderr(`gitlab-api: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (isRequestFailure(e)) {
      io.stderr(`gitlab-api: ${e.message}\n`);
      return EXIT_HTTP;
    }
    // A bug of ours, not the user's: say so in one line (GITLAB_API_DEBUG=1 for the stack).
    io.stderr(`gitlab-api: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (io.env.GITLAB_API_DEBUG) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    return 70;
  }
}
