// The changelog stage: two OpenAPI documents in, a classified list of changes out.
// diff.ts pairs what a client sees, checks/ find the changes, rules.ts gives each its level and text.
import type { OpenAPIDocument, OutputFile } from '../openapi-document.js';
import { CHECKS } from './checks/index.js';
import { diffDocuments, type DiffOptions } from './diff.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { RULE_ORDER, RULES, renderMessage } from './rules.js';
import type { Change, ChangelogReport } from './types.js';
import { jsonText } from '../json-text.js';

export { formatJson } from './format-json.js';
export { formatMarkdown, formatSummary } from './format-markdown.js';
export { routeIndex, type RouteIndex } from './diff.js';
export type { Change, ChangeId, ChangelogReport, Level } from './types.js';
export { RULES } from './rules.js';

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

function compareChanges(a: Change, b: Change): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.path, b.path) ||
    METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) ||
    RULE_ORDER.indexOf(a.id) - RULE_ORDER.indexOf(b.id) ||
    text(a.subject ?? '', b.subject ?? '') ||
    text(a.location ?? '', b.location ?? '') ||
    text(a.from ?? '', b.from ?? '') ||
    text(a.to ?? '', b.to ?? '')
  );
}

function info(doc: OpenAPIDocument, version: string | undefined): { title: string; version: string } {
  return { title: String(doc.info?.title ?? ''), version: version ?? String(doc.info?.version ?? '') };
}

export interface ChangelogOptions extends DiffOptions {
  /** The versions the header names; default: each document's `info.version` (what its pages say). */
  baseVersion?: string;
  revisionVersion?: string;
}

export function changelog(base: OpenAPIDocument, revision: OpenAPIDocument, options: ChangelogOptions = {}): ChangelogReport {
  const changes: Change[] = [];
  for (const op of diffDocuments(base, revision, options)) {
    const view = op.revision ?? op.base;
    if (!view) continue;
    for (const check of CHECKS) {
      for (const finding of check(op)) {
        changes.push({
          ...finding,
          level: RULES[finding.id].level,
          method: view.method,
          path: view.path,
          operationId: view.operationId,
          message: renderMessage(finding),
        });
      }
    }
  }
  changes.sort(compareChanges);
  const count = (level: Change['level']) => changes.filter((c) => c.level === level).length;
  return {
    base: info(base, options.baseVersion),
    revision: info(revision, options.revisionVersion),
    summary: { breaking: count('breaking'), nonBreaking: count('non-breaking'), unverified: count('unverified') },
    changes,
  };
}

/** Equal as JSON values, whatever the key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Equal as JSON values, whatever the key order: each top-level part, and each path, by its text
 * first (kept for a frozen spec, scripts/json-text.ts: generate's specs are, and the output steps
 * made most of these texts already), then member by member where the texts differ.
 */
function sameSpec(a: OpenAPIDocument, b: OpenAPIDocument): boolean {
  const same = (x: unknown, y: unknown) => jsonText(x) === jsonText(y) || sameJson(x, y);
  const members = (x: object, y: object, compare: (key: string) => boolean) => {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every(compare);
  };
  const record = (x: unknown) => (x ?? {}) as Record<string, unknown>;
  return members(a, b, (key) => key === 'paths'
    ? members(record(a.paths), record(b.paths), (path) => same(record(a.paths)[path], record(b.paths)[path]))
    : same(record(a)[key], record(b)[key]));
}

/**
 * For `scripts/generate.ts`: the changelog from the previously committed spec to the new one, so a
 * regeneration shows its own effect. No file when there is no previous spec or it is unchanged, so
 * the last changelog stays as it was and regenerating twice gives identical bytes.
 */
export function changelogSincePrevious(previous: OpenAPIDocument | undefined, doc: OpenAPIDocument): OutputFile[] {
  if (!previous || sameSpec(previous, doc)) return [];
  const report = changelog(previous, doc);
  return [
    { path: 'changelog/latest.md', content: formatMarkdown(report) },
    { path: 'changelog/latest.json', content: formatJson(report) },
  ];
}
