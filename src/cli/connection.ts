// Where to send and as whom: flags, then environment, then the config file
// (~/.config/gitlab-api/config.json), the file checked for permissions and shape.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';

export type AuthKind = 'token' | 'oauth-token' | 'job-token';

export interface Connection {
  /** Base URL ending in /api/v4, no trailing slash. */
  baseUrl: string;
  auth?: { kind: AuthKind; value: string };
  sudo?: string;
  /** Per attempt, from sending to the end of the body (client's timeoutMs); undefined: the client's default. */
  timeoutMs?: number;
  /** Largest response body read (client's maxResponseBytes); undefined: the client's default. */
  maxResponseBytes?: number;
  /** Every secret in play, for redaction of all output. */
  secrets: string[];
  warnings: string[];
}

interface Settings {
  url?: string;
  token?: string;
  'oauth-token'?: string;
  'job-token'?: string;
  sudo?: string;
}

const FILE_KEYS: Record<string, keyof Settings> = {
  url: 'url',
  token: 'token',
  oauth_token: 'oauth-token',
  job_token: 'job-token',
  sudo: 'sudo',
};

export function defaultConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : undefined);
  return base ? join(base, 'gitlab-api', 'config.json') : undefined;
}

/** Read the config file; a missing default file is fine, anything else wrong is a usage error. */
export function readConfigFile(path: string, explicit: boolean, warnings: string[]): Settings {
  let text: string;
  let mode: number;
  try {
    mode = statSync(path).mode;
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return {};
    throw new UsageError(`${path}: cannot read the config file (${code ?? (e as Error).message}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: malformed config file: ${(e as Error).message}.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${path}: malformed config file: expected a JSON object like {"url": "https://gitlab.example.com", "token": "..."}.`);
  }
  const settings: Settings = {};
  for (const [key, value] of Object.entries(data)) {
    const target = FILE_KEYS[key];
    if (!target) {
      throw new UsageError(`${path}: unknown key ${JSON.stringify(key)} (known: ${Object.keys(FILE_KEYS).join(', ')}).`);
    }
    if (typeof value !== 'string') throw new UsageError(`${path}: ${JSON.stringify(key)} must be a string.`);
    settings[target] = value;
  }
  const holdsSecret = settings.token || settings['oauth-token'] || settings['job-token'];
  if (holdsSecret && (mode & 0o077) !== 0) {
    warnings.push(`warning: ${path} holds a token and is readable by others (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${path}`);
  }
  return settings;
}

function fromEnv(env: NodeJS.ProcessEnv): Settings {
  const s: Settings = {};
  const url = env.GITLAB_URL || env.GITLAB_HOST;
  if (url) s.url = url;
  if (env.GITLAB_TOKEN) s.token = env.GITLAB_TOKEN;
  if (env.GITLAB_OAUTH_TOKEN) s['oauth-token'] = env.GITLAB_OAUTH_TOKEN;
  if (env.CI_JOB_TOKEN) s['job-token'] = env.CI_JOB_TOKEN;
  if (env.GITLAB_SUDO) s.sudo = env.GITLAB_SUDO;
  return s;
}

/** `gitlab.example.com`, `https://host/`, `https://host/api/v4` -> `https://host/api/v4`. */
export function normalizeBaseUrl(url: string): string {
  let u = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) u = `https://${u}`; // GITLAB_HOST is often a bare host
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new UsageError(`invalid GitLab URL ${JSON.stringify(url)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`invalid GitLab URL ${JSON.stringify(url)}: only http and https.`);
  if (parsed.username || parsed.password) throw new UsageError('put credentials in --token, not in the URL.');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.origin}${path.endsWith('/api/v4') ? path : `${path}/api/v4`}`;
}

/** `--timeout 2.5` / GITLAB_API_TIMEOUT (seconds, 0 for none) -> milliseconds. */
function timeoutOf(flag: string | undefined, env: NodeJS.ProcessEnv): number | undefined {
  const [raw, source] = flag !== undefined ? [flag, '--timeout'] : [env.GITLAB_API_TIMEOUT, 'GITLAB_API_TIMEOUT'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new UsageError(`${source} expects seconds (a number, 0 for none), got ${JSON.stringify(raw)}.`);
  return Math.round(Number(raw) * 1000);
}

/** GITLAB_API_MAX_RESPONSE_BYTES: a bound on what is read into memory (the client refuses larger bodies). */
function maxBytesOf(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.GITLAB_API_MAX_RESPONSE_BYTES;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`GITLAB_API_MAX_RESPONSE_BYTES expects a positive integer, got ${JSON.stringify(raw)}.`);
  return Number(raw);
}

export function resolveConnection(globals: Map<string, string | true>, env: NodeJS.ProcessEnv): Connection {
  const warnings: string[] = [];
  const flag = (name: string) => {
    const v = globals.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const flags: Settings = {};
  for (const k of ['url', 'token', 'oauth-token', 'job-token', 'sudo'] as const) if (flag(k) !== undefined) flags[k] = flag(k);
  const explicitConfig = flag('config') ?? env.GITLAB_API_CONFIG;
  const configPath = explicitConfig ?? defaultConfigPath(env);
  const file = configPath ? readConfigFile(configPath, explicitConfig !== undefined, warnings) : {};
  const levels = [flags, fromEnv(env), file];
  const pick = (k: keyof Settings) => levels.find((l) => l[k] !== undefined)?.[k];

  // One credential: the highest level that gives any; within it a token before OAuth before job.
  let auth: Connection['auth'];
  for (const level of levels) {
    const kind = (['token', 'oauth-token', 'job-token'] as const).find((k) => level[k] !== undefined);
    if (kind) {
      auth = { kind, value: level[kind]! };
      break;
    }
  }
  const sudo = pick('sudo');
  if (auth && auth.value === '') auth = undefined;
  // CR/LF in a token or Sudo are refused by the client's header checks (client/auth.ts), for
  // --dry-run too, before anything is sent.
  const secrets = levels.flatMap((l) => [l.token, l['oauth-token'], l['job-token']]).filter((s): s is string => !!s && s.length >= 4);
  const timeoutMs = timeoutOf(flag('timeout'), env);
  const maxResponseBytes = maxBytesOf(env);
  return {
    baseUrl: normalizeBaseUrl(pick('url') ?? 'https://gitlab.com'),
    auth,
    sudo,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxResponseBytes !== undefined ? { maxResponseBytes } : {}),
    secrets,
    warnings,
  };
}

/** The client's options for this connection (src/client/README.md). */
export function clientAuth(conn: Connection): { token?: string; oauthToken?: string; jobToken?: string; sudo?: string } {
  const kind = conn.auth?.kind;
  return {
    ...(kind === 'token' ? { token: conn.auth!.value } : {}),
    ...(kind === 'oauth-token' ? { oauthToken: conn.auth!.value } : {}),
    ...(kind === 'job-token' ? { jobToken: conn.auth!.value } : {}),
    ...(conn.sudo !== undefined ? { sudo: conn.sudo } : {}),
  };
}
