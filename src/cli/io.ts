// What a run of the CLI talks to, injected so tests drive `main` in-process (like cli/cli's
// IOStreams). Every write goes through redaction: no credential reaches stdout or stderr, even if
// a server echoes it back.
import { redact } from '../client/errors.js';

export interface CliIO {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (a file, an archive, a job log): written as they came, not redacted. */
  writeStdout(bytes: Uint8Array): Promise<void>;
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  /** Register credentials to scrub from all later output. */
  addSecrets(secrets: readonly string[]): void;
}

/** The secrets met so far, scrubbed from every later line of output (the client's own redact). */
export function redactor(): { add(secrets: readonly string[]): void; apply(text: string): string } {
  const secrets: string[] = [];
  return {
    add(list) {
      for (const s of list) if (s && !secrets.includes(s)) secrets.push(s);
    },
    apply: (text) => redact(text, secrets),
  };
}

/** IO over the real process (used by bin.ts, the entry bin/gitlab-api.cjs runs). */
export function processIO(argv: readonly string[]): CliIO {
  const r = redactor();
  // `gitlab-api list | head -1`: the reader went away; stop quietly instead of an EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    argv,
    env: process.env,
    stdout: (t) => void process.stdout.write(r.apply(t)),
    stderr: (t) => void process.stderr.write(r.apply(t)),
    // Waits for the pipe to drain, so a large download is not buffered whole in memory.
    writeStdout: (bytes) => new Promise<void>((resolve) => (process.stdout.write(bytes) ? resolve() : process.stdout.once('drain', resolve))),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdoutIsTTY: !!process.stdout.isTTY,
    addSecrets: (s) => r.add(s),
  };
}
