// A parameter's type from its own words when no Type cell gives one (bullet lists, tables without
// a Type column, `mixed`): "true or false", "If `true` ...", "The ID of ...", "date in ISO 8601
// format", "Image file for ...", "comma-separated list", "email", "The name of ...", its default.
// Each rule names the words it relies on, and the caller reports them, so that a reader of the
// spec can tell fact from inference. No rule fires on a word alone that could mean something else:
// "Skype ID" is a string, "Number of projects" an integer, "The ID or URL-encoded path" an id.
import type { TypeRef } from '../model.js';

export interface InferredType {
  type: TypeRef;
  /** The docs' words the type rests on, for the diagnostic. */
  evidence: string;
}

interface Rule {
  pattern: RegExp;
  type: TypeRef;
  /** What the evidence says, before the words found. */
  says: string;
}

// First match wins: the rules go from the most specific wording to the most general.
const RULES: Rule[] = [
  { pattern: /\b(?:image|avatar) file\b|\bfile to (?:be )?upload(?:ed)?\b|\bmust point to an? (?:image )?file\b/i, type: { kind: 'file' }, says: 'an upload' },
  { pattern: /\bID or (?:\[?URL-encoded )?path\b/i, type: { kind: 'id' }, says: 'an ID or path' },
  { pattern: /\x60?\btrue\x60? or \x60?false\b\x60?|\(true\/false\)|^\s*(?:if|when) (?:set to )?\x60?true\x60?\b|\bif \x60true\x60\b|\bif true\b|^\s*boolean\b/i, type: { kind: 'boolean' }, says: 'a boolean' },
  { pattern: /\bdate ?time\b[^.]*\bISO ?8601\b|\bISO ?8601\b[^.]*\bdate ?time\b|\btimestamp\b[^.]*\bISO ?8601\b/i, type: { kind: 'datetime' }, says: 'a date and time' },
  { pattern: /\bdate\b[^.]*\bISO ?8601\b|\bISO ?8601\b[^.]*\bdate\b|\bYYYY-MM-DD\b/i, type: { kind: 'date' }, says: 'a date' },
  // "Internal ID of MR", "The ID of a group milestone", "The global ID of", "IID of": numeric ids.
  { pattern: /^\s*(?:the )?(?:(?:internal|global|numeric) )?I?ID of\b|^\s*(?:the )?(?:internal|global) ID\b/i, type: { kind: 'integer' }, says: 'an ID' },
  { pattern: /(?:^|\.\s+)(?:the )?(?:maximum |minimum )?number of\b|^\s*(?:limit|count|amount) of\b/i, type: { kind: 'integer' }, says: 'a number' },
  // "The due date of the milestone", "The start date": a calendar date.
  { pattern: /^\s*(?:the )?(?:[\w-]+ )?date of\b/i, type: { kind: 'date' }, says: 'a date' },
  // A commit's id is its SHA: "Last known file commit id", "The commit SHA".
  { pattern: /\bcommit (?:id|sha)\b/i, type: { kind: 'string' }, says: 'a commit SHA' },
  { pattern: /\bcomma[- ]separated\b/i, type: { kind: 'string' }, says: 'a comma-separated list (one string)' },
  { pattern: /\be-?mail(?: address)?\b/i, type: { kind: 'string' }, says: 'an email address' },
  { pattern: /\bURL\b(?! ?-encoded)/, type: { kind: 'string' }, says: 'a URL' },
  // Text by what it names: "The name of branch", "The title of a milestone", "Commit message".
  {
    pattern: /^\s*(?:the |a |an )?(?:url[- ]encoded )?(?:[\w'-]+ ){0,3}?(?:name|title|description|content|contents|text|message|body|password|username|token|sha|ref|branch|path|comment|biography|location|key|organization|provider|secret|query|search query|namespace|server|file path)\b(?! (?:ID|IDs)\b)/i,
    type: { kind: 'string' },
    says: 'text',
  },
];

/** "email ID", "Internal ID of MR" of an `*_id` name: the ID of a GitLab object, a number. */
const OBJECT_ID = /\bI?ID\s*\.?\s*$/;

/** The type a description and a default state, or undefined when they do not settle it. */
export function inferTypeFromWords(description: string, fallback?: string, name = ''): InferredType | undefined {
  const text = description.replace(/\s+/g, ' ').replace(/<br>/g, ' ').trim();
  if (/_i?id$/.test(name) && OBJECT_ID.test(text)) {
    return { type: { kind: 'integer' }, evidence: `the description names the ID of an object: "${text}"` };
  }
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { type: rule.type, evidence: `the description reads as ${rule.says}: "${match[0].trim()}"` };
  }
  const byDefault = fallback === undefined ? undefined : typeOfDefault(fallback);
  if (byDefault) return { type: byDefault, evidence: `the documented default \`${fallback}\`` };
  return undefined;
}

/** `true`/`false` are booleans, a number a number, and a word (`text`, `desc`) a string. */
function typeOfDefault(value: string): TypeRef | undefined {
  if (value === 'true' || value === 'false') return { kind: 'boolean' };
  if (/^-?\d+$/.test(value)) return { kind: 'integer' };
  if (/^-?\d+\.\d+$/.test(value)) return { kind: 'number' };
  if (/^[A-Za-z_][\w.-]*$/.test(value) && value !== 'null' && value !== 'nil') return { kind: 'string' };
  return undefined;
}
