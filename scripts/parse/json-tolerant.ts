// JSON as the docs write it: strict JSON when it is, otherwise what can be recovered, with each
// flaw named and placed. The docs' examples are hand-written: trailing commas, missing commas,
// `...` for "more of the same", unquoted values (`"type": DiffNote`), `//` comments, single quotes,
// and sometimes two documents in one block. jsonrepair does the repairing; the small lexer here
// only finds and names the flaws (jsonrepair does not say what it changed, and a docs author
// needs to know which line to fix).
import { jsonrepair } from 'jsonrepair';

export type JsonProblemKind =
  | 'trailing-comma'
  | 'missing-comma'
  | 'extra-comma'
  | 'ellipsis'
  | 'comment'
  | 'single-quotes'
  | 'unquoted-key'
  | 'unquoted-value'
  | 'invalid-escape'
  | 'unterminated-string'
  | 'unclosed-bracket'
  | 'mismatched-bracket'
  | 'several-documents'
  | 'text-after-json'
  | 'unexpected-character'
  | 'empty'
  | 'other';

export interface JsonProblem {
  kind: JsonProblemKind;
  /** 0-based line and column inside the parsed text. */
  line: number;
  column: number;
  /** What was found, for the message (`DiffNote`, `//`, ...). */
  text?: string;
}

export type TolerantJson =
  | {
      ok: true;
      /** The value; for several documents in one text, the first. */
      value: unknown;
      /** Every document when the text holds more than one, in order. */
      values?: unknown[];
      repaired: boolean;
      problems: JsonProblem[];
    }
  | { ok: false; problems: JsonProblem[] };

const PROBLEM_TEXT: Record<JsonProblemKind, string> = {
  'trailing-comma': 'trailing comma',
  'missing-comma': 'missing comma',
  'extra-comma': 'extra comma',
  ellipsis: '`...` standing for more elements',
  comment: 'comment',
  'single-quotes': 'single-quoted string',
  'unquoted-key': 'unquoted property name',
  'unquoted-value': 'unquoted value',
  'invalid-escape': 'invalid escape in a string',
  'unterminated-string': 'unterminated string',
  'unclosed-bracket': 'unclosed bracket',
  'mismatched-bracket': 'mismatched bracket',
  'several-documents': 'several JSON documents in one block',
  'text-after-json': 'text after the JSON value',
  'unexpected-character': 'unexpected character',
  empty: 'empty block',
  other: 'invalid JSON',
};

/** `trailing comma`, `unquoted value \`DiffNote\``: a problem in words, without its place. */
export function describeJsonProblem(problem: JsonProblem): string {
  const base = PROBLEM_TEXT[problem.kind];
  return problem.text && problem.kind !== 'ellipsis' ? `${base} \`${problem.text}\`` : base;
}

type TokenType = 'punct' | 'string' | 'number' | 'word' | 'comment' | 'ellipsis' | 'other';

interface Token {
  type: TokenType;
  text: string;
  offset: number;
  /** An ellipsis lay between the previous structural token and this one. */
  afterEllipsis?: boolean;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Splits the text into tokens, recording string-level problems (quotes, escapes) on the way. */
function tokenize(text: string, report: (kind: JsonProblemKind, offset: number, found?: string) => void): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if ('{}[]:,'.includes(ch)) {
      tokens.push({ type: 'punct', text: ch, offset: i });
      i++;
    } else if (ch === '"' || ch === "'") {
      if (ch === "'") report('single-quotes', i);
      const start = i;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '\\') {
          const next = text[i + 1] ?? '';
          const validUnicode = next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6));
          if (!ESCAPES.has(next) && !validUnicode && !(ch === "'" && next === "'")) report('invalid-escape', i, `\\${next}`);
          i += 2;
        } else if (c === ch) {
          i++;
          closed = true;
          break;
        } else if (c === '\n') {
          break;
        } else {
          i++;
        }
      }
      if (!closed) report('unterminated-string', start);
      tokens.push({ type: 'string', text: text.slice(start, i), offset: start });
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : text[i + 1] === '/' ? end : end + 2;
      tokens.push({ type: 'comment', text: text.slice(i, stop), offset: i });
      i = stop;
    } else if (ch === '.' && text.startsWith('..', i + 1)) {
      let j = i;
      while (text[j] === '.') j++;
      tokens.push({ type: 'ellipsis', text: text.slice(i, j), offset: i });
      i = j;
    } else if (ch === '\u2026') {
      tokens.push({ type: 'ellipsis', text: ch, offset: i });
      i++;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?[0-9][0-9.eE+-]*/.exec(text.slice(i, i + 64));
      const len = match ? match[0].length : 1;
      tokens.push({ type: match ? 'number' : 'other', text: text.slice(i, i + len), offset: i });
      i += len;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const match = /^[A-Za-z_$][\w$.-]*/.exec(text.slice(i, i + 256))!;
      tokens.push({ type: 'word', text: match[0], offset: i });
      i += match[0].length;
    } else {
      tokens.push({ type: 'other', text: ch, offset: i });
      i++;
    }
  }
  return tokens;
}

const isValueEnd = (t: Token) => t.type === 'string' || t.type === 'number' || t.type === 'word' || t.text === '}' || t.text === ']';
const isValueStart = (t: Token) => t.type === 'string' || t.type === 'number' || t.type === 'word' || t.text === '{' || t.text === '[';

/** A fix the lexer is sure of: delete `length` characters at `offset`, then insert `insert`. */
interface Edit {
  offset: number;
  length: number;
  insert: string;
}

interface Scan {
  problems: JsonProblem[];
  /** Offsets where each top-level document starts (one entry for a normal text). */
  documentStarts: number[];
  edits: Edit[];
}

/**
 * Finds every flaw the lexer can see, in order of position, and the edits that fix the structural
 * ones (comments, ellipses, commas). Those edits spare jsonrepair most of its work: it rewrites its
 * whole output for each fix, which makes a large block with many flaws quadratic.
 */
function scanProblems(text: string): Scan {
  const raw: { kind: JsonProblemKind; offset: number; text?: string }[] = [];
  const report = (kind: JsonProblemKind, offset: number, found?: string) => raw.push({ kind, offset, text: found });
  const edits: Edit[] = [];
  const remove = (token: Token) => edits.push({ offset: token.offset, length: token.text.length, insert: '' });
  const all = tokenize(text, report);
  if (all.every((t) => t.type === 'comment')) report('empty', 0);

  // Comments and ellipses are flaws of their own; the structure is checked without them, and
  // the commas an ellipsis leaves dangling (`"a", ... ]`) are fixed but not reported a second time.
  const tokens: Token[] = [];
  let pendingEllipsis = false;
  for (const t of all) {
    if (t.type === 'comment') {
      report('comment', t.offset, t.text.startsWith('//') ? '//' : '/*');
      remove(t);
    } else if (t.type === 'ellipsis') {
      report('ellipsis', t.offset, t.text);
      remove(t);
      pendingEllipsis = true;
    } else {
      tokens.push(pendingEllipsis ? { ...t, afterEllipsis: true } : t);
      pendingEllipsis = false;
    }
  }

  const stack: Token[] = [];
  const documentStarts: number[] = [];
  let trailingText = false;
  tokens.forEach((t, index) => {
    if (trailingText) return;
    const prev = tokens[index - 1];
    const next = tokens[index + 1];
    if (stack.length === 0 && prev && isValueEnd(prev)) {
      // A complete top-level value lies behind us: another document, or prose.
      if (t.text === '{' || t.text === '[') {
        documentStarts.push(t.offset);
        report('several-documents', t.offset);
      } else {
        report('text-after-json', t.offset, t.text);
        trailingText = true;
        return;
      }
    } else if (!prev) {
      documentStarts.push(t.offset);
    }
    if (t.type === 'word') {
      if (next?.text === ':') report('unquoted-key', t.offset, t.text);
      else if (!['true', 'false', 'null'].includes(t.text)) report('unquoted-value', t.offset, t.text);
    } else if (t.type === 'other') {
      report('unexpected-character', t.offset, t.text);
    }
    if (prev && stack.length > 0) {
      const flaw = (kind: JsonProblemKind, offset: number) => {
        if (!t.afterEllipsis) report(kind, offset);
      };
      if (isValueEnd(prev) && isValueStart(t)) {
        flaw('missing-comma', prev.offset + prev.text.length);
        edits.push({ offset: prev.offset + prev.text.length, length: 0, insert: ',' });
      } else if (prev.text === ',' && (t.text === '}' || t.text === ']')) {
        flaw('trailing-comma', prev.offset);
        remove(prev);
      } else if ((prev.text === ',' || prev.text === '[' || prev.text === '{') && t.text === ',') {
        flaw('extra-comma', t.offset);
        remove(t);
      }
    }
    if (t.text === '{' || t.text === '[') stack.push(t);
    else if (t.text === '}' || t.text === ']') {
      const open = stack.pop();
      if (!open || (open.text === '{') !== (t.text === '}')) report('mismatched-bracket', t.offset, t.text);
    }
  });
  if (stack.length > 0 && !trailingText) report('unclosed-bracket', stack[stack.length - 1].offset, stack[stack.length - 1].text);

  const place = lineColumns(text);
  const problems = raw
    .sort((a, b) => a.offset - b.offset)
    .map((p) => ({ kind: p.kind, ...place(p.offset), ...(p.text !== undefined ? { text: p.text } : {}) }));
  return { problems, documentStarts, edits };
}

/** Applies non-overlapping edits in one pass. */
function applyEdits(text: string, edits: Edit[]): string {
  // At one offset, an insertion (length 0) before a removal, so neither hides the other.
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at) continue;
    parts.push(text.slice(at, edit.offset), edit.insert);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Offset -> 0-based line and column, by binary search over the line starts (a block may be large). */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - starts[low] };
  };
}

const isContainer = (value: unknown) => value !== null && typeof value === 'object';

/**
 * The value of a flawed text: the lexer's own edits first, then jsonrepair for the rest (quotes,
 * escapes, unclosed brackets). Accepted only as an object or array: repairing prose into a
 * string recovers nothing.
 */
function recover(text: string, edits: Edit[]): { value: unknown } | undefined {
  const fixed = applyEdits(text, edits);
  try {
    const value: unknown = JSON.parse(fixed);
    if (isContainer(value)) return { value };
  } catch {
    // jsonrepair below.
  }
  try {
    const value: unknown = JSON.parse(jsonrepair(fixed));
    return isContainer(value) ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** The problem JSON.parse itself names, for flaws the lexer does not know. */
function parseErrorProblem(text: string, error: unknown): JsonProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const place = position ? lineColumns(text)(Number(position[1])) : { line: 0, column: 0 };
  return { kind: 'other', ...place, text: message.split('\n')[0].slice(0, 120) };
}

/**
 * Parses `text` as JSON, strictly if it can, else by repair. Never throws.
 * `ok: false` when the text cannot be recovered as a JSON object or array.
 */
export function parseTolerantJson(text: string): TolerantJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, repaired: false, problems: [] };
  } catch (error) {
    const scan = scanProblems(text);
    const problems = scan.problems.length > 0 ? scan.problems : [parseErrorProblem(text, error)];
    const fatal = problems.some((p) => p.kind === 'text-after-json' || p.kind === 'empty');
    if (fatal) return { ok: false, problems };
    if (scan.documentStarts.length > 1) {
      // Each document on its own: jsonrepair would wrap them in an array, which the docs never meant.
      const values: unknown[] = [];
      for (const [index, start] of scan.documentStarts.entries()) {
        const part = text.slice(start, scan.documentStarts[index + 1] ?? text.length);
        const parsed = recover(part, scanProblems(part).edits);
        if (!parsed) return { ok: false, problems };
        values.push(parsed.value);
      }
      return { ok: true, value: values[0], values, repaired: true, problems };
    }
    const recovered = recover(text, scan.edits);
    return recovered ? { ok: true, value: recovered.value, repaired: true, problems } : { ok: false, problems };
  }
}
