// Entry of `gitlab-api`: argv -> one of help, version, list, completion or an operation; every
// failure becomes a message and an exit code (0 ok, 1 HTTP/network, 2 usage), never a stack trace.
import { loadTable, packageRoot, packageVersion } from './load-table.js';
import { parseArgs, show } from './parse-args.js';
import { UsageError, RequestFailure, EXIT_OK, EXIT_HTTP, EXIT_USAGE } from './errors.js';
import { formatGeneralHelp, formatList, formatOperationHelp } from './help.js';
import { didYouMean } from './did-you-mean.js';
import type { CliIO } from './io.js';

const SHELL_FILES: Record<string, string> = {
  bash: 'generated/completions/gitlab-api.bash',
  zsh: 'generated/completions/_gitlab-api',
  fish: 'generated/completions/gitlab-api.fish',
};

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

async function printCompletion(shell: string | undefined, io: CliIO): Promise<number> {
  const file = shell ? SHELL_FILES[shell] : undefined;
  if (!file) throw new UsageError(`completion needs a shell: bash, zsh or fish${shell ? `; got ${show(shell)}.${didYouMean(shell, Object.keys(SHELL_FILES))}` : '.'}`);
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const path = join(packageRoot(), file);
  try {
    io.stdout(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is missing; run npm run generate.`);
  }
  return EXIT_OK;
}

async function dispatch(io: CliIO): Promise<number> {
  const { table, byName } = loadTable(io.env);
  let inv;
  try {
    inv = parseArgs(io.argv, byName);
  } catch (e) {
    // `create-issue --bogus --help`: the user asked for help, so give it rather than the mistake.
    if (e instanceof UsageError && e.command && wantsHelp(io.argv)) {
      io.stdout(formatOperationHelp(byName.get(e.command)!));
      return EXIT_OK;
    }
    throw e;
  }
  const help = inv.globals.has('help');
  if (inv.globals.has('version') && !inv.command) {
    io.stdout(`gitlab-api ${packageVersion()} (${table.title} ${table.version}, ${table.commands.length} operations)\n`);
    return EXIT_OK;
  }
  if (inv.command) {
    if (help) {
      io.stdout(formatOperationHelp(inv.command));
      return EXIT_OK;
    }
    const { runOperation } = await import('./run-operation.js');
    return runOperation(inv.command, inv, io);
  }
  switch (inv.commandName) {
    case undefined:
      io.stdout(formatGeneralHelp(table, packageVersion()));
      return EXIT_OK;
    case 'list':
      if (inv.positionals.length > 1) throw new UsageError('list takes at most one word.');
      io.stdout(formatList(table, inv.positionals[0]));
      return EXIT_OK;
    case 'help': {
      const name = inv.positionals[0];
      if (name === undefined) {
        io.stdout(formatGeneralHelp(table, packageVersion()));
        return EXIT_OK;
      }
      const cmd = byName.get(name);
      if (!cmd) throw new UsageError(`unknown operation ${show(name)}.${didYouMean(name, byName.keys())}`);
      io.stdout(formatOperationHelp(cmd));
      return EXIT_OK;
    }
    case 'completion':
      if (help) {
        io.stdout('Usage: gitlab-api completion bash|zsh|fish\n');
        return EXIT_OK;
      }
      return printCompletion(inv.positionals[0], io);
    default:
      throw new UsageError(`unknown command ${show(inv.commandName)}.`);
  }
}

export async function main(io: CliIO): Promise<number> {
  try {
    return await dispatch(io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gitlab-api: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof RequestFailure) {
      io.stderr(`gitlab-api: ${e.message}\n`);
      return EXIT_HTTP;
    }
    // A bug of ours, not the user's: say so in one line (GITLAB_API_DEBUG=1 for the stack).
    io.stderr(`gitlab-api: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (io.env.GITLAB_API_DEBUG) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    return 70;
  }
}
