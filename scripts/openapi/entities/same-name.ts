// The type of a field every example shows as `null` (and no table types), from the rest of the docs:
// 1. the same name elsewhere, when every value shown under it on at least two pages is of one type:
//    `closed_at` of a merge request is `null` in every example of one, a string in every issue's;
// 2. else the fields named for the same thing, by the name's last word, when at least three such
//    names agree: `merge_commit_sha` is a string as `sha`, `base_sha` and `head_sha` are.
// An object or a list shown under the name, or two types, settle nothing: the field stays untyped.
// The caller marks what this gives `x-gitlab-type-inferred` and notes the evidence, as the request
// side does for the types it infers.
import type { SourceRef } from '../../model.js';
import type { Schema } from '../type-schema.js';
import type { Observation } from './types.js';

export interface NameEvidence {
  schema: Schema;
  /** The words of the diagnostic: where the docs show that type. */
  evidence: string;
}

interface Shown {
  types: Set<string>;
  formats: Set<string | undefined>;
  /** An object or a list was shown under the name: no leaf type to give. */
  structured: boolean;
  first?: SourceRef;
  /** The pages it was shown on. */
  files: Set<string>;
}

// At least this many different names must agree for the last word to type a field.
const MIN_NAMES = 3;
// A name shown on one page only may mean something else there (search.md's `data`, a blob's text,
// is no event's `data`): the same name counts when at least two pages agree.
const MIN_FILES = 2;

/** Fields by name across every observation, and a lookup of the type a null-only field may take. */
export function typesByName(observations: Observation[]): (key: string) => NameEvidence | undefined {
  // Where each name is shown with a value (observation and property index, in pairs): one pass that
  // only notes places. The few names asked about (the fields only ever shown as null, and the names
  // sharing their last word) are then read from their places.
  const places = new Map<string, number[]>();
  for (let o = 0; o < observations.length; o++) {
    const { props } = observations[o];
    for (let i = 0; i < props.length; i++) {
      if (props[i][1].kind === 'null') continue;
      const key = props[i][0];
      const at = places.get(key);
      if (at) at.push(o, i);
      else places.set(key, [o, i]);
    }
  }
  const shownCache = new Map<string, Shown>();
  const shownAs = (key: string): Shown | undefined => {
    let shown = shownCache.get(key);
    if (shown) return shown;
    const at = places.get(key);
    if (!at) return undefined;
    shownCache.set(key, (shown = { types: new Set(), formats: new Set(), structured: false, files: new Set() }));
    for (let j = 0; j < at.length; j += 2) {
      const { props, site } = observations[at[j]];
      const value = props[at[j + 1]][1];
      if (value.kind === 'row') {
        if (value.of) shown.structured = true;
        else if (typeof value.schema.type === 'string') add(shown, value.schema, value.source);
      } else if (value.kind !== 'leaf') shown.structured = true;
      else add(shown, value.schema, site.source);
    }
    return shown;
  };

  let byWord: Map<string, string[]> | undefined;
  const namesEndingIn = (word: string) => {
    if (!byWord) {
      byWord = new Map();
      for (const name of [...places.keys()].sort()) {
        // `sha` itself counts among the fields named for a sha.
        const last = lastWord(name) ?? name;
        const names = byWord.get(last);
        if (names) names.push(name);
        else byWord.set(last, [name]);
      }
    }
    return byWord.get(word);
  };

  return (key) => {
    const same = shownAs(key);
    const own = same && same.files.size >= MIN_FILES ? settled(same) : undefined;
    if (own) return { schema: own, evidence: `as \`${key}\` is elsewhere in the docs (${where(same!.first)})` };
    if (same?.structured) return undefined;
    const word = lastWord(key);
    const names = (word && namesEndingIn(word)?.filter((name) => name !== key)) || [];
    if (names.length < MIN_NAMES) return undefined;
    const all = names.map((name) => shownAs(name)!);
    const merged: Shown = { types: new Set(), formats: new Set(), structured: all.some((s) => s.structured), files: new Set() };
    for (const shown of all) {
      shown.types.forEach((t) => merged.types.add(t));
      shown.formats.forEach((f) => merged.formats.add(f));
    }
    const schema = settled(merged);
    if (!schema) return undefined;
    const listed = names.slice(0, 3).map((name) => `\`${name}\``).join(', ');
    return { schema, evidence: `as every field named \`*_${word}\` is in the docs (${names.length}: ${listed}, ...)` };
  };
}

function add(shown: Shown, schema: Schema, source: SourceRef) {
  const type = schema.type;
  if (typeof type !== 'string') return;
  shown.types.add(type);
  shown.formats.add(typeof schema.format === 'string' ? schema.format : undefined);
  shown.first ??= source;
  shown.files.add(source.file);
}

/** One type (with its format when every value has it), or undefined. */
function settled(shown: Shown | undefined): Schema | undefined {
  if (!shown || shown.structured) return undefined;
  const types = [...shown.types];
  let type: string | undefined;
  if (types.length === 1) type = types[0];
  // A whole number beside a fraction is a number.
  else if (types.length === 2 && types.includes('integer') && types.includes('number')) type = 'number';
  if (!type) return undefined;
  const formats = [...shown.formats];
  return formats.length === 1 && formats[0] !== undefined ? { type, format: formats[0] } : { type };
}

/** `sha` of `merge_commit_sha`; undefined for a one-word name. */
function lastWord(name: string): string | undefined {
  const at = name.lastIndexOf('_');
  return at > 0 && at < name.length - 1 ? name.slice(at + 1) : undefined;
}

const where = (source: SourceRef | undefined) => (source ? `${source.file}:${source.line}` : 'a table');
