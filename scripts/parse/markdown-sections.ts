// A page parsed section by section, each section's tree kept for the next parse of the page: after
// an edit, only the sections whose text changed go through micromark again. The user's main loop
// (the docs change, regenerate) changes a page or two a few lines at a time, and micromark's
// first run in a fresh process is most of what a changed page costs (projects.md: about 0.5 s of
// 0.55 s, its code not yet compiled by V8).
//
// A section runs from a `#` heading line (at the start of a line) to the next. A heading there
// starts a new top-level block whatever comes before it (it interrupts a paragraph, ends a list,
// a quote, a table, indented code), except inside a fenced code block or an HTML block still open
// at that line. So each section's last top-level node says whether the cut holds: when it is an
// HTML block, or a fence not yet closed, the section is read together with the next one. Link and
// footnote definitions hold across sections as across the pieces of a large page
// (scripts/parse/markdown.ts): the same guessed definitions are put before a section that uses
// them, and the caller checks the guess the same way.
import type { Code, RootContent } from 'mdast';
import { countLines, definitionsBefore, definitionsOf, guessDefinitions, guessHeld, parsePiece, shiftPositions, type Definitions, type PiecesResult } from './markdown.js';

/** A section as parsed: what the next parse of the page reuses when the same text comes again. */
export interface StoredSection {
  /** Its top-level nodes as JSON, positions relative to the section (its first line is line 1, offset 0). */
  nodes: string;
  /** The definitions it holds, as `Definitions` entries. */
  definitions: [string, string][];
  /** Its last node may take in the heading line after it (an open fence, an HTML block): it cannot end there. */
  open: boolean;
}

/** The sections of a page's last parse, and this parse's, each by what was parsed (the definitions put before it, then its text). */
export interface SectionMemo {
  previous: ReadonlyMap<string, StoredSection>;
  next: Map<string, StoredSection>;
}

/** Where each section after the first starts: the start of every line opening with a `#` heading marker. */
export function sectionStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/^#{1,6}(?=[ \t\r\n]|$)/gm)) {
    // JavaScript's `^` also matches after U+2028, which micromark does not count as a line break.
    const before = text.charCodeAt(match.index - 1);
    if (match.index > 0 && (before === 10 || before === 13)) starts.push(match.index);
  }
  return starts;
}

/** Parses `text` section by section, reusing the sections of `memo.previous`, and gives their top-level nodes to `onNodes` in page order. */
export function parseBySections(text: string, onNodes: (nodes: RootContent[]) => void, memo: SectionMemo, definitions?: Definitions): PiecesResult {
  const known = definitions ?? guessDefinitions(text);
  const found: Definitions = new Map();
  const borrowed = new Set<string>();
  const bounds = [0, ...sectionStarts(text), text.length];
  let line = 1;
  for (let from = 0; from < bounds.length - 1;) {
    let to = from + 1;
    for (;;) {
      const sectionText = text.slice(bounds[from], bounds[to]);
      const { labels, prefix } = definitionsBefore(sectionText, known);
      const key = `${prefix}\0${sectionText}`;
      const stored = memo.next.get(key) ?? memo.previous.get(key);
      const parsed = stored ? undefined : parseSection(prefix, sectionText);
      const section = stored ?? parsed!.stored;
      if (section.open && to < bounds.length - 1) {
        to++;
        continue;
      }
      memo.next.set(key, section);
      const nodes = parsed?.nodes ?? (JSON.parse(section.nodes) as RootContent[]);
      for (const [label, definition] of section.definitions) if (!found.has(label)) found.set(label, definition);
      const own = new Set(section.definitions.map(([label]) => label));
      for (const label of labels) if (!own.has(label)) borrowed.add(label);
      shiftPositions({ type: 'root', children: nodes }, line - 1, bounds[from]);
      onNodes(nodes);
      line += countLines(sectionText);
      break;
    }
    from = to;
  }
  return { exact: definitions !== undefined || guessHeld(known, borrowed, found), definitions: found };
}

function parseSection(prefix: string, text: string): { stored: StoredSection; nodes: RootContent[] } {
  const tree = parsePiece(prefix, text);
  const last = tree.children.at(-1);
  const open = last?.type === 'html' || (last?.type === 'code' && openFence(last, text));
  const stored = { nodes: JSON.stringify(tree.children), definitions: [...definitionsOf(tree)], open };
  return { stored, nodes: tree.children };
}

/** A fenced code block whose closing fence is not in `text` (which its positions index). */
function openFence(code: Code, text: string): boolean {
  const source = text.slice(code.position?.start.offset ?? 0, code.position?.end.offset ?? text.length);
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(source);
  if (!opening) return false; // indented code: a heading line at the start of a line ends it
  const lines = source.split(/\r\n?|\n/);
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1) ?? '');
  return lines.length < 2 || !closing || closing[1][0] !== opening[1][0] || closing[1].length < opening[1].length;
}
