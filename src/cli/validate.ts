// Parsed option words -> typed request parts, checked against the spec before anything is sent:
// wrong types, values outside an enum and missing required parameters are usage errors.
import type { Command, CommandParam } from './command-table.js';
import { UsageError } from './errors.js';
import { didYouMean } from './did-you-mean.js';
import { show, canRepeat } from './parse-args.js';

export interface RequestParts {
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** Body parameters given as options (merged over `--data` by the caller). */
  body: Record<string, unknown>;
  /** File parameters (multipart): parameter name -> local path. */
  files: Record<string, string>;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One word -> the first type of the parameter it fits, or a message saying why it fits none. */
function coerce(word: string, types: string[], label: string): unknown {
  if (types.length === 0) return word;
  if (types.includes('integer') && INTEGER.test(word)) return Number(word);
  if (types.includes('number') && NUMBER.test(word)) return Number(word);
  if (types.includes('boolean') && (word === 'true' || word === 'false')) return word === 'true';
  if (types.includes('string')) return word;
  if (types.includes('object') || types.includes('array')) {
    try {
      const v = JSON.parse(word);
      if (v !== null && typeof v === 'object') return v;
    } catch {
      /* falls through to the message */
    }
  }
  if (types.includes('null') && word === 'null') return null;
  throw new UsageError(`${label} expects ${types.join(' or ')}, got ${show(word)}.`);
}

function checkEnum(value: unknown, p: CommandParam, label: string): void {
  if (!p.enum || p.enum.includes(String(value))) return;
  throw new UsageError(`${label} must be one of ${p.enum.map(show).join(', ')}; got ${show(String(value))}.${didYouMean(String(value), p.enum)}`);
}

function valueOf(p: CommandParam, words: string[]): unknown {
  const label = `--${p.flag}`;
  // `--assignee_id None`: a value the spec allows beside the type goes as it is.
  if (p.special && words.length === 1 && p.special.includes(words[0])) return words[0];
  if (!p.special) return typedValueOf(p, words, label);
  try {
    return typedValueOf(p, words, label);
  } catch (e) {
    if (!(e instanceof UsageError) || words.length !== 1) throw e;
    const specials = p.special.filter((v) => v !== '');
    throw new UsageError(`${label} expects ${p.types.join(' or ')}${specials.length ? ` or one of ${specials.map(show).join(', ')}` : ''}${p.special.includes('') ? ' or an empty value' : ''}; got ${show(words[0])}.${didYouMean(words[0], specials)}`);
  }
}

function typedValueOf(p: CommandParam, words: string[], label: string): unknown {
  if (canRepeat(p)) {
    // Arrays: repeat the option or give a comma list (or both). Items that are objects come as
    // JSON, one per option or a JSON array, since a comma list would cut them apart.
    const objects = p.items?.includes('object') || (p.items ?? []).length === 0 ? words.filter((w) => /^\s*[[{]/.test(w)) : [];
    if (objects.length) {
      return words.flatMap((w) => {
        const v = coerce(w, ['object', 'array'], label);
        return Array.isArray(v) ? v : [v];
      });
    }
    const items = words.flatMap((w) => w.split(',')).filter((w) => w !== '');
    return items.map((w) => {
      const v = coerce(w, p.items ?? [], label);
      checkEnum(v, p, label);
      return v;
    });
  }
  if (words.length > 1) {
    const list = p.types.includes('string') && /comma/i.test(p.description) ? ` (a comma-separated list: ${label} ${words.join(',')})` : '';
    throw new UsageError(`${label} given more than once; it takes one value${list}.`);
  }
  const v = coerce(words[0], p.types, label);
  checkEnum(v, p, label);
  return v;
}

export function buildRequestParts(cmd: Command, values: Map<string, string[]>, dataKeys: ReadonlySet<string>): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, headers: {}, body: {}, files: {} };
  for (const [flag, words] of values) {
    const p = cmd.params.find((x) => x.flag === flag);
    if (!p) continue; // parseArgs only stores known flags
    if (p.file) {
      if (words.length > 1) throw new UsageError(`--${flag} given more than once; it takes one file.`);
      parts.files[p.name] = words[0].startsWith('@') ? words[0].slice(1) : words[0];
      continue;
    }
    const v = valueOf(p, words);
    if (p.in === 'path') {
      if (v === '') throw new UsageError(`--${flag} must not be empty.`);
      parts.path[p.name] = v as string | number;
    } else if (p.in === 'query') parts.query[p.name] = v;
    else if (p.in === 'header') parts.headers[p.name] = String(v);
    else parts.body[p.name] = v;
  }
  const missing = cmd.params.filter((p) => p.required && !values.has(p.flag) && !(p.in === 'body' && dataKeys.has(p.name)));
  if (missing.length) {
    throw new UsageError(`${cmd.name}: missing required parameter${missing.length > 1 ? 's' : ''} ${missing.map((p) => `--${p.flag}`).join(', ')}.`);
  }
  return parts;
}
