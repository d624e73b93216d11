// The diagnostics report of the docs-source run, checked against the pages themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/generate.js';
import { loadDiagnostics } from '../helpers/pipeline.js';

const DOCS = join(ROOT, 'docs-source');
const pages = (readdirSync(DOCS, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => f.split('\\').join('/'));

describe('the diagnostics report of docs-source', () => {
  it('every entry names a page, a line of it, a kind and a message', () => {
    for (const d of loadDiagnostics()) {
      expect(pages, JSON.stringify(d)).toContain(d.file);
      const lines = readFileSync(join(DOCS, d.file), 'utf8').split('\n').length;
      expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
      expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines);
      expect(d.ruleId).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.reason.length).toBeGreaterThan(10);
    }
  });

  it('reports every `user at example.com` written in a code block (counted here from the pages)', () => {
    const email = /\b[A-Za-z0-9._%+-]+ at [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/;
    const expected: string[] = [];
    for (const page of pages) {
      let fenced = false;
      readFileSync(join(DOCS, page), 'utf8').split('\n').forEach((line, index) => {
        if (/^\s*```/.test(line)) fenced = !fenced;
        else if (fenced && email.test(line)) expected.push(`${page}:${index + 1}`);
      });
    }
    const reported = new Set(loadDiagnostics().filter((d) => d.ruleId === 'obfuscated-email').flatMap((d) => {
      const lines = /\blines? ([\d, ]+)/.exec(d.reason)?.[1] ?? '';
      return lines.split(',').map((n) => `${d.file}:${n.trim()}`);
    }));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((place) => !reported.has(place))).toEqual([]);
  });
});
