// Text for `--help`, `help RESOURCE`, `RESOURCE VERB --help` and `list`. Everything printed comes
// from the command table (the spec), so the help never disagrees with the parser.
import type { Command, CommandParam } from './command-table.js';
import type { Commands } from './load-table.js';
import type { IndexEntry } from './table-files.js';
import { appliesTo, BUILTIN_COMMANDS, GLOBAL_OPTIONS } from './global-options.js';
import { canRepeat, isSwitch, kindOf } from './parse-args.js';

/** Spec text is data: strip control characters so a description cannot drive the terminal. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

function typeLabel(p: { types: string[]; items?: string[]; file?: boolean }): string {
  if (p.file) return 'file';
  const t = p.types.length ? p.types.join('|') : 'any';
  return p.types.includes('array') && p.items?.length ? `array of ${p.items.join('|')}` : t;
}

/** `/projects/{id}/issues` as the docs write it: `/projects/:id/issues`. */
export function docsPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

export function formatGeneralHelp(commands: Commands, version: string): string {
  const lines = [
    `gitlab-api ${version}: every operation of the GitLab REST API v4 (${commands.entries.length} commands on ${commands.resources().size} resources).`,
    '',
    'Usage:',
    '  gitlab-api RESOURCE VERB [--param value ...] [options]     e.g. gitlab-api project-issue list --id group/project',
    ...BUILTIN_COMMANDS.map((b) => `  gitlab-api ${b.usage.padEnd(26)} ${b.description}`),
    '  gitlab-api RESOURCE --help      the verbs of a resource; RESOURCE VERB --help: its parameters',
    '',
    'Parameters: --name value or --name=value; arrays by repeating the option or a comma list;',
    'booleans as --flag, --no-flag, --flag false or --flag=false; --data @file.json, - (stdin) or inline JSON.',
    '',
    'Options (anywhere on the line; after a command its own parameters of the same name win):',
  ];
  for (const o of GLOBAL_OPTIONS) {
    const name = `${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.value ? ` ${o.enum ? o.enum.join('|') : o.value}` : ''}`;
    lines.push(`  ${name.padEnd(30)} ${o.description}${o.scope === 'api' ? ' (api)' : o.scope === 'list' ? ' (lists)' : ''}`);
  }
  lines.push(
    '',
    'Connection: flags, then GITLAB_URL (or GITLAB_HOST), GITLAB_TOKEN, GITLAB_OAUTH_TOKEN, and in CI CI_JOB_TOKEN',
    'with CI_API_V4_URL or CI_SERVER_URL, then ~/.config/gitlab-api/config.json ({"url": ..., "hosts": {HOST: {"token": ...}}},',
    'mode 600). A token from the config file or CI_JOB_TOKEN is sent only to its own host.',
    '',
    'Exit codes: 0 success, 1 HTTP or network error, 2 usage error.',
  );
  return `${lines.join('\n')}\n`;
}

/** `project-issue`: its verbs, each with method, path and summary. */
export function formatResourceHelp(resource: string, entries: readonly IndexEntry[]): string {
  const verbs = entries.map((e) => e[0].split(' ')[1] ?? e[0]);
  const width = Math.max(...verbs.map((v) => v.length));
  const methodWidth = Math.max(...entries.map((e) => e[1].length));
  const pathWidth = Math.min(60, Math.max(...entries.map((e) => oneLine(e[2]).length)));
  const lines = [`${resource}: ${entries.length} command${entries.length === 1 ? '' : 's'}`, ''];
  entries.forEach((e, i) => lines.push(`  ${verbs[i].padEnd(width)}  ${e[1].padEnd(methodWidth)}  ${oneLine(e[2]).padEnd(pathWidth)}  ${oneLine(e[3])}`));
  lines.push('', `gitlab-api ${resource} VERB --help: the parameters of one.`);
  return `${lines.join('\n')}\n`;
}

function paramFacts(p: CommandParam): string[] {
  const facts = [p.in, typeLabel(p), p.required ? 'required' : 'optional'];
  if (p.enum) facts.push(`one of: ${p.enum.map(oneLine).join(', ')}`);
  if (p.special) facts.push(`also: ${p.special.map((v) => (v === '' ? "''" : oneLine(v))).join(', ')}`);
  if (p.default !== undefined) facts.push(`default: ${oneLine(JSON.stringify(p.default))}`);
  if (p.name !== p.flag) facts.push(`sent as ${oneLine(p.name)}`);
  if (isSwitch(p)) facts.push(`--no-${oneLine(p.flag)} for false`);
  else if (canRepeat(p)) facts.push(p.items?.includes('object') || p.fields ? 'repeat it with one JSON object each, or give a JSON array' : 'repeat it or give a comma list');
  return facts;
}

export function formatOperationHelp(cmd: Command): string {
  const lines = [`${cmd.name}: ${oneLine(cmd.summary)}${cmd.deprecated ? ' (deprecated)' : ''}`, '', `  ${cmd.method} ${oneLine(cmd.path)}`];
  if (cmd.description && oneLine(cmd.description) !== oneLine(cmd.summary)) lines.push('', ...clean(cmd.description).trim().split('\n').map((l) => `  ${l}`));
  lines.push('', 'Parameters:');
  if (cmd.params.length === 0) lines.push('  (none)');
  for (const p of cmd.params) {
    lines.push(`  --${oneLine(p.flag)}  (${paramFacts(p).join('; ')})`);
    if (p.description) lines.push(`      ${oneLine(p.description)}`);
    if (p.fields?.length) {
      // The fields of a JSON option, enums included: the shell completes the option, not inside its JSON.
      const width = Math.max(...p.fields.map((f) => oneLine(f.name).length));
      lines.push(`      JSON ${p.types.includes('array') ? 'items' : 'object'} with:`);
      for (const f of p.fields) {
        const facts = [typeLabel(f), ...(f.required ? ['required'] : []), ...(f.enum ? [`one of: ${f.enum.map(oneLine).join(', ')}`] : [])];
        lines.push(`        ${oneLine(f.name).padEnd(width)}  ${facts.join('; ')}${f.description ? `: ${oneLine(f.description)}` : ''}`);
      }
    }
  }
  const kind = kindOf({ command: cmd });
  if (kind?.body) lines.push('', `Body: ${cmd.bodyType === 'multipart' ? 'multipart/form-data' : 'JSON'}; --data @file.json supplies it whole, options override its keys.`);
  if (cmd.paginated) lines.push('', 'Returns a list: --paginate follows every page (--max-pages N to stop early).');
  const options = GLOBAL_OPTIONS.filter((o) => o.scope && o.scope !== 'api' && appliesTo(o, kind)).map((o) => `--${o.flag}`);
  lines.push('', `Options: ${options.join(', ')} and the connection options (gitlab-api --help).`);
  if (cmd.source) lines.push('', `Docs: ${oneLine(cmd.source.file)}:${cmd.source.line} (https://docs.gitlab.com/ee/api/${oneLine(cmd.source.file).replace(/\.md$/, '.html')})`);
  return `${lines.join('\n')}\n`;
}

/**
 * Commands matching every word given, in their name, path (as the spec or the docs write it:
 * `/projects/{id}/issues` or `/projects/:id/issues`), summary or tag, case-insensitively.
 */
export function formatList(entries: readonly IndexEntry[], words: readonly string[]): string {
  const wanted = words.map((w) => w.toLowerCase());
  const hits = entries.filter((e) => {
    const text = [e[0], e[2], docsPath(e[2]), e[3], e[4]].join('\n').toLowerCase();
    return wanted.every((w) => text.includes(w));
  });
  const width = Math.min(48, Math.max(0, ...hits.map((e) => e[0].length)));
  return hits.map((e) => `${e[0].padEnd(width)}  ${e[1].padEnd(6)} ${oneLine(e[2])}  ${oneLine(e[3])}\n`).join('');
}
