// Availability and history blocks, in both syntaxes GitLab has used, page-level or section-level:
//   Hugo (2025-):   {{< details >}} - Tier: Free, Premium {{< /details >}}, {{< history >}} ... {{< /history >}}
//   legacy (-2024): DETAILS: **Tier:** Free, Premium, then `> - Introduced in ...` history lists
//   11.x:           `> [Introduced][ce-123] in GitLab 9.5.` one-line history notes
// Availability becomes data; history is dropped (it lists attributes, so it must never be read as
// parameters nor end up in descriptions); alerts ({{< alert >}}, NOTE:, WARNING:, FLAG:) stay prose.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Availability } from '../model.js';

export interface Annotated {
  /** The nodes that remain content: everything but details/history blocks and shortcode markers. */
  content: RootContent[];
  /** From the first details block among the nodes, if any. */
  availability?: Availability;
}

const SHORTCODE = /^\{\{<\s*(\/?)\s*([a-z_-]+)[^}]*>\}\}$/i;
const AVAILABILITY_LINE = /^\s*[-*]?\s*(tier|offering|status)\s*:\s*(.+)$/i;
const HISTORY_NOTE = /^\[?(introduced|moved|changed|deprecated|removed|renamed)\b/i;

/** Splits availability and history blocks out of a run of sibling nodes. */
export function annotate(nodes: RootContent[]): Annotated {
  const content: RootContent[] = [];
  let availability: Availability | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const marker = shortcode(node);
    if (marker && !marker.closing && (marker.name === 'details' || marker.name === 'history')) {
      const end = findClosing(nodes, i + 1, marker.name);
      if (marker.name === 'details') {
        const found = readAvailability(nodes.slice(i + 1, end + 1).map(blockText).join('\n'));
        availability ??= found;
      }
      i = end;
      continue;
    }
    if (marker) continue; // alert markers and stray closers: the prose between them stays
    if (node.type === 'paragraph' && /^DETAILS:/.test(toString(node))) {
      let text = toString(node);
      // `DETAILS:` alone, with the Tier lines in the following paragraph(s)
      while (!AVAILABILITY_LINE.test(text.split('\n').slice(1).join('\n')) && isAvailabilityParagraph(nodes[i + 1])) {
        text += '\n' + toString(nodes[++i]);
      }
      availability ??= readAvailability(text);
      continue;
    }
    if (isHistory(node)) continue;
    content.push(node);
  }
  return availability ? { content, availability } : { content };
}

/** Reads `Tier:`/`Offering:`/`Status:` lines (with or without `**`, as list items or not). */
export function readAvailability(text: string): Availability | undefined {
  const result: Availability = {};
  for (const line of text.split('\n')) {
    const match = AVAILABILITY_LINE.exec(line.replace(/\*\*/g, ''));
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    if (key === 'status') result.status = value;
    else {
      const values = value.split(/\s*,\s*/).map((v) => v.trim()).filter(Boolean);
      if (key === 'tier') result.tier = values;
      else result.offering = values;
    }
  }
  return Object.keys(result).length ? result : undefined;
}

/** Merges section availability over the page's: the section's keys win. */
export function mergeAvailability(page?: Availability, section?: Availability): Availability | undefined {
  if (!page && !section) return undefined;
  return { ...page, ...section };
}

/** Text of a block, one line per list item (toString would glue the items together). */
function blockText(node: RootContent): string {
  return node.type === 'list' ? node.children.map((item) => toString(item)).join('\n') : toString(node);
}

function shortcode(node: RootContent | undefined): { name: string; closing: boolean } | undefined {
  if (!node || (node.type !== 'paragraph' && node.type !== 'html')) return undefined;
  const match = SHORTCODE.exec(toString(node).trim() || (node.type === 'html' ? node.value.trim() : ''));
  return match ? { name: match[2].toLowerCase(), closing: match[1] === '/' } : undefined;
}

function findClosing(nodes: RootContent[], from: number, name: string): number {
  for (let j = from; j < nodes.length; j++) {
    const marker = shortcode(nodes[j]);
    if (marker?.closing && marker.name === name) return j;
    // an unclosed block must not swallow the page: it ends at the next heading
    if (nodes[j].type === 'heading') return j - 1;
  }
  return nodes.length - 1;
}

function isAvailabilityParagraph(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && AVAILABILITY_LINE.test(toString(node).replace(/\*\*/g, '').split('\n')[0]);
}

/** `> - Introduced in ...` lists, and 11.x `> Introduced in GitLab 9.5.` notes. */
function isHistory(node: RootContent): boolean {
  if (node.type !== 'blockquote' || node.children.length === 0) return false;
  const first = node.children[0];
  if (first.type === 'list') return node.children.every((c) => c.type === 'list');
  return node.children.length === 1 && first.type === 'paragraph' && HISTORY_NOTE.test(toString(first).trim());
}
