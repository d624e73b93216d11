// `--dry-run`: the request as a curl command a user can paste, with every credential redacted.

const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(['private-token', 'job-token', 'authorization']);

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface CurlBody {
  /** A JSON body, serialised. */
  json?: string;
  /** A multipart body: text fields, and files by field name -> local path. */
  form?: { fields: Record<string, string>; files: Record<string, string> };
  /** A body sent as is from this file (`-` for stdin). */
  rawFrom?: string;
}

export function toCurl(method: string, url: string, headers: Record<string, string>, body: CurlBody = {}): string {
  const parts = ['curl', '--request', method];
  for (const [k, v] of Object.entries(headers)) {
    const value = SECRET_HEADERS.has(k.toLowerCase()) ? (k.toLowerCase() === 'authorization' ? `Bearer ${REDACTED}` : REDACTED) : v;
    parts.push('--header', shellQuote(`${k}: ${value}`));
  }
  for (const [name, value] of Object.entries(body.form?.fields ?? {})) parts.push('--form-string', shellQuote(`${name}=${value}`));
  for (const [name, path] of Object.entries(body.form?.files ?? {})) parts.push('--form', shellQuote(`${name}=@${path}`));
  if (body.json !== undefined) parts.push('--data', shellQuote(body.json));
  if (body.rawFrom !== undefined) parts.push('--data-binary', shellQuote(`@${body.rawFrom}`));
  parts.push(shellQuote(url));
  return `${parts.join(' ')}\n`;
}
