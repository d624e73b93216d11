// A page parsed in pieces gives the tree, and the page result, of one parse of the whole text
// (scripts/parse/markdown.ts): on real pages of every shape, and on the fuzzer's mutations of them,
// with pieces made tiny so that every page is cut in many places.
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';
import { parseInPieces, parseMarkdown } from '../../scripts/parse/markdown.js';
import { flattenDeepNesting } from '../../scripts/parse/nesting.js';
import { mutationArb, mutate } from '../../scripts/fuzz-pipeline.js';
import { PAGES, read, TRAPS } from './markdown-fixtures.js';

const whole = unified().use(remarkParse).use(remarkGfm);

describe('parseMarkdown in pieces', () => {
  it.each(PAGES)('%s: the same tree as one parse, with pieces of 1000 characters', (path) => {
    const text = read(path);
    const expected = whole.parse(text);
    expect(parseMarkdown(text, { chunkBytes: 1000 })).toEqual(expected);
  });

  it('the traps: the same tree, definitions used across pieces resolved as in one parse', () => {
    const text = `${TRAPS}\n${read('docs-source/version.md')}\n${TRAPS}`;
    const expected = whole.parse(text);
    for (const size of [20, 100, 1000]) expect(parseMarkdown(text, { chunkBytes: size })).toEqual(expected);
    // `[in-code]` is no definition (it sits in a code block): used elsewhere it stays text.
    expect(JSON.stringify(expected)).toContain('[in-code] and');
  });

  it('hands the nodes over piece by piece, and says when its guess of the definitions was wrong', () => {
    const text = `${TRAPS}\n${TRAPS}`;
    const counts: number[] = [];
    const first = parseInPieces(text, (nodes) => counts.push(nodes.length), { chunkBytes: 100 });
    expect(counts.length).toBeGreaterThan(5);
    // The `[in-code]: ...` line looked like a definition and was used: a second pass is needed.
    expect(first.exact).toBe(false);
    expect([...first.definitions.keys()].sort()).toEqual(['^note', 'later', 'quoted']);
    expect(parseInPieces(text, () => {}, { chunkBytes: 100, definitions: first.definitions }).exact).toBe(true);
    // A real page guesses right: one pass.
    expect(parseInPieces(read('docs-source/projects.md'), () => {}, { chunkBytes: 1000 }).exact).toBe(true);
  });

  it('on mutated pages too (15 cases)', () => {
    const texts = PAGES.map(read);
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 200, max: 4000 }), (page, mutations, size) => {
      // As parsePage does: nesting cut to 100 levels first (one parse of 10,000 levels takes minutes).
      const text = flattenDeepNesting(mutate(texts[page], mutations), 'x.md').text;
      expect(parseMarkdown(text, { chunkBytes: size })).toEqual(whole.parse(text));
    }), { numRuns: 15 });
  }, 120_000);
});

describe('parsePage in pieces', () => {
  it.each(PAGES)('%s: the same page result', (path) => {
    const text = read(path);
    expect(parsePage(path, text, { chunkBytes: 1000 })).toEqual(parsePage(path, text));
  });
});
