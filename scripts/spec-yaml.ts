// YAML for spec/openapi.yaml, written directly from the JSON data: the `yaml` package takes
// seconds on a 3 MB document, which was most of a warm `generate`. JSON data needs little of
// YAML: block mappings and sequences, plain scalars where they cannot be misread, literal block
// scalars for readable multi-line text, and JSON's double-quoted strings (valid YAML) for the rest.
// test/spec-yaml.test.ts checks that the `yaml` package parses it back to the same data.
import { noMemo, type Memo } from './emit/memo.js';
import { jsonText } from './json-text.js';

/** Words some YAML readers (1.1) take for booleans or null: always quoted. */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~|=|<<)$/i;
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./()-]+)*$/;
/** Characters YAML will not take raw in a double-quoted scalar, or reads as line breaks. */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** Longer keys are written as explicit keys (YAML 1.2, 7.4.2: an implicit key is at most 1024 characters). */
const MAX_IMPLICIT_KEY = 1000;

function quoted(text: string): string {
  return JSON.stringify(text).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalarOrKey(text: string): string {
  return PLAIN.test(text) && !RESERVED.test(text) ? text : quoted(text);
}

/** A literal block keeps text readable; only for text it represents exactly. */
function literalBlock(text: string, indent: string): string | undefined {
  if (!text.includes('\n') || text.length > 100_000) return undefined;
  // Control characters, odd line breaks, lone surrogates; leading spaces (would need an indicator);
  // trailing spaces on a line (editors strip them).
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) return undefined;
  if (/^[ \t]/.test(text) || /[ \t]\n|[ \t]$/.test(text) || /^\n/.test(text)) return undefined;
  const trailing = /\n+$/.exec(text)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '|-' : trailing === 1 ? '|' : '|+';
  // The line break that ends the last line is the one the emitter puts before the next key.
  const body = trailing > 0 ? text.slice(0, -1) : text;
  return `${chomp}\n${body.split('\n').map((line) => (line ? indent + line : '')).join('\n')}`;
}

function scalar(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  const text = String(value);
  return literalBlock(text, indent) ?? scalarOrKey(text);
}

function isEmptyContainer(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (value && typeof value === 'object' && !Array.isArray(value) && entries(value).length === 0) return '{}';
  return undefined;
}

/**
 * A value as JSON.stringify sees it (toJSON applied; in an array, undefined and functions are
 * null), so that the document needs no normalizing copy: on a spec of 50 MB that copy held ~300 MB.
 */
function asJson(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') return (value as { toJSON: () => unknown }).toJSON();
  return value;
}

function entries(value: object): [string, unknown][] {
  // As JSON.stringify sees it: undefined members (and functions) left out.
  return Object.entries(value).map(([k, v]): [string, unknown] => [k, asJson(v)]).filter(([, v]) => v !== undefined);
}

/**
 * Lines joined a few thousand at a time: a 50 MB spec makes millions of lines, and a string each
 * held to the end cost about as much again as the YAML itself.
 */
class Lines {
  private lines: string[] = [];
  private readonly chunks: string[] = [];
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= 4096) this.flush();
  }
  text(): string {
    this.flush();
    return this.chunks.join('\n');
  }
  private flush(): void {
    if (this.lines.length) this.chunks.push(this.lines.join('\n'));
    this.lines = [];
  }
}

/**
 * Writes `value` at `indent`. `lead` replaces the indentation of the first line: an array item's
 * `- ` goes before the first line of the object or array it holds.
 */
function emit(value: unknown, indent: string, out: Lines, lead?: string): void {
  const prefix = () => {
    const p = lead ?? indent;
    lead = undefined;
    return p;
  };
  if (Array.isArray(value)) {
    for (const member of value) {
      const item = asJson(member) ?? null;
      const empty = isEmptyContainer(item);
      if (item !== null && typeof item === 'object' && !empty) emit(item, indent + '  ', out, `${prefix()}- `);
      else out.push(`${prefix()}- ${empty ?? scalar(item, indent + '  ')}`);
    }
    return;
  }
  for (const [key, item] of entries(value as object)) {
    const empty = isEmptyContainer(item);
    const k = scalarOrKey(key);
    if (k.length > MAX_IMPLICIT_KEY) {
      // YAML caps implicit keys at 1024 characters (docs can hold longer names): `? key` then `: value`.
      out.push(`${prefix()}? ${k}`);
      if (item !== null && typeof item === 'object' && !empty) {
        out.push(`${indent}:`);
        emit(item, indent + '  ', out);
      } else {
        out.push(`${indent}: ${empty ?? scalar(item, indent + '  ')}`);
      }
    } else if (item !== null && typeof item === 'object' && !empty) {
      out.push(`${prefix()}${k}:`);
      emit(item, Array.isArray(item) ? indent : indent + '  ', out);
    } else {
      out.push(`${prefix()}${k}: ${empty ?? scalar(item, indent + '  ')}`);
    }
  }
}

/**
 * YAML text for a JSON value whose root is an object. Each member of a root `paths` mapping, and
 * each named member of a `components` section, is written alone through `memo`
 * (scripts/emit/memo.ts): a regeneration after a change to one page writes only what it changed.
 */
export function toYaml(value: object, memo: Memo = noMemo()): string {
  const root = asJson(value) as object;
  const empty = isEmptyContainer(root);
  if (empty) return `${empty}\n`;
  const out = new Lines();
  for (const [key, item] of entries(root)) {
    if (key === 'paths' && isMapping(item)) {
      out.push('paths:');
      emitMembers(item, ['paths'], '  ', out, memo);
    } else if (key === 'components' && isMapping(item)) {
      out.push('components:');
      for (const [section, members] of entries(item)) {
        if (isMapping(members)) {
          out.push(`  ${scalarOrKey(section)}:`);
          emitMembers(members, ['components', section], '    ', out, memo);
        } else {
          emit({ [section]: members }, '  ', out);
        }
      }
    } else {
      emit({ [key]: item }, '', out);
    }
  }
  // The final line break in the one join: `text + '\n'` makes a second string that writing copies whole.
  out.push('');
  return out.text();
}

/** A non-empty mapping (not an array): its members can be written one by one. */
function isMapping(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isEmptyContainer(value);
}

/** Each member of `mapping` at `indent`, each one a fragment of the memo, keyed by where it is and its JSON. */
function emitMembers(mapping: object, at: string[], indent: string, out: Lines, memo: Memo): void {
  for (const [key, item] of entries(mapping)) {
    out.push(memo.text(`${JSON.stringify(['yaml', ...at, key, indent])}${jsonText(item)}`, () => {
      const lines = new Lines();
      emit({ [key]: item }, indent, lines);
      return lines.text();
    }));
  }
}
