// Mutations of real docs pages, and the pipeline property they must keep (issue 7):
// parse + openapi never throw, the spec stays valid OpenAPI 3.1, and every diagnostic points at a
// line that exists. Shared by test/fuzz/pipeline.property.test.ts (bounded, in CI) and
// scripts/fuzz.ts (`npm run fuzz`, as long as asked).
import fc from 'fast-check';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Diagnostic } from './model.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { assembleDocs, parsePage } from './parse/index.js';
import { toOpenAPI } from './openapi/index.js';

export type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'fence' | 'huge-row' | 'wide-row' | 'narrow-row' | 'deep-quote' | 'deep-list'; at: number; n: number }
  | { kind: 'swap-lines'; at: number; n: number }
  | { kind: 'cut'; at: number; n: number }
  | { kind: 'insert'; at: number; n: number; text: string };

/** Unicode, control characters, NUL, markdown's own punctuation, line breaks of every kind. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u2028', '\uFEFF', '\uD800', '|', '`', '```', '#', '>', '-', '*', '[', ']', '(', ')', '{', '}', ':', '"', '\\', '<script>', '$(touch x)'), maxLength: 30 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'fence', 'huge-row', 'wide-row', 'narrow-row', 'deep-quote', 'deep-list', 'swap-lines', 'cut'), at: fc.nat(), n: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), n: fc.nat(), text: nasty }),
);

export function applyMutation(text: string, m: Mutation): string {
  if (m.kind === 'cut') {
    // At a random byte, possibly inside a multi-byte character.
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

export interface PipelineOutcome {
  document: OpenAPIDocument;
  diagnostics: Diagnostic[];
}

/** parse + assemble + openapi on one page (throws only if the pipeline does). */
export function runPipeline(file: string, text: string): PipelineOutcome {
  const result = parsePage(file, text);
  const model = assembleDocs([result]);
  const { document, diagnostics } = toOpenAPI(model);
  return { document, diagnostics: [...model.diagnostics, ...diagnostics] };
}

export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** The problems with an outcome; empty when the property holds. */
export async function checkOutcome(file: string, text: string, outcome: PipelineOutcome, validator: Validator): Promise<string[]> {
  const problems: string[] = [];
  const lines = lineCount(text);
  for (const d of outcome.diagnostics) {
    if (d.file !== file) problems.push(`diagnostic for another file: ${d.file}`);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines) problems.push(`diagnostic at line ${d.line} of ${lines}: ${d.reason} [${d.ruleId}]`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`diagnostic at column ${d.column}: ${d.reason} [${d.ruleId}]`);
  }
  // Through JSON, as it is written: what a consumer of spec/openapi.json would read.
  const result = await validator.validate(JSON.parse(JSON.stringify(outcome.document)));
  if (!result.valid) problems.push(`invalid spec: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return problems;
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
