// `--dry-run`: the request as a curl command a user can paste, with every credential redacted.

const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(['private-token', 'job-token', 'authorization']);

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function toCurl(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
  files?: Record<string, string>,
  form?: Record<string, string>,
): string {
  const parts = ['curl', '--request', method];
  for (const [k, v] of Object.entries(headers)) {
    const value = SECRET_HEADERS.has(k.toLowerCase()) ? (k.toLowerCase() === 'authorization' ? `Bearer ${REDACTED}` : REDACTED) : v;
    parts.push('--header', shellQuote(`${k}: ${value}`));
  }
  for (const [name, value] of Object.entries(form ?? {})) parts.push('--form-string', shellQuote(`${name}=${value}`));
  for (const [name, path] of Object.entries(files ?? {})) parts.push('--form', shellQuote(`${name}=@${path}`));
  if (body !== undefined) parts.push('--data', shellQuote(body));
  parts.push(shellQuote(url));
  return `${parts.join(' ')}\n`;
}
