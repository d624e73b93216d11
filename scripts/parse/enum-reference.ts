// The document-wide pass for enums: a parameter whose own row lists no values takes them from a
// list the docs give elsewhere (value-list.ts collects them), in this order:
// 1. a list its description links to: `[target type](#target-type)`, `[action type][action-types]`
//    (through the page's link definitions), `[role](members.md#roles)` on another page, or
//    `[access level](members.md)` (the list of that page whose title the link text names);
// 2. a list on the same page whose lead names the parameter ("for the `action` parameter");
// 3. a list on the same page whose title the description names ("Access levels allowed to push"
//    under `**Valid access levels**`), when that title is at least two words.
// The values must fit the parameter's type (numbers for an integer; never a boolean). Each enum
// taken so is reported as a note with the place of the list (`enumFrom`).
import { posix } from 'node:path';
import type { Diagnostic, Page, Parameter, TypeRef, ValueList } from '../model.js';
import { mapParameters } from './map-parameters.js';
import { diagnostic } from './parameter-fields.js';

const INLINE_LINK = /\[((?:[^\][]|\[[^\]]*\])*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[((?:[^\][]|\[[^\]]*\])*)\]\[([^\]]+)\]/g;
/** Words that qualify a title without naming its subject: "Valid access levels" is about access levels. */
const QUALIFIERS = new Set(['valid', 'available', 'allowed', 'possible', 'supported', 'accepted', 'the', 'a', 'an', 'of', 'for']);

interface Found {
  list: ValueList;
  how: string;
}

/**
 * A page's value lists, looked up by anchor, by named parameter and by title words. Each key keeps
 * its first list, as a scan in page order would find it: a page that repeats its lists (a page of
 * 20 MB) costs no more per parameter than one that does not.
 */
interface ListIndex {
  byAnchor: Map<string, ValueList>;
  byName: Map<string, ValueList>;
  /** Distinct titles in page order, with their words. */
  titles: { words: string[]; list: ValueList }[];
  /** Distinct subjects (title words less qualifiers, two or more), by their first word, in page order. */
  subjects: Map<string, { subject: string[]; list: ValueList; order: number }[]>;
}

function indexLists(page: Page): ListIndex {
  const index: ListIndex = { byAnchor: new Map(), byName: new Map(), titles: [], subjects: new Map() };
  const titles = new Set<string>();
  const subjects = new Set<string>();
  for (const list of page.valueLists ?? []) {
    if (!index.byAnchor.has(list.anchor)) index.byAnchor.set(list.anchor, list);
    for (const name of list.names) if (!index.byName.has(name)) index.byName.set(name, list);
    if (titles.has(list.title)) continue;
    titles.add(list.title);
    index.titles.push({ words: words(list.title), list });
    if (list.title === page.title) continue; // an untitled list in the introduction
    const subject = words(list.title).filter((w) => !QUALIFIERS.has(w));
    const key = subject.join(' ');
    if (subject.length < 2 || subjects.has(key)) continue;
    subjects.add(key);
    const entries = index.subjects.get(subject[0]) ?? [];
    entries.push({ subject, list, order: subjects.size });
    index.subjects.set(subject[0], entries);
  }
  return index;
}

export function attachListedValues(pages: Page[]): { pages: Page[]; diagnostics: Diagnostic[] } {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const indexes = new Map<string, ListIndex>();
  const indexOf = (page: Page) => {
    let index = indexes.get(page.file);
    if (!index) indexes.set(page.file, (index = indexLists(page)));
    return index;
  };
  const diagnostics: Diagnostic[] = [];
  const result = mapParameters(pages, (parameter, { page }) => {
    if (parameter.enum || !page.valueLists && !linksOf(parameter.description, page).length) return parameter;
    const found = linkedList(parameter, page, byFile, indexOf) ?? namingList(parameter, indexOf(page)) ?? titledList(parameter, indexOf(page));
    if (!found || !fits(found.list.values, parameter.type)) return parameter;
    const { list, how } = found;
    const where = `${list.source.file}:${list.source.line}`;
    diagnostics.push(diagnostic(parameter.source, 'enum-from-reference',
      `\`${parameter.name}\` takes its values from the list at ${where} ("${list.title}"), ${how}: ${list.values.map((v) => `\`${v}\``).join(', ')}`, 'info'));
    const next: Parameter = { ...parameter, enum: [...list.values], enumFrom: list.source };
    if (parameter.type.kind === 'unknown') {
      next.type = list.values.every(isNumber) ? { kind: 'integer' } : { kind: 'string' };
      next.typeInferred = `its values, listed at ${where}`;
      diagnostics.push(diagnostic(parameter.source, 'type-inferred',
        `\`${parameter.name}\` has no documented type; read as \`${next.type.kind}\` from its values, listed at ${where}`, 'info'));
    }
    return next;
  });
  return { pages: result, diagnostics };
}

/** The description's link targets with their text; reference links resolved through the page's definitions. */
function linksOf(description: string, page: Page): { text: string; target: string }[] {
  const links = [...description.matchAll(INLINE_LINK)].map((m) => ({ text: m[1], target: m[2] }));
  for (const m of description.matchAll(REFERENCE_LINK)) {
    const target = page.linkDefinitions?.[m[2].replace(/\s+/g, ' ').trim().toLowerCase()];
    if (target) links.push({ text: m[1], target });
  }
  return links;
}

function linkedList(parameter: Parameter, page: Page, byFile: Map<string, Page>, indexOf: (page: Page) => ListIndex): Found | undefined {
  for (const link of linksOf(parameter.description, page)) {
    if (/^[a-z][a-z+.-]*:/i.test(link.target)) continue; // another site
    const [path, anchor = ''] = link.target.split('#');
    const file = path === '' ? page.file : posix.normalize(posix.join(posix.dirname(page.file), path.replace(/\.html$/, '.md')));
    const target = byFile.get(file);
    if (!target?.valueLists) continue;
    const how = `which its description links to (${link.target})`;
    const index = indexOf(target);
    const text = words(link.text);
    const list = anchor !== '' ? index.byAnchor.get(anchor) : index.titles.find((t) => contains(t.words, text))?.list;
    if (list) return { list, how };
  }
  return undefined;
}

function namingList(parameter: Parameter, index: ListIndex): Found | undefined {
  const name = parameter.name.replace(/\[\]$/, '');
  const list = index.byName.get(name);
  return list ? { list, how: `whose lead names \`${name}\`` } : undefined;
}

/** The first list (in page order) whose subject the description names as consecutive words. */
function titledList(parameter: Parameter, index: ListIndex): Found | undefined {
  const description = words(parameter.description.replace(INLINE_LINK, '$1'));
  let best: { list: ValueList; order: number } | undefined;
  description.forEach((word, at) => {
    for (const entry of index.subjects.get(word) ?? []) {
      if ((!best || entry.order < best.order) && entry.subject.every((w, j) => description[at + j] === w)) best = entry;
    }
  });
  return best ? { list: best.list, how: `whose title its description names` } : undefined;
}

/** Lower-case words, plural `s` dropped: "Access levels" and "access level" are the same words. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
}

function contains(haystack: string[], needles: string[]): boolean {
  const wanted = needles.filter((w) => !QUALIFIERS.has(w));
  return wanted.length > 0 && wanted.every((w) => haystack.includes(w));
}

function isNumber(value: string): boolean {
  return /^-?\d+(?:\.\d+)?$/.test(value);
}

/** Values a parameter of this type can take as an enum: numbers for numbers, anything for text. */
function fits(values: string[], type: TypeRef): boolean {
  const scalar = type.kind === 'array' ? type.items.kind : type.kind;
  if (scalar === 'integer' || scalar === 'number') return values.every(isNumber);
  return ['string', 'id', 'unknown', 'union'].includes(scalar);
}
