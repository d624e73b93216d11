// Allowed values of a parameter, read from its description. Precision first: a wrong enum makes
// generated clients reject valid calls, a missing one only loses a hint. So a list is taken only
// right after a phrase that announces the allowed set (`Can be`, `one of`, `sorted in ... order`,
// `ordered by ... fields`, ...), and only when every item of the list is a plain code-spanned token.
// Backticked words elsewhere (`Default is `created_at``, `Combine with `scope=all``, the `None`/`Any`
// specials of id filters, field names) are never taken. Three shapes without such a phrase are the
// whole set too: plain words closing the description in parentheses ("New state (close/reopen)",
// "(close|activate)"), alternatives inside one code span ("The type `(dockerfiles|gitignores)`"),
// and a value per clause ("Set `close` to close the issue and `reopen` to reopen it", or a sentence
// opening with the values: "`yes` to return only WIP merge requests, `no` to return non WIP ones").

/** One backticked value, optionally followed by a note: `merge` (merge commit), `0` _(off)_, `x`<sup>1</sup>. */
const VALUE = String.raw`\x60([^\x60]+)\x60(?:\s*_?\((?:[^()]|\([^()]*\))*\)_?)?(?:\s*<sup>\w+</sup>)?`;
/** Separators between listed values. */
const SEPARATOR = String.raw`\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+|\s*/\s*)\s*`;
const LIST = new RegExp(String.raw`^(?:${VALUE})(?:${SEPARATOR}(?:${VALUE}))+`);

/** A listed value must look like a value, not like prose, a pattern or a range (`> 0`, `A-Z`). */
const TOKEN = /^[A-Za-z0-9_][\w.+-]*$/;
const CHARACTER_CLASS = /^[A-Za-z0-9]-[A-Za-z0-9]$/;

/**
 * Phrases after which a list of values is the allowed set. Each is matched at its end, so the list
 * must follow right away (after optional spaces and a colon).
 */
const TRIGGERS: RegExp[] = [
  /\bcan be(?: one of(?: the following)?| either| set to)?\s*:?\s*$/i,
  /(?<!exactly |either )\bone (?:or array )?of(?: the following)?\s*:?\s*$/i,
  /\bpossible values(?: are)?\s*:?\s*$/i,
  /\b(?:allowed|accepted|valid|filter) values(?: are)?\s*:?\s*$/i,
  /\bavailable (?:formats|values|options) are\s*:?\s*$/i,
  /\boptions are\s*:?\s*$/i,
  /\bcan take\s*:?\s*$/i,
  /\btakes\s*$/i,
  /\bjust those that are\s*$/i,
  /\bsort(?:ed)?(?: \w+)? in\s*$/i,
  /\border \w+ in\s*$/i,
  /\b(?:ordered|order \w+) by\s*$/i,
  /\bgiven scope\s*:\s*$/i,
  /\bby visibility\s*$/i,
  /\breturn(?:s)? only\s*$/i,
  /(?:^|\.\s+)only\s*$/i,
];

/** Descriptions that state the list right after a comma or semicolon: `The action to perform, `create`, `delete``. */
const CLAUSE_START = /(?:^|[A-Za-z][;,]\s*)$/;
const NOT_AN_ALLOWED_SET = /\b(?:e\.g\.|ex[.:]|example|such as|for example|like)\s*:?\s*$/i;

/** `(close/reopen)`, `(close|activate)`, `(close or activate)` closing the description. */
const PAREN_WORDS = /\(([a-z][a-z_]*(?:\s*(?:\/|\||\bor\b)\s*[a-z][a-z_]*)+)\)\s*\.?\s*$/;
/** `` `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` ``: one code span holding the alternatives. */
const CODE_ALTERNATIVES = /\x60\(?([\w.-]+(?:\|[\w.-]+)+)\)?\x60/;
/** "Set `close` to close the issue and `reopen` to reopen it": each value with what it does. */
const VALUE_PER_CLAUSE = /(?:\b(?:set|use|pass)\s+|(?:^|\.\s+))(\x60[^\x60]+\x60\s+to\s+[^\x60]*?(?:\s+(?:and|or)\s+|,\s*(?:(?:and|or)\s+)?)\x60[^\x60]+\x60\s+to\b(?:[^\x60]*?(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)\x60[^\x60]+\x60\s+to\b)*)/i;

export function extractEnum(description: string): string[] | undefined {
  const text = description.replace(/\s+/g, ' ');
  return listAfterTrigger(text) ?? otherShapes(text);
}

/** The three shapes that need no announcing phrase (see the top of the file). */
function otherShapes(text: string): string[] | undefined {
  const words = PAREN_WORDS.exec(text.replace(/<br>/g, ' ').trim());
  if (words) return unique(words[1].split(/\s*(?:\/|\||\bor\b)\s*/));
  const alternatives = CODE_ALTERNATIVES.exec(text);
  if (alternatives) return unique(alternatives[1].split('|'));
  const clauses = VALUE_PER_CLAUSE.exec(text);
  if (clauses) {
    const values = [...clauses[1].matchAll(/\x60([^\x60]+)\x60\s+to\b/g)].map((m) => m[1].trim());
    if (values.every((value) => TOKEN.test(value))) return unique(values);
  }
  return undefined;
}

function listAfterTrigger(text: string): string[] | undefined {
  for (const span of text.matchAll(/\x60[^\x60]*\x60/g)) {
    const at = span.index;
    const before = text.slice(0, at);
    if (NOT_AN_ALLOWED_SET.test(before)) continue;
    const match = LIST.exec(text.slice(at));
    if (!match) continue;
    const after = text.slice(at + match[0].length);
    const values = listValues(match[0]);
    if (!values) continue;
    if (TRIGGERS.some((trigger) => trigger.test(before))) {
      if (/\b(?:ordered|order \w+) by\s*$/i.test(before)) values.push(...moreFields(after, values));
      if (/\breturns? all \w+(?: \w+)?(?: \(\x60all\x60\))? or just those that are\s*$/i.test(before) && !values.includes('all')) {
        // "Return all issues or just those that are `opened` or `closed`": `all` is the other choice.
        values.unshift('all');
      }
      return unique(values);
    }
    // A clause that is nothing but the list: `; `not_protected` or `ref_protected``.
    if (CLAUSE_START.test(before) && /^\s*(?:[.;]|$)/.test(after)) return unique(values);
    // A parenthesis that is nothing but the list, after a noun: `Auto Deploy strategy (`manual` or `timed`)`.
    if (/[A-Za-z] \($/.test(before) && /^\)/.test(after) && !/\b(?:one|two) of \($/i.test(before)) return unique(values);
  }
  return undefined;
}

function listValues(list: string): string[] | undefined {
  const values = [...list.matchAll(new RegExp(VALUE, 'g'))].map((m) => m[1].trim());
  if (values.length < 2) return undefined;
  if (values.some((value) => !TOKEN.test(value) || CHARACTER_CLASS.test(value))) return undefined;
  return values;
}

/** `Order by `id`, `name` fields. `repository_size` or `wiki_size` fields are only allowed for administrators.` */
function moreFields(after: string, known: string[]): string[] {
  const extra: string[] = [];
  const more = /\x60[^\x60]+\x60(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)\x60[^\x60]+\x60)*\s+fields? (?:are|is) only allowed/g;
  for (const m of after.matchAll(more)) {
    for (const v of m[0].matchAll(/\x60([^\x60]+)\x60/g)) {
      if (TOKEN.test(v[1]) && !known.includes(v[1])) extra.push(v[1]);
    }
  }
  return extra;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
