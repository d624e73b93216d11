// Turning mdast inline content (table cells, list-item paragraphs) back into text.
// Two flavours: `inlineMarkdown` keeps the docs' markup (descriptions are markdown in the model),
// `plainText` drops it (names, types and Required cells are compared as words).
import type { Nodes, PhrasingContent, TableCell, TableRow, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.js';

const BREAK_TAG = /^<br\s*\/?>$/i;
const SUP_OPEN = /^<sup>$/i;
const SUP_CLOSE = /^<\/sup>$/i;
/** What sits between `<sup>` and `</sup>` when it is a footnote marker: `1`, `2`, `*`, `a`. */
const FOOTNOTE_MARK = /^\s*(\d+|\*+|[a-z])\s*$/i;

/**
 * Serialise phrasing content as markdown. `<br>` becomes a newline and `<sup>1</sup>` footnote
 * markers disappear, because the model's descriptions promise exactly that.
 */
export function inlineMarkdown(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'html' && SUP_OPEN.test(node.value.trim())) {
      const close = findSupClose(nodes, i);
      if (close !== -1) {
        i = close;
        // `similarity <sup>1</sup>, next`: no space may be left before the punctuation.
        const next = nodes[i + 1];
        if (next?.type === 'text' && /^[.,;:)]/.test(next.value)) out = out.replace(/[ \t]+$/, '');
        continue;
      }
    }
    out += nodeMarkdown(node);
  }
  return tidy(out);
}

/** Index of the `</sup>` closing a footnote marker opened at `open`, or -1 if it is not one. */
function findSupClose(nodes: readonly PhrasingContent[], open: number): number {
  const inner = nodes[open + 1];
  const close = nodes[open + 2];
  if (inner?.type === 'text' && FOOTNOTE_MARK.test(inner.value) && close?.type === 'html' && SUP_CLOSE.test(close.value.trim())) {
    return open + 2;
  }
  return -1;
}

function nodeMarkdown(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return node.value.includes('`') ? '`` ' + node.value + ' ``' : '`' + node.value + '`';
    case 'strong':
      return '**' + inlineMarkdown(node.children) + '**';
    case 'emphasis':
      return '_' + inlineMarkdown(node.children) + '_';
    case 'delete':
      return '~~' + inlineMarkdown(node.children) + '~~';
    case 'link':
      return '[' + inlineMarkdown(node.children) + '](' + node.url + (node.title ? ` "${node.title}"` : '') + ')';
    case 'linkReference': {
      const text = inlineMarkdown(node.children);
      if (node.referenceType === 'full') return `[${text}][${node.label ?? node.identifier}]`;
      return node.referenceType === 'collapsed' ? `[${text}][]` : `[${text}]`;
    }
    case 'image':
      return `![${node.alt ?? ''}](${node.url})`;
    case 'imageReference':
      return `![${node.alt ?? ''}][${node.label ?? node.identifier}]`;
    case 'break':
      return '\n';
    case 'html':
      return BREAK_TAG.test(node.value.trim()) ? '\n' : node.value;
    case 'footnoteReference':
      return '';
    default:
      return toString(node as Nodes);
  }
}

/** Collapse the spaces a line break or a dropped marker leaves behind, keep real newlines. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A cell's words without markup: backticks, emphasis and links reduced to their text. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return '';
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** A cell as markdown (see `inlineMarkdown`). */
export function cellMarkdown(cell: TableCell | undefined): string {
  return cell ? inlineMarkdown(cell.children) : '';
}

/** The header row's cells as lower-case words (`Required`, `required` -> `required`). */
export function headerWords(table: Table): string[] {
  const head = table.children[0];
  return head ? head.children.map((cell) => plainText(cell).toLowerCase()) : [];
}

/** Where a node starts, as a model SourceRef (line 1 when the node carries no position). */
export function sourceOf(node: { position?: { start: { line: number; column: number } } } | undefined, file: string): SourceRef {
  const start = node?.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** The data rows of a table (everything after the header). */
export function bodyRows(table: Table): TableRow[] {
  return table.children.slice(1);
}
