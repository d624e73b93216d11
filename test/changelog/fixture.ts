// Test helpers: load a base/revision fixture pair and shorten a report to one line per change.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';
import { changelog, type ChangelogReport } from '../../scripts/changelog/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function loadFixture(name: string): { base: OpenAPIDocument; revision: OpenAPIDocument } {
  const read = (side: string) => parse(readFileSync(`${FIXTURES}${name}/${side}.yaml`, 'utf8')) as OpenAPIDocument;
  return { base: read('base'), revision: read('revision') };
}

/** The changelog from fixture `name`'s base to its revision. */
export function fixtureChangelog(name: string): ChangelogReport {
  const { base, revision } = loadFixture(name);
  return changelog(base, revision);
}

/** `breaking PUT /x request-property-removed position` (+ ` from -> to` when the change has them). */
export function brief(report: ChangelogReport): string[] {
  return report.changes.map((c) => {
    let line = `${c.level} ${c.method} ${c.path} ${c.id}`;
    if (c.subject !== undefined) line += ` ${c.subject}`;
    if (c.from !== undefined || c.to !== undefined) line += ` ${c.from ?? ''} -> ${c.to ?? ''}`;
    return line;
  });
}
