// Running the installed @redocly/cli, the one way the project does it: never through npx (which
// could download), with telemetry and update checks off (the build must not call out), and with
// Redocly's Node-version banner kept out of error messages.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The installed @redocly/cli entry point. */
export function redoclyCliPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

/** The environment every Redocly run of the project gets. */
export function redoclyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** What Redocly printed, without its boxed banners and blank lines. */
export function redoclyMessage(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/[║╔╚]/.test(line) && line.trim() !== '')
    .join('\n');
}

/**
 * Runs `redocly ARGS` in `cwd`; resolves with its output, or rejects with an Error whose message is
 * `<what> failed:` and what Redocly said (no stack trace of ours, no banner).
 */
export async function runRedocly(args: string[], cwd: string, what: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(process.execPath, [redoclyCliPath(), ...args], { cwd, env: redoclyEnv(), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    const detail = redoclyMessage(`${e.stderr ?? ''}\n${e.stdout ?? ''}`) || e.message;
    throw new Error(`${what} failed:\n${detail}`);
  }
}

/**
 * `redocly lint --extends recommended` on a spec file: the JSON report it prints. Redocly exits
 * with 1 when it finds errors; the report is on stdout all the same, so that is not a failure here.
 */
export async function redoclyLintOutput(specFile: string): Promise<string> {
  const args = [redoclyCliPath(), 'lint', '--extends', 'recommended', '--format', 'json', '--max-problems', '100000', specFile];
  const { stdout } = await exec(process.execPath, args, { env: redoclyEnv(), maxBuffer: 256 * 1024 * 1024 })
    .catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return stdout;
}
