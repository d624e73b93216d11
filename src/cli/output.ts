// Response bodies to text: JSON (pretty on a terminal, compact when piped), NDJSON or YAML; and how
// to tell a JSON body from raw content (files, archives, job logs) and text from binary.

export type OutputFormat = 'json' | 'ndjson' | 'yaml';

export async function formatBody(value: unknown, format: OutputFormat, pretty: boolean): Promise<string> {
  if (value === undefined) return '';
  if (format === 'ndjson') {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => `${JSON.stringify(v)}\n`).join('');
  }
  if (format === 'yaml') {
    const { stringify } = await import('yaml'); // only paid for when asked
    return stringify(value);
  }
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/** `--include`: the status line and headers, like curl -i. */
export function formatHead(status: number, statusText: string, headers: Iterable<[string, string]>): string {
  const lines = [`HTTP ${status} ${statusText}`.trimEnd()];
  for (const [k, v] of headers) lines.push(`${k}: ${v}`);
  return `${lines.join('\n')}\n\n`;
}

/** `application/json`, `application/problem+json`: parsed and formatted; anything else is passed through. */
export function isJsonType(contentType: string): boolean {
  return /^[^;]*[/+]json\s*(;|$)/i.test(contentType);
}

/** Text a terminal can show: text/*, XML, YAML, JavaScript; and no NUL byte in what came first. */
export function isBinary(contentType: string, start: Uint8Array): boolean {
  if (start.includes(0)) return true;
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!type) return false; // no type: judged by the bytes alone
  return !(/^text\//.test(type) || /[/+](xml|yaml|x-yaml|javascript|json)$/.test(type));
}
