// The Markdown changelog: breaking changes first, then the rest, grouped by operation, each line
// with its change id and the docs line it comes from.
import type { Change, ChangelogReport, Level } from './types.js';

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

function section(title: string, changes: Change[]): string[] {
  if (changes.length === 0) return [];
  const lines = [`## ${title}`, ''];
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
  lines.push('');
  return lines;
}

export function formatMarkdown(report: ChangelogReport): string {
  const from = versionText(report.base);
  const to = versionText(report.revision);
  const lines = ['# API changelog', ''];
  if (from || to) lines.push(`From ${from || 'base'} to ${to || 'revision'}.`, '');
  if (report.changes.length === 0) {
    lines.push('No changes to the API.', '');
    return lines.join('\n');
  }
  const { breaking, nonBreaking } = report.summary;
  lines.push(`${plural(breaking, 'breaking change')}, ${plural(nonBreaking, 'non-breaking change')}.`, '');
  const of = (level: Level) => report.changes.filter((c) => c.level === level);
  lines.push(...section('Breaking changes', of('breaking')), ...section('Non-breaking changes', of('non-breaking')));
  return lines.join('\n');
}
