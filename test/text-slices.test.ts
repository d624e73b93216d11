import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textSlices } from '../scripts/text-slices.js';
import { sha256 } from '../scripts/output-stamps.js';

describe('textSlices', () => {
  it.each([
    ['shorter than a slice', 'abc', 4, ['abc']],
    ['slices of the size asked, the last one shorter', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    // '😀' is a surrogate pair: the slice ends before it rather than between its halves.
    ['a surrogate pair across a slice end stays whole', 'abc😀def', 4, ['abc', '😀de', 'f']],
    ['empty text: no slice', '', 4, []],
  ])('%s', (_, text, size, want) => {
    expect([...textSlices(text, size)]).toEqual(want);
  });
});

describe('sha256 of long text', () => {
  it('is the hash of its UTF-8 bytes, whatever falls at a slice end', () => {
    // A surrogate pair straddling the first slice end (2^20 characters) and text on both sides.
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'é'.repeat(1000)}`;
    expect(sha256(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
  });
});
