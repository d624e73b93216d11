// Mutations of real docs pages, and the pipeline property they must keep (issue 7): a real
// `generate()` run on the mutated page (read, parse, model, spec, JSON + YAML, diagnostics report,
// all written to disk) never throws and never reports that the parser itself failed; the written
// spec/openapi.json is valid OpenAPI 3.1 and spec/openapi.yaml holds the same data; every
// diagnostic points at a line that exists in the page. Issue 17 adds: block quotes and lists nested
// up to 10,000 levels on one line, the page written in another encoding (UTF-8 with a BOM, UTF-16
// LE/BE with a BOM, Windows-1252) and reached through a symbolic link (to the file, to its folder,
// beside a link that loops): such a page is never left out (unless its bytes hold a NUL and no BOM
// says it is UTF-16: then it is, and the summary names it). Shared by test/fuzz/ (bounded, in CI)
// and scripts/fuzz.ts (`npm run fuzz`, as long as asked).
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Diagnostic } from './model.js';
import type { OpenAPIDocument } from './openapi-document.js';
import { EMITTERS, generate } from './generate.js';
import { redoclyLintOutput } from './redocly.js';
import { decodeWindows1252 } from './page-encoding.js';

export type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'swap-lines' | 'cut' | 'fence' | 'huge-row' | 'wide-row' | 'narrow-row' | 'deep-quote' | 'deep-list' | 'deep-line'; at: number; n: number }
  | { kind: 'insert'; at: number; n: number; text: string };

export const MUTATION_KINDS = ['delete-line', 'duplicate-line', 'swap-lines', 'cut', 'fence', 'huge-row', 'wide-row', 'narrow-row', 'deep-quote', 'deep-list', 'deep-line', 'insert'] as const;

/** How the page's text is written to disk. */
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Where the page lies: a plain file, a link to it, a link to its folder, or beside a link that loops. */
export const LAYOUTS = ['file', 'linked-file', 'linked-folder', 'with-loop'] as const;
export type Layout = (typeof LAYOUTS)[number];

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
    // 100 to 10,000 levels on one line: lists, block quotes, ordered lists, or both (issue 17).
    case 'deep-line': lines.splice(i, 0, `${['- ', '> ', '1. ', '> - '][m.n % 4].repeat(100 + (Math.floor(m.n / 4) % 9901))}deep`); break;
  }
  return lines.join('\n');
}

export interface FuzzCase {
  page: number;
  mutations: Mutation[];
  encoding: Encoding;
  layout: Layout;
}

export const caseArb = (pages: number): fc.Arbitrary<FuzzCase> =>
  fc.record({
    page: fc.nat({ max: pages - 1 }),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
    // Mostly plain UTF-8 files, as the real pages are.
    encoding: fc.oneof({ arbitrary: fc.constant('utf-8' as Encoding), weight: 4 }, { arbitrary: fc.constantFrom(...ENCODINGS), weight: 2 }),
    layout: fc.oneof({ arbitrary: fc.constant('file' as Layout), weight: 4 }, { arbitrary: fc.constantFrom(...LAYOUTS), weight: 2 }),
  });

/** Windows-1252's byte for each character it has. */
const CP1252 = new Map([...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, b) => b))].map((ch, b) => [ch, b]));

/** The page's bytes in an encoding (a character Windows-1252 lacks becomes `?`). */
export function encodePage(text: string, encoding: Encoding): Uint8Array {
  const utf16le = () => Buffer.from(text, 'utf16le');
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Uint8Array.of(0xff, 0xfe), utf16le()]);
    case 'utf-16be': return Buffer.concat([Uint8Array.of(0xfe, 0xff), utf16le().swap16()]);
    case 'windows-1252': return Uint8Array.from([...text].flatMap((ch) => [...ch].length === 1 && CP1252.has(ch) ? [CP1252.get(ch)!] : [0x3f]));
  }
}

export function mutate(text: string, mutations: Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/**
 * Writes the page into a fresh `docs` folder as the layout says; returns the name the page is read
 * under, and the links that must be reported (not followed).
 */
export function writePage(docs: string, file: string, bytes: Uint8Array, layout: Layout): { name: string; reported: string[] } {
  rmSync(docs, { recursive: true, force: true });
  const put = (path: string) => {
    mkdirSync(join(docs, path, '..'), { recursive: true });
    writeFileSync(join(docs, path), bytes);
  };
  switch (layout) {
    case 'file':
      put(file);
      return { name: file, reported: [] };
    case 'linked-file':
      // The real file is no page (not .md): only the link makes it one.
      put('.real/page.txt');
      mkdirSync(join(docs, file, '..'), { recursive: true });
      symlinkSync(relative(join(docs, file, '..'), join(docs, '.real', 'page.txt')), join(docs, file));
      return { name: file, reported: [] };
    case 'linked-folder':
      // node_modules is never walked: only the link leads there.
      put(`node_modules/pages/${file}`);
      symlinkSync('node_modules/pages', join(docs, 'linked'));
      return { name: `linked/${file}`, reported: [] };
    case 'with-loop':
      put(file);
      symlinkSync('.', join(docs, 'loop'));
      return { name: file, reported: ['loop'] };
  }
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
export async function runCase(work: string, file: string, text: string, validator: Validator, how: { encoding?: Encoding; layout?: Layout } = {}): Promise<CaseOutcome> {
  const docs = join(work, 'docs');
  const out = join(work, 'out');
  const encoding = how.encoding ?? 'utf-8';
  const bytes = encodePage(text, encoding);
  const { name, reported } = writePage(docs, file, bytes, how.layout ?? 'file');
  let leftOut: string[];
  try {
    const result = await generate({ docs, out, noEmit: EMITTERS.map((e) => e.name), cacheDir: false, jobs: 1, keepGoing: true });
    leftOut = result.summary.leftOut.map((p) => p.file);
  } catch (error) {
    return { problems: [`generate threw: ${error instanceof Error ? error.stack : String(error)}`], diagnostics: [] };
  }
  const problems: string[] = [];
  const specFile = join(out, 'spec', 'openapi.json');
  const json = readFileSync(specFile, 'utf8');
  const document = JSON.parse(json) as OpenAPIDocument;
  const diagnostics = JSON.parse(readFileSync(join(out, 'generated', 'diagnostics.json'), 'utf8')) as Diagnostic[];
  const read = encoding === 'windows-1252' ? decodeWindows1252(bytes) : text;
  problems.push(...diagnosticProblems(name, read, diagnostics.filter((d) => !reported.includes(d.file))));
  problems.push(...readingProblems(name, bytes, encoding, diagnostics, leftOut, reported));
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

/**
 * What is wrong with how the page was read: left out although a BOM or Windows-1252 makes it text,
 * not named in the summary when left out, a wrong encoding warning, a link not reported.
 */
export function readingProblems(name: string, bytes: Uint8Array, encoding: Encoding, diagnostics: Diagnostic[], leftOut: string[], reported: string[]): string[] {
  const problems: string[] = [];
  const rules = new Set(diagnostics.filter((d) => d.file === name).map((d) => d.ruleId));
  const bom = encoding !== 'utf-8' && encoding !== 'windows-1252';
  const controls = bytes.some((b) => b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b));
  if (rules.has('binary-file') && (bom || !controls)) problems.push(`left out as binary, though it is ${encoding}${bom ? ' with a BOM' : ' without control bytes'}`);
  if (rules.has('binary-file') !== leftOut.includes(name)) problems.push(`left out: ${leftOut.join(', ') || 'none'}; binary-file reported: ${rules.has('binary-file')}`);
  const validUtf8 = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8').equals(Buffer.from(bytes));
  if (!bom && !rules.has('binary-file') && rules.has('not-utf8') === validUtf8) problems.push(`not-utf8 reported: ${rules.has('not-utf8')}, but the bytes are ${validUtf8 ? '' : 'not '}valid UTF-8`);
  for (const link of reported) {
    if (!diagnostics.some((d) => d.file === link && d.ruleId === 'symlink-loop')) problems.push(`the looping link ${link} is not reported`);
  }
  return problems;
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
