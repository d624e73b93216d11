// The options every command accepts. One list feeds the parser, `--help` and the completion
// scripts, so a global option can never be parsed but not completed, or the reverse.

export interface GlobalOption {
  flag: string;
  /** Takes a value (`--url URL`); otherwise a switch. */
  value?: string;
  /** Values to complete and accept. */
  enum?: string[];
  /** The value is a file path (completion offers files). */
  file?: boolean;
  /** Only meaningful with an operation (`--data`). */
  operationOnly?: boolean;
  description: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { flag: 'url', value: 'URL', description: 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' },
  { flag: 'token', value: 'TOKEN', description: 'personal or project access token (env GITLAB_TOKEN)' },
  { flag: 'oauth-token', value: 'TOKEN', description: 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' },
  { flag: 'job-token', value: 'TOKEN', description: 'CI job token (env CI_JOB_TOKEN)' },
  { flag: 'sudo', value: 'USER', description: 'act as this user (admins only)' },
  { flag: 'config', value: 'FILE', file: true, description: 'config file (default ~/.config/gitlab-api/config.json)' },
  { flag: 'output', value: 'FORMAT', enum: ['json', 'ndjson', 'yaml'], description: 'output format' },
  { flag: 'include', description: 'print the HTTP status line and response headers' },
  { flag: 'paginate', description: 'follow every page and print all items' },
  { flag: 'all', description: 'same as --paginate' },
  { flag: 'max-pages', value: 'N', description: 'stop --paginate after N pages' },
  { flag: 'data', value: '@FILE|-|JSON', file: true, operationOnly: true, description: 'JSON request body from a file, stdin (-) or inline' },
  { flag: 'timeout', value: 'SECONDS', description: 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' },
  { flag: 'dry-run', description: 'print the request as a curl command, token redacted, and send nothing' },
  { flag: 'verbose', description: 'print the request line and response status to stderr' },
  { flag: 'help', description: 'show help' },
  { flag: 'version', description: 'show the version' },
];

export const GLOBAL_BY_FLAG: ReadonlyMap<string, GlobalOption> = new Map(GLOBAL_OPTIONS.map((o) => [o.flag, o]));

/** Words that are commands of the CLI itself rather than operations. */
export const BUILTIN_COMMANDS: readonly { name: string; description: string }[] = [
  { name: 'list', description: 'list operations, filtered by a word or tag' },
  { name: 'completion', description: 'print the bash, zsh or fish completion script' },
  { name: 'help', description: 'show help for an operation' },
];
