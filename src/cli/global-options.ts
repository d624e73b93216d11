// The options every command accepts. One list feeds the parser, `--help` and the completion
// scripts, so a global option can never be parsed but not completed, or the reverse.

export interface GlobalOption {
  flag: string;
  /** One-letter form (`-F`), for the options `gh api` users know. */
  short?: string;
  /** Takes a value (`--url URL`); otherwise a switch. */
  value?: string;
  /** Values to complete and accept. */
  enum?: string[];
  /** The value is a file path (completion offers files). */
  file?: boolean;
  /**
   * Where it applies: `body` operations that take a request body, `list` operations that return a
   * list, `request` any operation and `api`, `api` only `gitlab-api api`; none: everywhere.
   */
  scope?: 'body' | 'list' | 'request' | 'api';
  /** May be given more than once (each occurrence kept). */
  repeat?: boolean;
  description: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { flag: 'url', value: 'URL', description: 'GitLab URL (env GITLAB_URL or GITLAB_HOST; in CI, CI_API_V4_URL; default https://gitlab.com)' },
  { flag: 'token', value: 'TOKEN', description: 'personal or project access token (env GITLAB_TOKEN)' },
  { flag: 'oauth-token', value: 'TOKEN', description: 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' },
  { flag: 'job-token', value: 'TOKEN', description: 'CI job token (env CI_JOB_TOKEN, sent only to the CI server)' },
  { flag: 'sudo', value: 'USER', description: 'act as this user (admins only)' },
  { flag: 'config', value: 'FILE', file: true, description: 'config file (default ~/.config/gitlab-api/config.json)' },
  { flag: 'output', value: 'FORMAT', enum: ['json', 'ndjson', 'yaml'], scope: 'request', description: 'format of a JSON response' },
  { flag: 'output-file', value: 'FILE', file: true, scope: 'request', description: 'write the response body to FILE (- for stdout, binary included)' },
  { flag: 'include', scope: 'request', description: 'print the HTTP status line and response headers' },
  { flag: 'paginate', scope: 'list', description: 'follow every page and print all items' },
  { flag: 'all', scope: 'list', description: 'same as --paginate' },
  { flag: 'max-pages', value: 'N', scope: 'list', description: 'stop --paginate after N pages' },
  { flag: 'data', value: '@FILE|-|JSON', file: true, scope: 'body', description: 'JSON request body from a file, stdin (-) or inline' },
  { flag: 'method', short: 'X', value: 'METHOD', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'], scope: 'api', description: 'HTTP method (default GET, POST with fields)' },
  { flag: 'field', short: 'F', value: 'KEY=VALUE', repeat: true, scope: 'api', description: 'a parameter, typed (true, false, null, numbers; @FILE uploads a file)' },
  { flag: 'raw-field', short: 'f', value: 'KEY=VALUE', repeat: true, scope: 'api', description: 'a string parameter' },
  { flag: 'header', short: 'H', value: 'KEY:VALUE', repeat: true, scope: 'api', description: 'an HTTP request header' },
  { flag: 'input', value: 'FILE', file: true, scope: 'api', description: 'the request body from FILE (- for stdin)' },
  { flag: 'timeout', value: 'SECONDS', description: 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' },
  { flag: 'dry-run', scope: 'request', description: 'print the request as a curl command, token redacted, and send nothing' },
  { flag: 'verbose', description: 'print the request, the credential\'s source, each retry and the response status to stderr' },
  { flag: 'help', description: 'show help' },
  { flag: 'version', description: 'show the version' },
];

export const GLOBAL_BY_FLAG: ReadonlyMap<string, GlobalOption> = new Map(GLOBAL_OPTIONS.map((o) => [o.flag, o]));
export const GLOBAL_BY_SHORT: ReadonlyMap<string, GlobalOption> = new Map(GLOBAL_OPTIONS.filter((o) => o.short).map((o) => [o.short!, o]));

/** The commands of the CLI itself; no resource takes these names (scripts/openapi/naming.ts). */
export const BUILTIN_COMMANDS: readonly { name: string; usage: string; description: string }[] = [
  { name: 'list', usage: 'list [WORD]', description: 'list commands whose name, path, summary or tag contains WORD' },
  { name: 'help', usage: 'help [RESOURCE [VERB]]', description: 'show help for a resource or a command' },
  { name: 'api', usage: 'api [METHOD] PATH', description: 'call any path of the API (fields, files, pagination)' },
  { name: 'completion', usage: 'completion bash|zsh|fish', description: 'print the bash, zsh or fish completion script' },
];

/** What a command is, for the scopes above. */
export interface CommandKind {
  api?: boolean;
  body?: boolean;
  list?: boolean;
}

/** Whether `o` applies to a command of this kind (undefined kind: before any command). */
export function appliesTo(o: GlobalOption, kind: CommandKind | undefined): boolean {
  if (!o.scope || o.scope === 'request') return true;
  if (!kind) return false;
  if (o.scope === 'api') return !!kind.api;
  if (o.scope === 'list') return !!kind.list || !!kind.api;
  return !!kind.body;
}
