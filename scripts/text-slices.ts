// Long text a slice at a time, for code that turns it into bytes (writing it, hashing it): a 100 MB
// string encoded whole is a second copy of it beside the string. A slice never ends inside a
// surrogate pair, so the slices' UTF-8 bytes are exactly the whole text's.

/** Characters per slice. */
export const SLICE = 1 << 20;

export function* textSlices(text: string, size = SLICE): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
    yield text.slice(start, end);
    start = end;
  }
}
