// A page parsed section by section, reusing the sections of its last parse
// (scripts/parse/markdown-sections.ts), gives the tree and the page result of one parse of the
// whole text, and runs micromark only on the sections whose text changed.
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/parse/index.js';
import { parseMarkdown } from '../../scripts/parse/markdown.js';
import { sectionStarts, type SectionMemo, type StoredSection } from '../../scripts/parse/markdown-sections.js';
import { flattenDeepNesting } from '../../scripts/parse/nesting.js';
import { mutationArb, mutate } from '../../scripts/fuzz-pipeline.js';
import { PAGES, read, TRAPS } from './markdown-fixtures.js';

const whole = unified().use(remarkParse).use(remarkGfm);

/** A memo holding what `last` put in its `next`: the state a second parse of the page starts from. */
const after = (last?: SectionMemo): SectionMemo => ({ previous: last?.next ?? new Map(), next: new Map() });

/** The sections of `memo.next` that were parsed in this parse (not taken from `memo.previous`). */
const parsedNow = (memo: SectionMemo): StoredSection[] => {
  const reused = new Set(memo.previous.values());
  return [...memo.next.values()].filter((section) => !reused.has(section));
};

/** Cuts a fence, an HTML block or a list could make wrong: each heading-like line below is inside something or ends it. */
const SECTION_TRAPS = [
  '# Fences', '````md', '```', '# inside a four-backtick fence, after a shorter one', '````', '',
  '~~~', '```', '# inside a tilde fence', '~~~',
  '## Right after a fence', '```', 'never closed before the next heading line', '#', '```',
  '<!-- a comment', '', '# inside, after a blank line', '-->', '# after the comment',
  '<pre>', '', '# inside pre', '</pre>', '| a | b |', '| - | - |', '| 1 | 2 |', '# ends the table',
  '1. one', '   # inside the item', '# ends the list', 'lazy', '# interrupts the paragraph',
  'a line\u2028# not a new line for micromark', '#hashtag is text', '#\tTabbed', '###### Six', '####### seven is text', '',
].join('\n');

describe('parse by sections', () => {
  it.each([...PAGES])('%s: the same tree as one parse, first from nothing, then reusing every section', (path) => {
    const text = read(path);
    const expected = whole.parse(text);
    const first = after();
    expect(parseMarkdown(text, { sections: first })).toEqual(expected);
    expect(first.next.size).toBeGreaterThanOrEqual(3);
    const second = after(first);
    expect(parseMarkdown(text, { sections: second })).toEqual(expected);
    expect(parsedNow(second)).toEqual([]);
    expect(second.next.size).toBe(first.next.size);
  });

  it('the traps: the same tree; a section ending in an open fence or an HTML block is read with the next', () => {
    for (const text of [SECTION_TRAPS, `${TRAPS}\n${SECTION_TRAPS}\n${TRAPS}`, SECTION_TRAPS.replace(/\n/g, '\r\n')]) {
      const memo = after();
      expect(parseMarkdown(text, { sections: memo })).toEqual(whole.parse(text));
      expect(parseMarkdown(text, { sections: after(memo) })).toEqual(whole.parse(text));
    }
    // Sections kept: none ends open (those were read with the next), and none starts inside a fence
    // or an HTML block. An HTML block is taken as open even when closed (`-->`): the comment's
    // section is read with the next one.
    const memo = after();
    parseMarkdown(SECTION_TRAPS, { sections: memo });
    expect([...memo.next.values()].filter((s) => s.open)).toEqual([]);
    expect([...memo.next.keys()].map((key) => key.split('\0')[1].split('\n')[0])).toEqual(
      ['# Fences', '## Right after a fence', '# ends the table', '# ends the list', '# interrupts the paragraph', '#\tTabbed', '###### Six']);
  });

  it('where sections start: `#` heading lines, not after U+2028, not `#hashtag` or seven `#`', () => {
    const text = 'intro\n# one\ntext #two\n#three\n##\n####### seven\r\n## crlf\ra\u2028# no\n#\ttab';
    expect(sectionStarts(text).map((at) => text.slice(at).split(/[\r\n]/)[0])).toEqual(['# one', '##', '## crlf', '#\ttab']);
  });

  it('after an edit, only the edited section is parsed again', () => {
    const text = read('docs-source/projects.md');
    const sentence = 'Get a list of all visible projects across GitLab for the authenticated user.';
    expect(text).toContain(sentence);
    const first = after();
    parseMarkdown(text, { sections: first });
    const edited = text.replace(sentence, `${sentence} With [a link][unknown] and a second line\nof text.`);
    const second = after(first);
    expect(parseMarkdown(edited, { sections: second })).toEqual(whole.parse(edited));
    expect(parsedNow(second)).toHaveLength(1);
    expect(JSON.parse(parsedNow(second)[0].nodes)[1].children[0].value).toContain('With [a link][unknown]');
    // A definition added at the bottom changes how the sections that use its label read: those are parsed again.
    const defined = `${edited}\n[unknown]: https://example.com\n`;
    const third = after(second);
    expect(parseMarkdown(defined, { sections: third })).toEqual(whole.parse(defined));
    expect(parsedNow(third)).toHaveLength(2);
  });

  it('on mutated pages, from the sections of the page before the mutation (10 cases)', () => {
    const texts = PAGES.map(read);
    const memos = texts.map((text) => {
      const memo = after();
      parseMarkdown(text, { sections: memo });
      return memo;
    });
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (page, mutations) => {
      const text = flattenDeepNesting(mutate(texts[page], mutations), 'x.md').text;
      expect(parseMarkdown(text, { sections: after(memos[page]) })).toEqual(whole.parse(text));
    }), { numRuns: 10 });
  }, 120_000);

  it.each(PAGES)('%s: parsePage by sections gives the same page result', (path) => {
    const text = read(path);
    const expected = parsePage(path, text);
    const memo = after();
    expect(parsePage(path, text, { sections: memo })).toEqual(expected);
    expect(parsePage(path, text, { sections: after(memo) })).toEqual(expected);
  });
});
