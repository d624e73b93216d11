// Mutations of real docs pages, and the pipeline property they must keep (issue 7): a real
// `generate()` run on the mutated page (read, parse, model, spec, JSON + YAML, diagnostics report,
// all written to disk) never throws and never reports that the parser itself failed; the written
// spec/openapi.json is valid OpenAPI 3.1 and spec/openapi.yaml holds the same data; every
// diagnostic points at a line that exists in the page. Shared by test/fuzz/ (bounded, in CI) and
// scripts/fuzz.ts (`npm run fuzz`, as long as asked).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Diagnostic } from './model.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { EMITTERS, generate } from './generate.js';
import { redoclyLintOutput } from './redocly.js';

export type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'swap-lines' | 'cut' | 'fence' | 'huge-row' | 'wide-row' | 'narrow-row' | 'deep-quote' | 'deep-list'; at: number; n: number }
  | { kind: 'insert'; at: number; n: number; text: string };

export const MUTATION_KINDS = ['delete-line', 'duplicate-line', 'swap-lines', 'cut', 'fence', 'huge-row', 'wide-row', 'narrow-row', 'deep-quote', 'deep-list', 'insert'] as const;

/** Unicode, control characters, NUL, markdown's own punctuation, line breaks of every kind. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u2028', '\uFEFF', '\uD800', '|', '`', '```', '#', '>', '-', '*', '[', ']', '(', ')', '{', '}', ':', '"', '\\', '<script>', '$(touch x)'), maxLength: 30 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom(...MUTATION_KINDS.filter((k) => k !== 'insert')), at: fc.nat(), n: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), n: fc.nat(), text: nasty }),
);

export function applyMutation(text: string, m: Mutation): string {
  if (m.kind === 'cut') {
    // At a random byte, possibly inside a multi-byte character (decoded as U+FFFD then).
    const bytes = Buffer.from(text, 'utf8');
    return bytes.subarray(0, bytes.length === 0 ? 0 : m.at % bytes.length).toString('utf8');
  }
  if (m.kind === 'insert') {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  const tableRows = lines.map((l, index) => (l.trimStart().startsWith('|') ? index : -1)).filter((x) => x >= 0);
  const row = tableRows.length > 0 ? tableRows[m.at % tableRows.length] : i;
  switch (m.kind) {
    case 'delete-line': lines.splice(i, 1); break;
    case 'duplicate-line': lines.splice(i, 0, lines[i] ?? ''); break;
    case 'swap-lines': {
      const j = m.n % Math.max(1, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    // A fence that opens and is never closed (or closes one that was open: both unbalance the page).
    case 'fence': lines.splice(i, 0, m.n % 2 === 0 ? '```' : '```json'); break;
    case 'huge-row': lines.splice(row, 0, `| \`huge\` | string | no | ${'x'.repeat(20_000 + (m.n % 30_000))} |`); break;
    case 'wide-row': lines[row] = `${lines[row] ?? ''}${' extra |'.repeat(1 + (m.n % 300))}`; break;
    case 'narrow-row': lines[row] = (lines[row] ?? '').split('|').slice(0, 1 + (m.n % 3)).join('|'); break;
    case 'deep-quote': lines.splice(i, 0, `${'> '.repeat(50 + (m.n % 500))}deep`); break;
    case 'deep-list':
      lines.splice(i, 0, ...Array.from({ length: 20 + (m.n % 200) }, (_, depth) => `${'  '.repeat(depth)}- \`level${depth}\` (optional) - nested`));
      break;
  }
  return lines.join('\n');
}

export interface FuzzCase {
  page: number;
  mutations: Mutation[];
}

export const caseArb = (pages: number): fc.Arbitrary<FuzzCase> =>
  fc.record({ page: fc.nat({ max: pages - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) });

export function mutate(text: string, mutations: Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/** Lines as an editor counts them (`\r\n`, `\r` and `\n` each end one). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

export interface CaseOutcome {
  /** What is wrong; empty when the property holds. */
  problems: string[];
  /** The spec as written (undefined when the run threw). */
  document?: OpenAPIDocument;
  specFile?: string;
  diagnostics: Diagnostic[];
}

/**
 * Runs the real `generate()` on one page in `work/docs` (replaced each time), into `work/out`, with
 * no cache and none of the slow emitters (types, completions, docs site, changelog: they read the
 * spec, which is what is checked here), and checks the property on what it wrote.
 */
export async function runCase(work: string, file: string, text: string, validator: Validator): Promise<CaseOutcome> {
  const docs = join(work, 'docs');
  const out = join(work, 'out');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, file, '..'), { recursive: true });
  writeFileSync(join(docs, file), text);
  try {
    await generate({ docs, out, noEmit: EMITTERS.map((e) => e.name), cacheDir: false, jobs: 1 });
  } catch (error) {
    return { problems: [`generate threw: ${error instanceof Error ? error.stack : String(error)}`], diagnostics: [] };
  }
  const problems: string[] = [];
  const specFile = join(out, 'spec', 'openapi.json');
  const json = readFileSync(specFile, 'utf8');
  const document = JSON.parse(json) as OpenAPIDocument;
  const diagnostics = JSON.parse(readFileSync(join(out, 'generated', 'diagnostics.json'), 'utf8')) as Diagnostic[];
  problems.push(...diagnosticProblems(file, text, diagnostics));
  const result = await validator.validate(document as unknown as Record<string, unknown>);
  if (!result.valid) problems.push(`invalid spec (@seriousme/openapi-schema-validator): ${JSON.stringify(result.errors).slice(0, 500)}`);
  try {
    const yaml = parseYaml(readFileSync(join(out, 'spec', 'openapi.yaml'), 'utf8'), { maxAliasCount: -1 }) as unknown;
    if (!isDeepStrictEqual(yaml, document)) problems.push('spec/openapi.yaml does not hold the same data as spec/openapi.json');
  } catch (error) {
    problems.push(`spec/openapi.yaml does not parse: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  return { problems, document, specFile, diagnostics };
}

/** What is wrong with a page's diagnostics: a parser failure, or a place that does not exist. */
export function diagnosticProblems(file: string, text: string, diagnostics: Diagnostic[]): string[] {
  const problems: string[] = [];
  const lines = lineCount(text);
  for (const d of diagnostics) {
    if (d.ruleId === 'parse-failed') problems.push(`the parser threw: ${d.reason}`);
    if (d.file !== file) problems.push(`diagnostic for another file: ${d.file}`);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines) problems.push(`diagnostic at line ${d.line} of ${lines}: ${d.reason} [${d.ruleId}]`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`diagnostic at column ${d.column}: ${d.reason} [${d.ruleId}]`);
  }
  return problems;
}

/** A stable hash of a case, so that which cases also get `redocly lint` does not depend on order. */
export function caseHash(c: FuzzCase): number {
  let h = 2166136261;
  for (const ch of JSON.stringify(c)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** The errors `redocly lint --extends recommended` finds in a spec file (the second validator). */
export async function redoclyErrors(specFile: string): Promise<string[]> {
  const stdout = await redoclyLintOutput(specFile);
  let report: { problems: { ruleId: string; severity: string; message: string }[] };
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    return [`redocly lint gave no report: ${stdout.slice(0, 300)}`];
  }
  return report.problems.filter((p) => p.severity === 'error').map((p) => `redocly ${p.ruleId}: ${p.message}`);
}
