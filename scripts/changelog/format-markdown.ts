// The Markdown changelog: breaking changes first, then those the docs cannot settle, then the rest.
// Breaking and unverified changes are listed by operation, each line with its change id and the
// docs line it comes from. Non-breaking changes that repeat across operations (a property every
// project response gained) are said once, with the count; the JSON report keeps every one.
import { renderGroupMessage } from './rules.js';
import type { Change, ChangelogReport, Level } from './types.js';

/** A change in at least this many operations is said once. */
export const GROUP_MIN = 3;
/** Operations named after a grouped line. */
const GROUP_EXAMPLES = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function versionText(side: { title: string; version: string }): string {
  return side.version ? `${side.title} ${side.version}`.trim() : side.title;
}

function sourceText(change: Change): string {
  if (!change.source) return '';
  const place = `${change.source.file}:${change.source.line}`;
  return change.source.side === 'base' ? ` (was ${place})` : ` (${place})`;
}

function byOperation(changes: Change[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const change of changes) {
    const heading = `### \`${change.method} ${change.path}\`${change.operationId ? ` (\`${change.operationId}\`)` : ''}`;
    if (heading !== current) {
      if (current) lines.push('');
      lines.push(heading, '');
      current = heading;
    }
    lines.push(`- ${change.message}${sourceText(change)} [${change.id}]`);
  }
  return lines;
}

/** A response property named the same in a list (`[].id`) and in one item (`id`). */
const normalSubject = (change: Change) => (change.id.startsWith('response-') ? (change.subject ?? '').replace(/^\[\]\.?/, '') : change.subject ?? '');

function groupKey(change: Change): string {
  return JSON.stringify([change.id, normalSubject(change), change.from ?? '', change.to ?? '', change.id.startsWith('request-') ? change.location ?? '' : '']);
}

/** Non-breaking changes: the repeated ones once each, then the others by operation. */
function nonBreaking(changes: Change[]): string[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(groupKey(change), [...(groups.get(groupKey(change)) ?? []), change]);
  const grouped = new Set<Change>();
  const lines: string[] = [];
  for (const members of groups.values()) {
    const operations = [...new Set(members.map((c) => `${c.method} ${c.path}`))];
    const text = operations.length >= GROUP_MIN ? renderGroupMessage({ ...members[0], subject: normalSubject(members[0]) }, operations.length) : undefined;
    if (text === undefined) continue;
    members.forEach((c) => grouped.add(c));
    const named = operations.slice(0, GROUP_EXAMPLES).map((o) => `\`${o}\``).join(', ');
    const more = operations.length > GROUP_EXAMPLES ? ` and ${operations.length - GROUP_EXAMPLES} more` : '';
    lines.push(`- ${text}: ${named}${more} [${members[0].id}]`);
  }
  const rest = changes.filter((c) => !grouped.has(c));
  const out: string[] = [];
  if (lines.length) out.push('### Across operations', '', ...lines);
  if (lines.length && rest.length) out.push('');
  out.push(...byOperation(rest));
  return out;
}

function section(title: string, body: string[]): string[] {
  return body.length === 0 ? [] : [`## ${title}`, '', ...body, ''];
}

function counts(report: ChangelogReport): string {
  const { breaking, nonBreaking: rest, unverified } = report.summary;
  const parts = [plural(breaking, 'breaking change')];
  if (unverified) parts.push(`${unverified} to check`);
  parts.push(plural(rest, 'non-breaking change'));
  return `${parts.join(', ')}.`;
}

function header(report: ChangelogReport): string {
  const from = versionText(report.base);
  const to = versionText(report.revision);
  return from || to ? `From ${from || 'base'} to ${to || 'revision'}.` : '';
}

export function formatMarkdown(report: ChangelogReport): string {
  const lines = ['# API changelog', ''];
  if (header(report)) lines.push(header(report), '');
  if (report.changes.length === 0) {
    lines.push('No changes to the API.', '');
    return lines.join('\n');
  }
  lines.push(counts(report), '');
  const of = (level: Level) => report.changes.filter((c) => c.level === level);
  lines.push(
    ...section('Breaking changes', byOperation(of('breaking'))),
    ...section('To check', byOperation(of('unverified'))),
    ...section('Non-breaking changes', nonBreaking(of('non-breaking'))),
  );
  return lines.join('\n');
}

/** What the command prints when the Markdown goes to a file: the counts and the breaking changes. */
export function formatSummary(report: ChangelogReport, limit = 10): string {
  const lines = [`API changelog. ${header(report)} ${counts(report)}`.replace(/\s+/g, ' ').trim()];
  const breaking = report.changes.filter((c) => c.level === 'breaking');
  for (const change of breaking.slice(0, limit)) lines.push(`  breaking: ${change.method} ${change.path}: ${change.message}`);
  if (breaking.length > limit) lines.push(`  ... and ${breaking.length - limit} more breaking changes`);
  return `${lines.join('\n')}\n`;
}
