import { describe, expect, test } from 'vitest';
import { inlineMarkdown, plainText, sourceOf } from '../../scripts/parse/cell-text.js';
import { nodeOf } from './markdown-node.js';

const md = (markdown: string) => inlineMarkdown(nodeOf(markdown, 'paragraph').children);

describe('inlineMarkdown', () => {
  test.each([
    ['code, emphasis, strong and links survive', 'Use `a` _now_ with **care**, see [docs](x.md#y).', 'Use `a` _now_ with **care**, see [docs](x.md#y).'],
    ['<br> is a newline', 'one<br>two<br/>three<br />four', 'one\ntwo\nthree\nfour'],
    ['spaces around <br> go', 'one <br> two', 'one\ntwo'],
    ['<sup> footnote markers go', 'by `similarity` <sup>1</sup>, `name`', 'by `similarity`, `name`'],
    ['<sup> that is not a marker stays', 'x<sup>note text</sup>', 'x<sup>note text</sup>'],
    ['reference links keep their label', 'see [Introduced][ce-1] and [this]', 'see [Introduced][ce-1] and [this]'],
    ['soft line breaks are kept as newlines', 'one\ntwo', 'one\ntwo'],
  ])('%s', (_name, given, want) => {
    expect(md(`${given}\n\n[ce-1]: https://x\n[this]: https://y`)).toBe(want);
  });
});

describe('plainText and sourceOf', () => {
  test('plain text drops markup', () => {
    expect(plainText(nodeOf('`Array[String]` **or** _x_', 'paragraph'))).toBe('Array[String] or x');
  });
  test('sourceOf copies the start position; a node without position is line 1', () => {
    expect(sourceOf(nodeOf('\n\ntext', 'paragraph'), 'f.md')).toEqual({ file: 'f.md', line: 3, column: 1 });
    expect(sourceOf({}, 'f.md')).toEqual({ file: 'f.md', line: 1, column: 1 });
  });
});
