// Bullet-list parameters, the older form: ``- `api_key` (**required**) - ...``, ``- `id` (optional)``,
// ``- `email`   - Email`` and items with a type among the flags (``(required, integer)``).
// A list is read only when every item has that shape: events.md and the visibility notes have
// lists of backticked values (``- `created` ``, ``* `private`: ...``) that are not parameters.
import type { List, ListItem } from 'mdast';
import type { Diagnostic, Parameter, TypeRef } from '../model.js';
import { inlineMarkdown, sourceOf } from './cell-text.js';
import { diagnostic, readRequired } from './parameter-fields.js';
import { buildParameter, type ParsedParameters } from './parameter-table.js';
import { parseType } from './type.js';

/** `` `name` `` then optional `(flags)`, then an optional ` - ` and the description. */
const ITEM = /^`([^`]+)`[ \t]*(?:\(([^)]*)\))?[ \t]*(?:[-\u2013\u2014:][ \t]*)?([\s\S]*)$/;
const HAS_SEPARATOR = /^`[^`]+`[ \t]*(?:\([^)]*\))?[ \t]*[-\u2013\u2014](?:[ \t]|$)/;
const ID_OR_PATH = /^The ID or \[?URL-encoded path of the (?:project|group)\b/i;
const REQUIRED_WORD = /^(?:\*\*|__)?(?:required|optional)(?:\*\*|__)?$/i;

export function parseParameterList(list: List, file: string): ParsedParameters | undefined {
  const items = list.children.map(itemText);
  if (items.length === 0) return undefined;
  if (!items.every((text) => text !== undefined && (HAS_SEPARATOR.test(text) || hasRequiredFlag(text)))) return undefined;

  const parameters: Parameter[] = [];
  const diagnostics: Diagnostic[] = [];
  const untyped: string[] = [];
  list.children.forEach((item, index) => {
    const text = items[index] as string;
    const source = sourceOf(item, file);
    const match = ITEM.exec(text);
    if (!match) return;
    const [, rawName, flags = '', rest] = match;
    const name = rawName.trim();
    if (name !== rawName) diagnostics.push(diagnostic(source, 'name-with-whitespace', `Parameter name \`${rawName}\` has spaces inside the backticks`));
    let required = false;
    let requiredNote: string | undefined;
    let type: TypeRef = { kind: 'unknown' };
    let typed = false;
    for (const flag of flags.split(',').map((f) => f.trim()).filter(Boolean)) {
      if (REQUIRED_WORD.test(flag) || /^(?:\*\*)?(?:required|optional)\b/i.test(flag)) {
        const read = readRequired(flag.replace(/\*\*|__/g, ''), source);
        required = read.required;
        requiredNote = read.requiredNote;
        diagnostics.push(...read.diagnostics);
      } else {
        const parsed = parseType(flag, source);
        type = parsed.type;
        typed = true;
        diagnostics.push(...parsed.diagnostics);
      }
    }
    if (!typed) untyped.push(name);
    const description = rest.replace(/\s*\n\s*/g, ' ').trim();
    // "The ID or [URL-encoded path of the project](README.md#namespaced-path-encoding)": the words
    // the tables write beside `integer/string`; the description states the type a list cannot.
    if (!typed && ID_OR_PATH.test(description)) type = { kind: 'id' };
    if (description === '') diagnostics.push(diagnostic(source, 'missing-description', `Parameter \`${name}\` has no description`, 'info'));
    parameters.push(buildParameter({ name, type, required, requiredNote, description, form: 'list', source }));
  });
  if (untyped.length > 0) {
    diagnostics.push(
      diagnostic(sourceOf(list, file), 'list-without-types', `Bullet-list parameters have no type: ${untyped.map((n) => `\`${n}\``).join(', ')}`, 'info'),
    );
  }
  return { parameters, diagnostics };
}

function hasRequiredFlag(text: string): boolean {
  const flags = /^`[^`]+`[ \t]*\(([^)]*)\)/.exec(text)?.[1];
  return flags !== undefined && flags.split(',').some((f) => /^(?:\*\*|__)?(?:required|optional)\b/i.test(f.trim()));
}

/** The item's text as markdown (first paragraph, then any further paragraphs), or undefined if it has none. */
function itemText(item: ListItem): string | undefined {
  const paragraphs = item.children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length === 0 || item.children[0]?.type !== 'paragraph') return undefined;
  return paragraphs.map((p) => inlineMarkdown(p.children)).join('\n\n');
}
