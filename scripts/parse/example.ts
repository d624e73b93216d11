// A code block of a docs section -> an Example of the model, with the diagnostics its flaws earn.
// JSON blocks (```json, or untagged blocks that look like JSON) are parsed strictly, else
// repaired (json-tolerant.ts) and reported so a docs author can fix them; everything else
// (curl calls, plain text) is kept as text.
import type { Code } from 'mdast';
import type { Diagnostic, Example, Severity } from '../model.js';
import { sourceOf } from './cell-text.js';
import { describeJsonProblem, parseTolerantJson, type JsonProblem } from './json-tolerant.js';

export interface CodeExampleResult {
  example: Example;
  diagnostics: Diagnostic[];
}

const JSON_LANGS = /^(json|jsonc|json5)$/i;
// Untagged blocks and JavaScript ones hold JSON often enough: read them as JSON when they look like it.
const MAYBE_JSON_LANGS = /^(|javascript|js)$/i;

/** An untagged block is JSON when it is wrapped in brackets and holds a `"key":` or parses as is. */
function looksLikeJson(raw: string): boolean {
  const text = raw.trim();
  if (!/^[[{]/.test(text) || !/[\]}]$/.test(text)) return false;
  if (/"[^"\n]*"\s*:/.test(text)) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where line `n` (0-based) of the block's text is in the file. A fenced block's text starts on
 * the line after its opening fence; an indented block's on its first line. remark keeps no flag
 * for this, but a fenced block spans more lines than its text holds (the fences).
 */
function placeInFile(code: Code): (line: number, column: number) => { line: number; column: number } {
  const start = code.position?.start ?? { line: 1, column: 1 };
  const end = code.position?.end ?? start;
  const textLines = code.value === '' ? 0 : code.value.split('\n').length;
  const fenced = end.line - start.line + 1 > textLines;
  const first = start.line + (fenced ? 1 : 0);
  // Never past the block's last line: an empty block opened on the page's last line has no line
  // after its fence (found by npm run fuzz).
  return (line, column) => ({ line: Math.min(first + line, end.line), column: start.column + column });
}

// `john at example.com`, `git at example.com:group/project.git`: GitLab's docs once obfuscated
// e-mail addresses (and SSH URLs with them), so the examples no longer show real values.
const OBFUSCATED_EMAIL = /\b[A-Za-z0-9._%+-]+ at [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

function obfuscatedEmails(raw: string): { line: number; column: number; text: string }[] {
  const found: { line: number; column: number; text: string }[] = [];
  raw.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(OBFUSCATED_EMAIL)) found.push({ line, column: match.index, text: match[0] });
  });
  return found;
}

/** `1, 2, 3` or, for a long list, `1, 2, ... and 40 more`: a message stays readable. */
function lineList(lines: Iterable<number>): string {
  const all = [...lines];
  const shown = all.slice(0, MAX_LINES_LISTED).join(', ');
  return `line${all.length > 1 ? 's' : ''} ${shown}${all.length > MAX_LINES_LISTED ? ` and ${all.length - MAX_LINES_LISTED} more` : ''}`;
}
const MAX_LINES_LISTED = 10;

function jsonProblemsReason(problems: JsonProblem[], place: ReturnType<typeof placeInFile>): string {
  const byDescription = new Map<string, Set<number>>();
  for (const problem of problems) {
    const description = describeJsonProblem(problem);
    const lines = byDescription.get(description) ?? new Set<number>();
    lines.add(place(problem.line, problem.column).line);
    byDescription.set(description, lines);
  }
  return [...byDescription].map(([description, lines]) => `${description} (${lineList(lines)})`).join(', ');
}

/**
 * Turns one code block into an Example. Never throws: a block that cannot be read becomes a
 * text example and a diagnostic. `caption` is the lead-in text (`Example response:`).
 */
export function parseCodeExample(code: Code, file: string, caption?: string): CodeExampleResult {
  const lang = code.lang ?? '';
  const raw = code.value;
  const start = code.position?.start ?? { line: 1, column: 1 };
  const source = sourceOf(code, file);
  const place = placeInFile(code);
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, column: number, severity: Severity, ruleId: string, reason: string) =>
    diagnostics.push({ file, line, column, ruleId, severity, reason });
  const base = { lang, raw, ...(caption !== undefined ? { caption } : {}), source };

  let example: Example = { kind: 'text', ...base };
  if (JSON_LANGS.test(lang) || (MAYBE_JSON_LANGS.test(lang) && looksLikeJson(raw))) {
    const parsed = parseTolerantJson(raw);
    const first = parsed.problems[0];
    const at = first ? place(first.line, first.column) : { line: start.line, column: start.column };
    if (parsed.ok) {
      example = {
        kind: 'json',
        ...base,
        value: parsed.value,
        ...(parsed.values ? { values: parsed.values } : {}),
        ...(parsed.repaired ? { repaired: true } : {}),
      };
      if (parsed.repaired) {
        const kept = parsed.values ? `; each of its ${parsed.values.length} documents kept` : '';
        report(at.line, at.column, 'warning', 'invalid-json-example',
          `JSON example is not valid JSON: ${jsonProblemsReason(parsed.problems, place)}; repaired${kept}`);
      }
    } else {
      report(at.line, at.column, 'error', 'invalid-json-example',
        `JSON example cannot be read: ${jsonProblemsReason(parsed.problems, place)}; kept as text`);
    }
  }

  const emails = obfuscatedEmails(raw);
  if (emails.length > 0) {
    const at = place(emails[0].line, emails[0].column);
    const lines = new Set(emails.map((e) => place(e.line, e.column).line));
    const names = [...new Set(emails.map((e) => `\`${e.text}\``))];
    const shown = names.slice(0, MAX_LINES_LISTED).join(', ') + (names.length > MAX_LINES_LISTED ? ', ...' : '');
    report(at.line, at.column, 'info', 'obfuscated-email',
      `example writes e-mail addresses as \`user at host\` (${shown}; ${lineList(lines)}): not a value the API returns or accepts`);
  }
  return { example, diagnostics };
}
