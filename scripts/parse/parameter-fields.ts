// The pieces of a parameter that tables, bullet lists and key tables share: the name as written,
// the Required flag in its many spellings, the default and the deprecation stated in a description.
// One place for each, so that the three forms read them alike.
import type { Diagnostic, Severity, SourceRef } from '../model.js';

export function diagnostic(source: SourceRef, ruleId: string, reason: string, severity: Severity = 'warning'): Diagnostic {
  return { file: source.file, line: source.line, column: source.column ?? 1, ruleId, severity, reason };
}

export interface ReadName {
  names: string[];
  diagnostics: Diagnostic[];
}

/**
 * The documented name(s) of a row: `` `iids[]` `` -> `iids[]`. Two names offered as aliases
 * (`` `name` or `context` ``) give two parameters; whitespace inside the backticks and notes
 * after the name (`` `lfs_enabled` (optional) ``) are the docs' slips and are reported.
 */
export function readName(plain: string, markdown: string, source: SourceRef): ReadName {
  const diagnostics: Diagnostic[] = [];
  const spans = [...markdown.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  let names: string[];
  if (spans.length >= 2 && /^`[^`]+`(?:\s*(?:,|or|\/)\s*`[^`]+`)+$/.test(markdown.trim())) {
    names = spans.map((s) => s.trim());
    diagnostics.push(diagnostic(source, 'several-names-in-cell', `One row names ${names.length} parameters (${plain}); each is read with the same type and description`, 'info'));
  } else {
    const code = spans[0];
    let name = (code ?? plain).trim();
    if (code !== undefined && code !== code.trim()) {
      diagnostics.push(diagnostic(source, 'name-with-whitespace', `Parameter name \`${code}\` has spaces inside the backticks`));
    }
    const rest = code !== undefined ? markdown.replace(/`[^`]+`/, '').trim() : '';
    if (rest !== '') {
      diagnostics.push(diagnostic(source, 'name-with-annotation', `Parameter name cell \`${plain}\` holds more than the name`));
    }
    if (code === undefined) name = name.replace(/\s+\(.*\)$/, '');
    names = name === '' ? [] : [name];
  }
  return { names, diagnostics };
}

export interface ReadRequired {
  required: boolean;
  requiredNote?: string;
  diagnostics: Diagnostic[];
}

const YES = new Set(['yes', 'required', 'y', 'mandatory']);
const NO = new Set(['no', 'optional', 'n', 'no (optional)', 'not required']);

/**
 * The Required cell or flag. Conditional cells (`yes, if ...`, `Yes (if `path` isn't provided)`,
 * `required by: `x``) mean "not always": `required` is false and the words go to `requiredNote`.
 */
export function readRequired(text: string, source: SourceRef): ReadRequired {
  const note = text.replace(/\s+/g, ' ').trim();
  const word = note.replace(/[*_`]/g, '').toLowerCase();
  if (YES.has(word)) return { required: true, diagnostics: [] };
  if (NO.has(word)) return { required: false, diagnostics: [] };
  if (word === 'true' || word === 'false') {
    return {
      required: word === 'true',
      diagnostics: [diagnostic(source, 'required-written-as-boolean', `Required is written \`${note}\`; the docs' convention is yes/no`)],
    };
  }
  if (word === '') {
    return { required: false, diagnostics: [diagnostic(source, 'missing-required', 'Required cell is empty; read as not required')] };
  }
  if (/^(?:yes|required|no|optional)\b/.test(word) || /^(?:conditionally|if\b|only if\b)/.test(word)) {
    return { required: false, requiredNote: note, diagnostics: [] };
  }
  return {
    required: false,
    requiredNote: note,
    diagnostics: [diagnostic(source, 'unclear-required', `Required cell \`${note}\` is neither yes nor no; read as not required`)],
  };
}

/** A backticked value, or a bare word that ends the clause (`Defaults to 6 months ago` has none). */
const VALUE_AT_END = String.raw`(\x60[^\x60]+\x60|[\w+-]+(?:\.[\w+-]+)*(?=\s*(?:[.,;)]|$)))`;
const DEFAULT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bdefaults? (?:value ?)?(?:is|to|:)[ \t]*:?[ \t]*` + VALUE_AT_END, 'i'),
  new RegExp(String.raw`\(defaults?(?: value)?\s*:\s*(\x60[^\x60]+\x60|[\w+-]+(?:\.[\w+-]+)*)`, 'i'),
  /(`[^`]+`) (?:is (?:the )?default|by default)\b/i,
  /(`[^`]+`) ?\(default\b/i,
  /\b(true|false) ?\(default\)/i,
];

/** The documented default (`Default is `desc``, `Defaults to created_by_me`, `(default: `id`)`), as text. */
export function extractDefault(description: string): string | undefined {
  // Newlines (from `<br>`) stay: they end a clause, so "Defaults to `x`<br>For versions..." is not conditional.
  const text = description.replace(/[ \t]+/g, ' ');
  for (const pattern of DEFAULT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // `defaults to `false` for authenticated users, `true` for admins`: no single default.
    const after = text.slice(match.index + match[0].length);
    if (/^[ \t]*for\b/i.test(after)) continue;
    return match[1].replace(/^`|`$/g, '').replace(/^'(.*)'$/, '$1');
  }
  return undefined;
}

/**
 * Whether the description deprecates the parameter itself: `_(Deprecated)_`, `[Deprecated](...) in
 * GitLab 16.5`, `Deprecated: use ...`. The capital matters: "the now deprecated `created-by-me`"
 * deprecates values, not the parameter.
 */
export function isDeprecated(description: string): boolean {
  return /(?:^|[^A-Za-z])Deprecated\b/.test(description);
}
