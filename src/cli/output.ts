// Response bodies to text: JSON (pretty on a terminal, compact when piped), NDJSON or YAML.

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
