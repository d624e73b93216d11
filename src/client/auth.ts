// Authentication headers as GitLab reads them, checked before anything is sent.
import { GitLabApiError } from './errors.js';

export interface AuthOptions {
  /** Personal, project or group access token: `PRIVATE-TOKEN`. */
  token?: string;
  /** OAuth2 access token: `Authorization: Bearer`. */
  oauthToken?: string;
  /** CI job token (`$CI_JOB_TOKEN`): `JOB-TOKEN`. */
  jobToken?: string;
  /** Username or numeric id to act as (admin tokens): `Sudo`. */
  sudo?: string | number;
}

/**
 * Throws unless `value` is a safe header value. CR/LF would let a value inject headers (or split the
 * request); we refuse it ourselves because the platform's own error message quotes the value, token
 * included. The message names the option, never the value.
 */
export function assertHeaderValue(option: string, value: string, { allowBlank = false } = {}): void {
  if (/[\r\n\0]/.test(value)) {
    throw new GitLabApiError({ code: 'invalid-request', method: '', path: '', detail: `${option} contains a CR, LF or NUL character` });
  }
  if (!allowBlank && (value.trim() !== value || value === '')) {
    throw new GitLabApiError({ code: 'invalid-request', method: '', path: '', detail: `${option} is empty or has leading/trailing whitespace` });
  }
}

/** The headers for the given credentials; validates them. At most one kind of token. */
export function authHeaders(auth: AuthOptions): Record<string, string> {
  const given = (['token', 'oauthToken', 'jobToken'] as const).filter((k) => auth[k] !== undefined);
  if (given.length > 1) {
    throw new GitLabApiError({ code: 'invalid-request', method: '', path: '', detail: `give only one of token, oauthToken, jobToken (got ${given.join(', ')})` });
  }
  const headers: Record<string, string> = {};
  if (auth.token !== undefined) {
    assertHeaderValue('token', auth.token);
    headers['PRIVATE-TOKEN'] = auth.token;
  }
  if (auth.oauthToken !== undefined) {
    assertHeaderValue('oauthToken', auth.oauthToken);
    headers['Authorization'] = `Bearer ${auth.oauthToken}`;
  }
  if (auth.jobToken !== undefined) {
    assertHeaderValue('jobToken', auth.jobToken);
    headers['JOB-TOKEN'] = auth.jobToken;
  }
  if (auth.sudo !== undefined) {
    const sudo = String(auth.sudo);
    assertHeaderValue('sudo', sudo);
    headers['Sudo'] = sudo;
  }
  return headers;
}

/**
 * The secrets redacted from anything an error shows (a body or socket message echoing them): the
 * tokens. Not the Sudo value: it is a user name or id, which a body may quote legitimately.
 */
export function secretsOf(auth: AuthOptions): string[] {
  return [auth.token, auth.oauthToken, auth.jobToken].filter((s): s is string => typeof s === 'string' && s.length > 0);
}
