// What values a schema accepts, reduced to what matters for compatibility: its types (with string
// formats and array item types), so two revisions can be compared as "accepts more", "accepts less",
// "gained a type it did not have" or "accepts something else".
import { resolve, type Json } from '../json-ref.js';

export type Atom =
  | { t: 'string'; format?: string }
  | { t: 'integer' | 'number' | 'boolean' | 'object' | 'null' }
  | { t: 'array'; items: SchemaType };

/** `unknown`: no type at all (the docs gave none), so any value is accepted. */
export type SchemaType = { kind: 'unknown' } | { kind: 'known'; atoms: Atom[] };

export type TypeComparison = 'same' | 'added' | 'removed' | 'widened' | 'narrowed' | 'changed';

const UNKNOWN: SchemaType = { kind: 'unknown' };

function atomsOfTypeKeyword(schema: Record<string, Json>, doc: Json, depth: number): Atom[] | undefined {
  const names = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === 'string') : [];
  if (names.length === 0) return undefined;
  return names.map((name): Atom => {
    if (name === 'string') return typeof schema.format === 'string' ? { t: 'string', format: schema.format } : { t: 'string' };
    if (name === 'array') return { t: 'array', items: schemaType(schema.items, doc, depth + 1) };
    if (name === 'integer' || name === 'number' || name === 'boolean' || name === 'object' || name === 'null') return { t: name };
    return { t: 'object' };
  });
}

/** The type a schema accepts; `$ref`s are followed, `anyOf`/`oneOf` members pooled. */
export function schemaType(input: Json | undefined, doc: Json, depth = 0): SchemaType {
  const schema = resolve(input, doc);
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || depth > 20) return UNKNOWN;
  const own = atomsOfTypeKeyword(schema, doc, depth);
  if (own) return { kind: 'known', atoms: own };
  const members = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (!members) return UNKNOWN;
  const atoms: Atom[] = [];
  for (const member of members) {
    const type = schemaType(member, doc, depth + 1);
    // One member that takes anything makes the whole union take anything.
    if (type.kind === 'unknown') return UNKNOWN;
    atoms.push(...type.atoms);
  }
  return atoms.length > 0 ? { kind: 'known', atoms } : UNKNOWN;
}

function atomAccepts(outer: Atom, inner: Atom): boolean {
  if (outer.t === 'number' && inner.t === 'integer') return true;
  if (outer.t !== inner.t) return false;
  if (outer.t === 'string' && inner.t === 'string') return outer.format === undefined || outer.format === inner.format;
  if (outer.t === 'array' && inner.t === 'array') return accepts(outer.items, inner.items);
  return true;
}

/** True when every value `inner` accepts, `outer` accepts too. */
export function accepts(outer: SchemaType, inner: SchemaType): boolean {
  if (outer.kind === 'unknown') return true;
  if (inner.kind === 'unknown') return false;
  return inner.atoms.every((i) => outer.atoms.some((o) => atomAccepts(o, i)));
}

/**
 * How the revision's type relates to the base's. `added` when the base had no type where the
 * revision has one (at the top or in array items): the docs now say what they did not say before,
 * which is documentation, not a narrowing. `removed` is the reverse.
 */
export function compareTypes(base: SchemaType, revision: SchemaType): TypeComparison {
  if (base.kind === 'unknown') return revision.kind === 'unknown' ? 'same' : 'added';
  if (revision.kind === 'unknown') return 'removed';
  const [b] = base.atoms;
  const [r] = revision.atoms;
  if (base.atoms.length === 1 && revision.atoms.length === 1 && b.t === 'array' && r.t === 'array') {
    const items = compareTypes(b.items, r.items);
    if (items === 'added' || items === 'removed') return items;
  }
  const wider = accepts(revision, base);
  const narrower = accepts(base, revision);
  if (wider && narrower) return 'same';
  if (wider) return 'widened';
  if (narrower) return 'narrowed';
  return 'changed';
}

function atomText(atom: Atom): string {
  if (atom.t === 'array') return `array of ${typeText(atom.items)}`;
  if (atom.t === 'string' && atom.format) return `string (${atom.format})`;
  return atom.t;
}

/** `unknown`, `string`, `integer | string`, `array of string`, `string (date-time)`. */
export function typeText(type: SchemaType): string {
  if (type.kind === 'unknown') return 'unknown';
  return [...new Set(type.atoms.map(atomText))].join(' | ');
}

/** The enum a schema (or, for an array, its items) allows, as text; undefined when it allows any value. */
export function enumValues(input: Json | undefined, doc: Json): string[] | undefined {
  const schema = resolve(input, doc);
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (schema.type === 'array') return enumValues(schema.items, doc);
  return undefined;
}
