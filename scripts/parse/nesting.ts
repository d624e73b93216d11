// A pass over the page text before remark sees it: block quotes and lists nested deeper than any
// real page goes are cut to MAX_NESTING levels. micromark's cost grows with the square of the depth,
// and past a few thousand levels it overflows the stack: 10,000 `- ` on one 20 KB line took 141 s,
// then the page and its endpoints were lost. The real pages nest 4 levels at most.
//
// A line's depth is bounded by its prefix: each `>` or list marker opens at most one level, and a
// level continued from the lines above takes at least 2 columns of indentation (`- ` is the
// narrowest list marker). So a line whose prefix counts more than MAX_NESTING levels keeps the
// prefix up to that point and loses the rest of it (markers and indentation); its text stays.
// Lines are never added or removed, so every position still points at the page's real line.
import type { Diagnostic } from '../model.js';

export const MAX_NESTING = 100;

/** A line can only reach MAX_NESTING levels with that many prefix characters (`>` is one). */
const CANDIDATE = new RegExp(`^[ \\t>*+\\-0-9.)]{${MAX_NESTING},}`, 'gm');

interface Cut {
  line: number;
  column: number;
  depth: number;
}

export function flattenDeepNesting(text: string, file: string): { text: string; diagnostics: Diagnostic[] } {
  const cuts: Cut[] = [];
  const parts: string[] = [];
  let copied = 0;
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const prefix = scanPrefix(text, start);
    if (prefix.cutAt < 0) continue;
    line += countBreaks(text, counted, start);
    counted = start;
    cuts.push({ line, column: prefix.cutAt - start + 1, depth: prefix.depth });
    parts.push(text.slice(copied, prefix.cutAt));
    copied = prefix.end;
  }
  if (cuts.length === 0) return { text, diagnostics: [] };
  parts.push(text.slice(copied));
  return { text: parts.join(''), diagnostics: report(cuts, file) };
}

/** Lines end at LF, CR or CRLF, as in micromark (JavaScript's `^` also breaks at U+2028: a few more candidates, no harm). */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The container prefix of the line at `start`: how many levels it opens or continues (`depth`),
 * where it ends, and where the level past MAX_NESTING starts (-1 when it stays within).
 */
function scanPrefix(text: string, start: number): { depth: number; end: number; cutAt: number } {
  let i = start;
  let markers = 0;
  let columns = 0; // indentation not part of a marker
  let cutAt = -1;
  const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === undefined;
  for (;;) {
    const c = text[i];
    let next = i;
    if (c === ' ') {
      columns += 1;
      next = i + 1;
    } else if (c === '\t') {
      columns += 4;
      next = i + 1;
    } else if (c === '>') {
      markers++;
      next = text[i + 1] === ' ' ? i + 2 : i + 1;
    } else if ((c === '-' || c === '+' || c === '*') && blank(text[i + 1])) {
      markers++;
      next = text[i + 1] === ' ' || text[i + 1] === '\t' ? i + 2 : i + 1;
    } else if (c !== undefined && c >= '0' && c <= '9') {
      let j = i;
      while (j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
      if ((text[j] !== '.' && text[j] !== ')') || !blank(text[j + 1])) break;
      markers++;
      next = text[j + 1] === ' ' || text[j + 1] === '\t' ? j + 2 : j + 1;
    } else {
      break;
    }
    if (cutAt < 0 && markers + Math.floor(columns / 2) > MAX_NESTING) cutAt = i;
    i = next;
  }
  return { depth: markers + Math.floor(columns / 2), end: i, cutAt };
}

/** One diagnostic per run of consecutive cut lines, at the first one. */
function report(cuts: Cut[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < cuts.length;) {
    let j = i + 1;
    while (j < cuts.length && cuts[j].line === cuts[j - 1].line + 1) j++;
    const first = cuts[i];
    const deepest = cuts.slice(i, j).reduce((max, c) => Math.max(max, c.depth), 0);
    const more = j - i - 1;
    diagnostics.push({
      file, line: first.line, column: first.column, ruleId: 'deep-nesting', severity: 'warning',
      reason: `block quotes or lists nested ${deepest} levels deep${more > 0 ? ` (this line and the ${more} after it)` : ''}; ` +
        `the levels past ${MAX_NESTING} were dropped before parsing`,
    });
    i = j;
  }
  return diagnostics;
}
