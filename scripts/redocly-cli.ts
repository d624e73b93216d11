// `npm run redocly -- ARGS`: the installed @redocly/cli (`lint`, `stats`, `build-docs`, ...) run the
// one way the project runs it (scripts/redocly.ts): never downloaded, telemetry and update checks
// off, and without the 12-line Node-version banner Redocly prints on Node 20 before every command.
// Paths are taken from where the command was typed; the exit status is Redocly's.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BannerFilter, redoclyCliPath, redoclyEnv } from './redocly.js';

export function runRedoclyCli(args: string[], cwd: string): Promise<number> {
  const child = spawn(process.execPath, [redoclyCliPath(), ...args], { cwd, env: redoclyEnv(), stdio: ['inherit', 'inherit', 'pipe'] });
  const filter = new BannerFilter();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => process.stderr.write(filter.push(chunk)));
  return new Promise((resolveExit) => {
    child.on('error', (error) => {
      process.stderr.write(`redocly: ${error.message}\n`);
      resolveExit(1);
    });
    child.on('close', (code, signal) => {
      process.stderr.write(filter.end());
      resolveExit(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  process.exitCode = await runRedoclyCli(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
}
