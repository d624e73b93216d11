// Markdown text -> mdast (remark-parse + remark-gfm), handed over a piece at a time. micromark
// holds every event of the text it is given, about 300 bytes per input byte: a 4.6 MB page peaked
// at 1.4 GB and a 20 MB one at 4.1 GB, most of its time spent in the garbage collector. A page over
// WHOLE_BYTES is parsed in pieces that each start where a top-level node starts, and each piece's
// top-level nodes go to the caller (positions in page terms) before the next piece is parsed: the
// nodes one parse of the whole text gives (test/parse/markdown.test.ts compares them), in memory
// bounded by a piece.
//
// Why a piece ends where it does: a top-level node that starts before the piece's end is decided by
// the lines up to its start; only the last node of a piece may be cut short (a list, a code block
// or a table that goes on past the end). So a piece's last top-level node is dropped and the next
// piece starts on the line where that node starts. Ending a piece just after a `#` heading line
// makes that last node usually the heading itself, so little is parsed twice.
//
// Link and footnote definitions hold across the whole page (`[text][ce-13060]` resolves against a
// definition at the bottom). The definitions are guessed from the text first (lines shaped like
// `[label]: ...`), and a piece that uses a guessed label is parsed with that definition put before
// it (the put nodes removed). If the guess turns out wrong (a `[label]: x` line inside a code
// block, used as `[label]` elsewhere), the caller parses again with the definitions the pieces
// really held: exact either way, twice the work only then.
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { parseBySections, type SectionMemo } from './markdown-sections.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * A larger page is parsed in pieces of about this many characters. Small enough that a piece's
 * events (~300 bytes per character) die in V8's young generation: 64 KB pieces left more garbage for full
 * collections and peaked higher (a 20 MB page, 1118 MB against 883-1076 MB), at the same CPU time.
 */
export const CHUNK_BYTES = 16 * 1024;

/**
 * Pages up to this many characters are parsed in one go all the same (~75 MB of events at most): a
 * page of GitLab's docs (up to 180 KB, today's merge_requests.md) in 16 KB pieces cost about a tenth
 * more time (the node cut at the end of each piece is parsed twice), for memory that only a page of
 * megabytes needs.
 */
export const WHOLE_BYTES = 256 * 1024;

/** Definitions by normalized label (`^label` for footnotes), each with a line that defines it. */
export type Definitions = Map<string, string>;

export interface PiecesOptions {
  chunkBytes?: number;
  /**
   * The sections parsed last time and those of this parse (scripts/parse/markdown-sections.ts):
   * a page up to WHOLE_BYTES is then parsed section by section, reusing the sections whose text came again.
   */
  sections?: SectionMemo;
  /** The page's definitions, when known (a second pass); else guessed from the text. */
  definitions?: Definitions;
}

export interface PiecesResult {
  /** False when the guessed definitions were wrong: parse again with `definitions`. */
  exact: boolean;
  /** The definitions the pieces held. */
  definitions: Definitions;
}

/** The whole tree, as one parse gives it (large pages parsed in pieces, or by sections with `sections`). */
export function parseMarkdown(text: string, options: Omit<PiecesOptions, 'definitions'> = { chunkBytes: CHUNK_BYTES }): Root {
  let children: RootContent[] = [];
  const collect = (nodes: RootContent[]) => {
    for (const node of nodes) children.push(node);
  };
  const first = parseInPieces(text, collect, options);
  if (!first.exact) {
    children = [];
    options.sections?.next.clear();
    parseInPieces(text, collect, { ...options, definitions: first.definitions });
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) } };
}

/** Parses `text` piece by piece, giving each piece's top-level nodes to `onNodes` in page order. */
export function parseInPieces(page: string, onNodes: (nodes: RootContent[]) => void, options: PiecesOptions = {}): PiecesResult {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  // micromark drops a byte order mark at the start and counts offsets without it: so do the pieces.
  const text = page.charCodeAt(0) === 0xfeff ? page.slice(1) : page;
  if (options.sections && text.length <= WHOLE_BYTES) return parseBySections(text, onNodes, options.sections, options.definitions);
  if (text.length <= (options.chunkBytes ?? WHOLE_BYTES)) {
    onNodes(processor.parse(text).children);
    return { exact: true, definitions: new Map() };
  }
  const known = options.definitions ?? guessDefinitions(text);
  const found: Definitions = new Map();
  /** Labels put before a piece that did not define them itself. */
  const borrowed = new Set<string>();
  let offset = 0;
  let line = 1;
  let size = chunkBytes;
  while (offset < text.length) {
    const end = pieceEnd(text, offset + size, chunkBytes);
    const pieceText = text.slice(offset, end);
    const { labels, prefix } = definitionsBefore(pieceText, known);
    const tree = parsePiece(prefix, pieceText);
    let kept = pieceText;
    if (end < text.length) {
      const lastStart = tree.children.at(-1)?.position?.start.offset;
      // The next piece starts at the beginning of the line where the last node starts.
      const next = lastStart === undefined ? 0 : lineStart(pieceText, lastStart);
      if (next <= 0) {
        // One node fills the piece (a long list or code block): take a larger piece.
        size *= 2;
        continue;
      }
      tree.children.pop();
      kept = pieceText.slice(0, next);
    }
    const own = definitionsOf(tree);
    for (const [label, definition] of own) if (!found.has(label)) found.set(label, definition);
    for (const label of labels) if (!own.has(label)) borrowed.add(label);
    shiftPositions(tree, line - 1, offset);
    onNodes(tree.children);
    line += countLines(kept);
    offset += kept.length;
    size = chunkBytes;
  }
  return { exact: options.definitions !== undefined || guessHeld(known, borrowed, found), definitions: found };
}

/** The guessed definitions a piece uses, and the text to put before it that defines them. */
export function definitionsBefore(piece: string, known: Definitions): { labels: string[]; prefix: string } {
  const labels = [...labelsUsed(piece)].filter((label) => known.has(label));
  // Blank lines between (a footnote's text would take in the next line), and a thematic break
  // after them, which closes a footnote definition that would take in an indented first line.
  const prefix = labels.length ? `${labels.map((label) => known.get(label)).join('\n\n')}\n\n***\n` : '';
  return { labels, prefix };
}

/**
 * Whether the guess was right: every label put before a piece (`borrowed`, not defined in that
 * piece) is a real definition, and every real one (`found`) was guessed.
 */
export function guessHeld(known: Definitions, borrowed: Set<string>, found: Definitions): boolean {
  return [...borrowed].every((label) => found.has(label)) && [...found.keys()].every((label) => known.has(label));
}

/**
 * The end of a piece: just past the first `#` heading line at or after `from` (within half a piece
 * further on), else the end of the line `from` is in.
 */
function pieceEnd(text: string, from: number, chunkBytes: number): number {
  if (from >= text.length) return text.length;
  const start = lineStart(text, from);
  const window = text.slice(start, Math.min(text.length, from + chunkBytes / 2));
  // (JavaScript's `^` also matches after U+2028, which micromark does not count as a line break:
  // then the piece just ends at another line; where a piece ends never changes the tree.)
  const heading = /^#{1,6}(?:[ \t]|$)/m.exec(window);
  const ending = LINE_ENDING();
  ending.lastIndex = heading ? start + heading.index : from;
  const found = ending.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** Line endings as micromark counts them: CRLF, CR alone, LF. */
const LINE_ENDING = () => /\r\n?|\n/g;

/** Where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

export function countLines(text: string): number {
  let n = 0;
  const ending = LINE_ENDING();
  while (ending.exec(text)) n++;
  return n;
}

function endOf(text: string): { line: number; column: number; offset: number } {
  return { line: countLines(text) + 1, column: text.length - lineStart(text, text.length) + 1, offset: text.length };
}

/**
 * Parses `text` after `prefix`, and gives the tree of `text` alone, its positions relative to
 * `text`. The prefix closes everything it opens, so `text` starts as on a fresh page; a blank line
 * keeps a byte order mark starting a piece (micromark drops one at the very start of its input).
 */
export function parsePiece(prefix: string, text: string): Root {
  const before = prefix === '' && text.charCodeAt(0) === 0xfeff ? '\n' : prefix;
  if (before === '') return processor.parse(text);
  const tree = processor.parse(before + text);
  tree.children = tree.children.filter((node: RootContent) => (node.position?.start.offset ?? 0) >= before.length);
  shiftPositions(tree, -countLines(before), -before.length);
  return tree;
}

/** Moves every position of the tree down `lines` lines and on `offset` characters (columns stay). */
export function shiftPositions(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position;
    if (position) {
      position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset };
      position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset };
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

/** micromark's label matching: whitespace runs collapsed, trimmed, case folded. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

/** A line that defines `label` (whatever its target: only the label matters for resolving). */
function definitionLine(label: string, footnote: boolean): string {
  return `[${footnote ? '^' : ''}${label.replace(/\s+/g, ' ')}]: x`;
}

/** The definitions a tree holds. */
export function definitionsOf(tree: Root): Definitions {
  const found: Definitions = new Map();
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier;
      const footnote = node.type === 'footnoteDefinition';
      found.set((footnote ? '^' : '') + normalizeLabel(label), definitionLine(label, footnote));
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return found;
}

/**
 * Lines shaped like a definition, after any block quote or list markers: every real definition
 * and maybe a few more (inside code blocks, in the middle of a paragraph).
 */
export function guessDefinitions(text: string): Definitions {
  const guessed: Definitions = new Map();
  const shape = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*\[(\^?)((?:[^[\]\\]|\\[\s\S]){1,999})\]:/gm;
  for (const match of text.matchAll(shape)) {
    const key = match[1] + normalizeLabel(match[2]);
    if (!guessed.has(key)) guessed.set(key, definitionLine(match[2], match[1] === '^'));
  }
  return guessed;
}

/** Every `[...]` of a text that could be a reference label (`^label` for a footnote call). */
function labelsUsed(text: string): Set<string> {
  const used = new Set<string>();
  for (const match of text.matchAll(/\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g)) used.add(normalizeLabel(match[1]));
  return used;
}

/** The nodes that hold blocks; every other node holds inline content or nothing. */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * Visits `node` and the blocks inside it (headings, code, definitions, tables, paragraphs...),
 * without walking inline content: a block is never inside a paragraph, a heading or a table, and
 * their text, links and cells are most of a page's nodes (a table-heavy page has ten inline nodes
 * for each block).
 */
export function visitBlocks(node: Nodes, visitor: (node: Nodes, index: number | undefined, parent: Parents | undefined) => void): void {
  visit(node, (child, index, parent) => {
    visitor(child, index, parent);
    return BLOCK_CONTAINERS.has(child.type) ? undefined : SKIP;
  });
}
