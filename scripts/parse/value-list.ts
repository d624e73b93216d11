// Lists of values a page gives outside parameter rows, for the parameters that link to them or
// that their lead names: `### Action Types` "Available action types for the `action` parameter
// are:" and a bullet list of `` `created` `` items; `**Valid access levels**` and a code block of
// `30 => Developer access` lines; `## Roles` and "- Guest (`10`)" items; a `| Visibility |
// Description |` table. Each list keeps the anchor of the heading above it, its title and the
// parameter names its lead gives, so that the document-wide pass can attach it (cross-reference.ts).
import type { Code, List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ValueList } from '../model.js';
import { sourceOf } from './cell-text.js';
import { parseParameterList } from './parameter-list.js';
import { classifyTable } from './table.js';
import { parseValueTable } from './value-table.js';

/** A value as the lists write it: a word, a number, a dotted or dashed token. */
const TOKEN = /^[A-Za-z0-9_][\w.+-]*$/;
/** A parameter name in a lead's code span: `action`, `merge_method`, `access_level`. */
const NAME = /^[a-z][a-z0-9_]*$/;
/**
 * A lead that announces values ("Possible values are:", "these levels are recognized:", "three
 * options for `merge_method`"), not fields ("Users of Premium also see the attributes:").
 */
const VALUES_LEAD = /\b(?:values?|options?|types?|levels?|roles?|constants?|scopes?|states?)\b[^.]*:\s*$/i;

export interface ValueListSection {
  /** The heading anchor; '' for the page's introduction. */
  anchor: string;
  heading: string;
  nodes: RootContent[];
}

export function collectValueLists(sections: ValueListSection[], file: string): ValueList[] {
  const lists: ValueList[] = [];
  for (const section of sections) {
    // A section that only lists values (`## Project visibility level`: prose and one list) names
    // the parameter anywhere in its prose; elsewhere only the lead right before the list counts
    // (a field list under an example response names no parameter).
    const listsOnly = section.nodes.every((node, index) => !['code', 'table'].includes(node.type) || valuesOf(node, section.nodes[index - 1], file));
    let title = section.heading;
    let names: string[] = [];
    for (const [index, node] of section.nodes.entries()) {
      if (node.type === 'paragraph') {
        // `**Valid access levels**` alone on its line titles what follows (11.x members.md:3).
        const bold = node.children.length === 1 && node.children[0].type === 'strong' ? toString(node) : undefined;
        if (bold) title = bold.trim();
        names = listsOnly ? [...new Set([...names, ...namedParameters(node)])] : namedParameters(node);
        continue;
      }
      const values = valuesOf(node, section.nodes[index - 1], file, listsOnly);
      if (!values || values.length < 2) {
        if (!listsOnly) names = [];
        continue;
      }
      lists.push({ anchor: section.anchor, title, names: [...names], values, source: sourceOf(node, file) });
    }
  }
  return lists;
}

/**
 * The parameters a paragraph names: a code span called a parameter, field, attribute or setting
 * ("for the `action` parameter", "the `visibility` field"), or introduced by "for" or "as"
 * ("options for `merge_method`", "defined ... as `access_level`").
 */
function namedParameters(paragraph: Paragraph): string[] {
  const names: string[] = [];
  paragraph.children.forEach((child, index) => {
    if (child.type !== 'inlineCode' || !NAME.test(child.value.trim())) return;
    const before = paragraph.children[index - 1];
    const after = paragraph.children[index + 1];
    const called = after?.type === 'text' && /^\s+(?:parameter|field|attribute|setting)s?\b/i.test(after.value);
    const introduced = before?.type === 'text' && /\b(?:for|as)\s+(?:the\s+)?$/i.test(before.value);
    if (called || introduced) names.push(child.value.trim());
  });
  return names;
}

function valuesOf(node: RootContent, before: RootContent | undefined, file: string, listsOnly = true): string[] | undefined {
  if (node.type === 'list') return listsOnly || (before?.type === 'paragraph' && VALUES_LEAD.test(toString(before))) ? listValues(node, file) : undefined;
  if (node.type === 'code') return arrowValues(node);
  if (node.type === 'table') return tableValues(node, before);
  return undefined;
}

/**
 * Every item starts with a backticked value (`` `private`: ... ``, `` `epic`<sup>1</sup> ``) or
 * ends with one in parentheses (`Guest (`10`)`). A list of parameters is not a list of values.
 */
function listValues(list: List, file: string): string[] | undefined {
  if ((parseParameterList(list, file)?.parameters.length ?? 0) > 0) return undefined;
  const values: string[] = [];
  for (const item of list.children) {
    const value = itemValue(item);
    if (value === undefined) return undefined;
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

function itemValue(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const [head] = first.children;
  if (head?.type === 'inlineCode') {
    const rest = first.children.slice(1).map((n) => ('value' in n ? n.value : toString(n))).join('');
    // `x` alone, `x`: description, `x` - description, `x`<sup>1</sup>, `x` (note)
    if (TOKEN.test(head.value) && /^(?:\s*$|\s*[:\u2013\u2014-]\s|\s*<sup>|\s*:\s*$|\s+\()/.test(rest)) return head.value;
    return undefined;
  }
  // `Guest (`10`)`: a name, then the value in parentheses closing the item.
  const nodes = first.children;
  const code = nodes[nodes.length - 2];
  const close = nodes[nodes.length - 1];
  const open = nodes[nodes.length - 3];
  if (code?.type === 'inlineCode' && close?.type === 'text' && /^\)\s*$/.test(close.value) &&
      open?.type === 'text' && /\S\s*\($/.test(open.value) && TOKEN.test(code.value)) return code.value;
  return undefined;
}

/** `10 => Guest access` on every line (the `# Only valid for groups` comments dropped). */
function arrowValues(code: Code): string[] | undefined {
  const lines = code.value.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const values: string[] = [];
  for (const line of lines) {
    const match = /^(\S+)\s*=>\s*\S/.exec(line);
    if (!match || !TOKEN.test(match[1])) return undefined;
    values.push(match[1]);
  }
  return values;
}

function tableValues(table: Table, before: RootContent | undefined): string[] | undefined {
  const lead = before && before.type !== 'table' && before.type !== 'code' ? toString(before) : '';
  if (classifyTable(table, lead) !== 'values') return undefined;
  const values = parseValueTable(table);
  return values.every((value) => TOKEN.test(value)) ? values : undefined;
}
