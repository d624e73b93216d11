// Text for `--help`, `<operation> --help` and `list`. Everything printed comes from the command
// table (the spec), so the help never disagrees with the parser.
import type { Command, CommandParam, CommandTable } from './command-table.js';
import { GLOBAL_OPTIONS } from './global-options.js';

/** Spec text is data: strip control characters so a description cannot drive the terminal. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

function typeLabel(p: CommandParam): string {
  if (p.file) return 'file';
  const t = p.types.length ? p.types.join('|') : 'any';
  return p.types.includes('array') && p.items?.length ? `array of ${p.items.join('|')}` : t;
}

export function formatGeneralHelp(table: CommandTable, version: string): string {
  const lines = [
    `gitlab-api ${version}: every operation of the GitLab REST API v4 (${table.commands.length} operations).`,
    '',
    'Usage:',
    '  gitlab-api <operation> [--param value ...] [options]',
    '  gitlab-api list [word]          operations whose name, path, summary or tag contains word',
    '  gitlab-api <operation> --help   the operation\'s parameters',
    '  gitlab-api completion bash|zsh|fish',
    '',
    'Parameters: --name value or --name=value; arrays by repeating the option or a comma list;',
    'booleans as --flag, --no-flag or --flag=true; --data @file.json, - (stdin) or inline JSON.',
    '',
    'Options (anywhere on the line; after an operation its own parameters of the same name win):',
  ];
  for (const o of GLOBAL_OPTIONS) {
    lines.push(`  ${`--${o.flag}${o.value ? ` ${o.enum ? o.enum.join('|') : o.value}` : ''}`.padEnd(28)} ${o.description}`);
  }
  lines.push(
    '',
    'Connection: flags, then GITLAB_URL (or GITLAB_HOST), GITLAB_TOKEN, GITLAB_OAUTH_TOKEN, CI_JOB_TOKEN,',
    'then ~/.config/gitlab-api/config.json ({"url": ..., "token": ...}, mode 600).',
    '',
    'Exit codes: 0 success, 1 HTTP or network error, 2 usage error.',
  );
  return `${lines.join('\n')}\n`;
}

export function formatOperationHelp(cmd: Command): string {
  const lines = [`${cmd.name}: ${oneLine(cmd.summary)}${cmd.deprecated ? ' (deprecated)' : ''}`, '', `  ${cmd.method} ${oneLine(cmd.path)}`];
  if (cmd.description && oneLine(cmd.description) !== oneLine(cmd.summary)) lines.push('', ...clean(cmd.description).trim().split('\n').map((l) => `  ${l}`));
  lines.push('', 'Parameters:');
  if (cmd.params.length === 0) lines.push('  (none)');
  for (const p of cmd.params) {
    const facts = [p.in, typeLabel(p), p.required ? 'required' : 'optional'];
    if (p.enum) facts.push(`one of: ${p.enum.map(oneLine).join(', ')}`);
    if (p.special) facts.push(`also: ${p.special.map((v) => (v === '' ? "''" : oneLine(v))).join(', ')}`);
    if (p.default !== undefined) facts.push(`default: ${oneLine(JSON.stringify(p.default))}`);
    if (p.name !== p.flag) facts.push(`sent as ${oneLine(p.name)}`);
    lines.push(`  --${oneLine(p.flag)}  (${facts.join('; ')})`);
    if (p.description) lines.push(`      ${oneLine(p.description)}`);
  }
  if (cmd.bodyType) lines.push('', `Body: ${cmd.bodyType === 'multipart' ? 'multipart/form-data' : 'JSON'}; --data @file.json supplies it whole, options override its keys.`);
  if (cmd.paginated) lines.push('', 'Paginated: --paginate follows every page (--max-pages N to stop early).');
  if (cmd.source) lines.push('', `Docs: ${oneLine(cmd.source.file)}:${cmd.source.line} (https://docs.gitlab.com/ee/api/${oneLine(cmd.source.file).replace(/\.md$/, '.html')})`);
  return `${lines.join('\n')}\n`;
}

/** Operations matching a word in their name, path, summary or tag (case-insensitive). */
export function formatList(table: CommandTable, word?: string): string {
  const w = word?.toLowerCase();
  const hits = table.commands.filter(
    (c) => !w || [c.name, c.path, c.summary, c.tag, c.operationId].some((s) => s.toLowerCase().includes(w)),
  );
  const width = Math.min(48, Math.max(0, ...hits.map((c) => c.name.length)));
  return hits.map((c) => `${c.name.padEnd(width)}  ${c.method.padEnd(6)} ${oneLine(c.path)}  ${oneLine(c.summary)}\n`).join('');
}

