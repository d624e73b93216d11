// Where to send and as whom. The URL: flags, then environment (GITLAB_URL, GITLAB_HOST, then CI's
// CI_API_V4_URL, CI_SERVER_URL), then the config file, then gitlab.com. Credentials are bound to a
// host, as glab binds a token to the host it was saved for: a config file's token goes only to its
// host (`hosts` entries, or the file's `url`), CI_JOB_TOKEN only to the CI server; a token given by
// flag or GITLAB_TOKEN goes to the URL in use. The request's host picks the credential
// (credentialFor), for the dry run and the request alike; every credential keeps its source, so a
// message can name the variable or file without showing the secret.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';

export type AuthKind = 'token' | 'oauth-token' | 'job-token';

export interface Credential {
  kind: AuthKind;
  value: string;
  /** Where it came from, for messages: `--token`, `GITLAB_TOKEN`, `/home/u/.config/gitlab-api/config.json (hosts."h")`. */
  source: string;
  /** The host (`gitlab.example.com:8443`) it may be sent to; undefined: the URL in use, whatever it is; '' none. */
  host?: string;
  /** Flags 0, environment 1, config file 2: the highest level with a credential for the host wins. */
  level: number;
}

export interface Connection {
  /** Base URL ending in /api/v4, no trailing slash. */
  baseUrl: string;
  /** Every credential found, highest level first; within a level token, then OAuth, then job token. */
  credentials: Credential[];
  /** `Sudo` values, bound like credentials. */
  sudo: { value: string; host?: string; level: number }[];
  /** Per attempt, from sending to the end of the body (client's timeoutMs); undefined: the client's default. */
  timeoutMs?: number;
  /** Largest response body read into memory (client's maxResponseBytes); undefined: the client's default. */
  maxResponseBytes?: number;
  /** Every secret in play, for redaction of all output. */
  secrets: string[];
  warnings: string[];
}

interface HostSettings {
  token?: string;
  'oauth-token'?: string;
  'job-token'?: string;
  sudo?: string;
}

interface FileSettings extends HostSettings {
  url?: string;
  hosts: Record<string, HostSettings>;
}

const HOST_KEYS: Record<string, keyof HostSettings> = { token: 'token', oauth_token: 'oauth-token', job_token: 'job-token', sudo: 'sudo' };
const KINDS: readonly AuthKind[] = ['token', 'oauth-token', 'job-token'];

export function defaultConfigPath(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : undefined);
  return base ? join(base, 'gitlab-api', 'config.json') : undefined;
}

/** `gitlab.example.com`, `gitlab.example.com:8443` or `https://gitlab.example.com/...` -> the URL host form. */
export function hostOf(text: string): string | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).host || undefined;
  } catch {
    return undefined;
  }
}

function hostSettings(value: unknown, where: string, path: string): HostSettings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${path}: ${where} must be an object like {"token": "..."}.`);
  const settings: HostSettings = {};
  for (const [key, v] of Object.entries(value)) {
    const target = HOST_KEYS[key];
    if (!target) throw new UsageError(`${path}: unknown key ${JSON.stringify(key)} in ${where} (known: ${Object.keys(HOST_KEYS).join(', ')}).`);
    if (typeof v !== 'string') throw new UsageError(`${path}: ${where === 'the file' ? '' : `${where}: `}${JSON.stringify(key)} must be a string.`);
    settings[target] = v;
  }
  return settings;
}

/** Read the config file; a missing default file is fine, anything else wrong is a usage error. */
export function readConfigFile(path: string, explicit: boolean, warnings: string[]): FileSettings {
  let text: string;
  let mode: number;
  try {
    mode = statSync(path).mode;
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return { hosts: {} };
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
  const { url, hosts, ...rest } = data as Record<string, unknown>;
  if (url !== undefined && typeof url !== 'string') throw new UsageError(`${path}: "url" must be a string.`);
  const settings: FileSettings = { ...hostSettings(rest, 'the file', path), hosts: {} };
  if (url !== undefined) settings.url = url;
  if (hosts !== undefined) {
    if (hosts === null || typeof hosts !== 'object' || Array.isArray(hosts)) throw new UsageError(`${path}: "hosts" must be an object like {"gitlab.example.com": {"token": "..."}}.`);
    for (const [key, value] of Object.entries(hosts)) {
      const host = hostOf(key);
      if (!host) throw new UsageError(`${path}: hosts: ${JSON.stringify(key)} is not a host name.`);
      settings.hosts[host] = hostSettings(value, `hosts.${JSON.stringify(key)}`, path);
    }
  }
  const holdsSecret = [settings, ...Object.values(settings.hosts)].some((s) => KINDS.some((k) => s[k]));
  if (holdsSecret && (mode & 0o077) !== 0) {
    warnings.push(`warning: ${path} holds a token and is readable by others (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${path}`);
  }
  return settings;
}

/** `gitlab.example.com`, `https://host/`, `https://host/api/v4` -> `https://host/api/v4`. */
export function normalizeBaseUrl(url: string, source = 'GitLab URL'): string {
  let u = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) u = `https://${u}`; // GITLAB_HOST is often a bare host
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new UsageError(`invalid ${source} ${JSON.stringify(url)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`invalid ${source} ${JSON.stringify(url)}: only http and https.`);
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

/** The first of `candidates` that is set (not empty), with its name. */
function first(candidates: [string, string | undefined][]): [string, string] | undefined {
  const found = candidates.find(([, v]) => v !== undefined && v !== '');
  return found as [string, string] | undefined;
}

export function resolveConnection(globals: ReadonlyMap<string, string | true>, env: NodeJS.ProcessEnv): Connection {
  const warnings: string[] = [];
  const flag = (name: string) => {
    const v = globals.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const explicitConfig = flag('config') ?? env.GITLAB_API_CONFIG;
  const configPath = explicitConfig ?? defaultConfigPath(env);
  const file: FileSettings = configPath ? readConfigFile(configPath, explicitConfig !== undefined, warnings) : { hosts: {} };

  const url = first([['--url', flag('url')], ['GITLAB_URL', env.GITLAB_URL], ['GITLAB_HOST', env.GITLAB_HOST], ['CI_API_V4_URL', env.CI_API_V4_URL], ['CI_SERVER_URL', env.CI_SERVER_URL], [configPath ?? 'config', file.url]]);
  const baseUrl = normalizeBaseUrl(url?.[1] ?? 'https://gitlab.com', url ? `URL in ${url[0]}` : undefined);
  // The CI server a job token belongs to; none known: the job token is sent nowhere.
  const ci = first([['CI_API_V4_URL', env.CI_API_V4_URL], ['CI_SERVER_URL', env.CI_SERVER_URL]]);
  const ciHost = ci ? hostOf(ci[1]) : undefined;
  // The file's own credentials belong to its url (gitlab.com when it names none).
  const fileHost = hostOf(file.url ?? 'https://gitlab.com');

  const credentials: Credential[] = [];
  const add = (level: number, kind: AuthKind, value: string | undefined, source: string, host?: string) => {
    if (value !== undefined && value !== '') credentials.push({ kind, value, source, level, ...(host ? { host } : {}) });
  };
  add(0, 'token', flag('token'), '--token');
  add(0, 'oauth-token', flag('oauth-token'), '--oauth-token');
  add(0, 'job-token', flag('job-token'), '--job-token');
  add(1, 'token', env.GITLAB_TOKEN, 'GITLAB_TOKEN');
  add(1, 'oauth-token', env.GITLAB_OAUTH_TOKEN, 'GITLAB_OAUTH_TOKEN');
  if (env.CI_JOB_TOKEN) {
    if (ciHost) add(1, 'job-token', env.CI_JOB_TOKEN, 'CI_JOB_TOKEN', ciHost);
    else credentials.push({ kind: 'job-token', value: env.CI_JOB_TOKEN, source: 'CI_JOB_TOKEN', host: '', level: 1 }); // bound to no host
  }
  for (const [host, settings] of Object.entries(file.hosts)) {
    for (const kind of KINDS) add(2, kind, settings[kind], `${configPath} (hosts.${JSON.stringify(host)})`, host);
  }
  for (const kind of KINDS) add(2, kind, file[kind], configPath ?? 'config', fileHost);

  const sudo: Connection['sudo'] = [];
  if (flag('sudo') !== undefined) sudo.push({ value: flag('sudo')!, level: 0 });
  if (env.GITLAB_SUDO) sudo.push({ value: env.GITLAB_SUDO, level: 1 });
  for (const [host, settings] of Object.entries(file.hosts)) if (settings.sudo !== undefined) sudo.push({ value: settings.sudo, host, level: 2 });
  if (file.sudo !== undefined) sudo.push({ value: file.sudo, host: fileHost, level: 2 });

  // CR/LF in a token or Sudo are refused by the client's header checks (client/auth.ts), for
  // --dry-run too, before anything is sent.
  const secrets = credentials.map((c) => c.value).filter((s) => s.length >= 4);
  const timeoutMs = timeoutOf(flag('timeout'), env);
  const maxResponseBytes = maxBytesOf(env);
  return {
    baseUrl,
    credentials,
    sudo,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxResponseBytes !== undefined ? { maxResponseBytes } : {}),
    secrets,
    warnings,
  };
}

/** A credential may go to `host`: bound to it, or to the URL in use when that is where the request goes. */
function boundTo(c: { host?: string }, host: string, conn: Connection): boolean {
  return c.host === undefined ? host === hostOf(conn.baseUrl) : c.host === host;
}

/**
 * The credential for a request to `url`: the highest level holding one for its host (within it a
 * token, then OAuth, then a job token), and the credentials that were not sent because they belong
 * to other hosts (for messages).
 */
export function credentialFor(conn: Connection, url: string): { credential?: Credential; withheld: Credential[]; host: string } {
  const host = hostOf(url) ?? '';
  const credential = conn.credentials.find((c) => boundTo(c, host, conn));
  const withheld = credential ? [] : conn.credentials.filter((c) => !boundTo(c, host, conn));
  return { ...(credential ? { credential } : {}), withheld, host };
}

/** The client's auth options for a request to `url` (src/client/README.md). */
export function authFor(conn: Connection, url: string): { token?: string; oauthToken?: string; jobToken?: string; sudo?: string } {
  const { credential } = credentialFor(conn, url);
  const host = hostOf(url) ?? '';
  const sudo = conn.sudo.find((s) => boundTo(s, host, conn));
  return {
    ...(credential?.kind === 'token' ? { token: credential.value } : {}),
    ...(credential?.kind === 'oauth-token' ? { oauthToken: credential.value } : {}),
    ...(credential?.kind === 'job-token' ? { jobToken: credential.value } : {}),
    ...(sudo ? { sudo: sudo.value } : {}),
  };
}

/** One line on the credential a request to `url` carries, naming its source, never its value. */
export function describeAuth(conn: Connection, url: string): string {
  const { credential, withheld, host } = credentialFor(conn, url);
  const header = (k: AuthKind) => (k === 'token' ? 'PRIVATE-TOKEN' : k === 'oauth-token' ? 'Authorization: Bearer' : 'JOB-TOKEN');
  if (credential) return `${header(credential.kind)} from ${credential.source}`;
  if (!withheld.length) return 'no credential';
  const others = withheld.map((c) => (c.host === '' ? `${c.source} is sent only to CI_API_V4_URL or CI_SERVER_URL, and neither is set` : `${c.source} is for ${c.host ?? hostOf(conn.baseUrl)}`));
  return `no credential for ${host}: ${[...new Set(others)].join('; ')}`;
}
