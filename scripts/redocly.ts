// Running the installed @redocly/cli, the one way the project does it: never through npx (which
// could download), with telemetry and update checks off (the build must not call out), and with
// Redocly's Node-version banner kept out of what the user sees (error messages, `npm run redocly`).
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

/**
 * Drops Redocly's boxed banners (on Node 20: "Deprecation warning: Node.js 20 support is ending",
 * 12 lines on stderr before every command, with no setting to turn it off) and the blank line on
 * each side of a box, from output that arrives in chunks; everything else passes unchanged.
 */
export class BannerFilter {
  private partial = '';
  private blanks = 0;
  private inBox = false;
  private afterBox = false;

  /** The text of `chunk` that can be passed on now. */
  push(chunk: string): string {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop()!;
    return lines.map((line) => this.line(line)).join('');
  }

  /** What is left when the output ends. */
  end(): string {
    const rest = this.partial === '' ? '' : this.line(this.partial).replace(/\n$/, '');
    const blanks = this.inBox ? '' : '\n'.repeat(this.blanks);
    this.partial = '';
    this.blanks = 0;
    return rest + blanks;
  }

  private line(line: string): string {
    if (this.inBox) {
      if (line.includes('╚')) [this.inBox, this.afterBox] = [false, true];
      return '';
    }
    if (line.includes('╔')) {
      [this.inBox, this.blanks] = [true, 0];
      return '';
    }
    if (line.trim() === '') {
      if (this.afterBox) this.afterBox = false;
      else this.blanks++;
      return '';
    }
    const out = '\n'.repeat(this.blanks) + line + '\n';
    [this.blanks, this.afterBox] = [0, false];
    return out;
  }
}

/** Redocly's output without its banners. */
export function withoutBanners(output: string): string {
  const filter = new BannerFilter();
  return filter.push(output) + filter.end();
}

/** What Redocly printed, without its banners and blank lines: for one error message. */
export function redoclyMessage(output: string): string {
  return withoutBanners(output)
    .split('\n')
    .filter((line) => line.trim() !== '')
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
