// One exit code per kind of failure, as the CLI promises: 0 success, 1 HTTP or network, 2 usage.
export const EXIT_OK = 0;
export const EXIT_HTTP = 1;
export const EXIT_USAGE = 2;

/** The user asked for something the spec or the CLI does not allow: message only, exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  /** The operation on the line, if one was recognised (so `--help` still works after a mistake). */
  command?: string;
  /** The resource on the line, if only that was recognised. */
  resource?: string;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The request was sent and failed (HTTP status, network, unreadable response): exit 1. */
export class RequestFailure extends Error {
  readonly exitCode = EXIT_HTTP;
  /** The HTTP status, when the server answered. */
  status?: number;
  statusText?: string;
  constructor(message: string) {
    super(message);
    this.name = 'RequestFailure';
  }
}

// The CLI is built as two bundles (build/cli.ts): an error thrown by the code that sends is an
// instance of that bundle's copy of these classes. Recognise them by name as well.
const isNamed = (e: unknown, name: string) => typeof e === 'object' && e !== null && (e as Error).name === name && typeof (e as { exitCode?: unknown }).exitCode === 'number';

export function isUsageError(e: unknown): e is UsageError {
  return e instanceof UsageError || isNamed(e, 'UsageError');
}

export function isRequestFailure(e: unknown): e is RequestFailure {
  return e instanceof RequestFailure || isNamed(e, 'RequestFailure');
}
