// `gitlab-api completion bash|zsh|fish`: prints the script generated with the command table
// (generated/completions/). argv -> options -> run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Invocation } from '../parse-args.js';
import { show } from '../parse-args.js';
import { packageRoot } from '../load-table.js';
import { didYouMean } from '../did-you-mean.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

export const SHELL_FILES: Record<string, string> = {
  bash: 'generated/completions/gitlab-api.bash',
  zsh: 'generated/completions/_gitlab-api',
  fish: 'generated/completions/gitlab-api.fish',
};

export interface CompletionOptions {
  shell: string;
}

export function completionOptions(inv: Invocation): CompletionOptions {
  const [shell, ...rest] = inv.positionals;
  if (!shell || !SHELL_FILES[shell]) throw new UsageError(`completion needs a shell: bash, zsh or fish${shell ? `; got ${show(shell)}.${didYouMean(shell, Object.keys(SHELL_FILES))}` : '.'}`);
  if (rest.length) throw new UsageError(`completion takes one shell; got ${rest.map(show).join(' ')} too.`);
  return { shell };
}

export function runCompletion(opts: CompletionOptions, io: CliIO): number {
  const path = join(packageRoot(), SHELL_FILES[opts.shell]);
  try {
    io.stdout(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is missing; run npm run generate.`);
  }
  return EXIT_OK;
}
