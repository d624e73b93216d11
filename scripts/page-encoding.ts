// Bytes of a docs page -> text. A byte order mark decides the encoding (UTF-8, UTF-16 LE or BE);
// without one a page is UTF-8, and a page that is not valid UTF-8 is read as Windows-1252 (what
// "Latin-1" pages in the wild are; the WHATWG Encoding standard reads `latin1` the same way) with
// a warning. Only a page that cannot be text at all (NUL bytes without a BOM, UTF-32) is refused.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from './model.js';

export type DecodedPage =
  | { text: string; encoding: string; problem?: Omit<Diagnostic, 'file'> }
  | { text?: undefined; problem: Omit<Diagnostic, 'file'> };

const at = { line: 1, column: 1 };

/** Git's rule of thumb: a NUL byte in the first 8000 bytes means binary. */
const SNIFF = 8000;

export function decodePage(bytes: Uint8Array): DecodedPage {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refuse('UTF-32 (by its byte order mark), which is not read; save the page as UTF-8');
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeWithBom('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeWithBom('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeWithBom('utf-16be', bytes.subarray(2));
  const nul = bytes.subarray(0, SNIFF).indexOf(0);
  if (nul >= 0) return refuse(`not a text file: a NUL byte at byte ${nul} (a UTF-16 page needs a byte order mark)`);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const controls = bytes.subarray(0, SNIFF).filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b).length;
  if (controls > Math.min(bytes.length, SNIFF) / 100) {
    return refuse(`not a text file: neither UTF-8 nor text in Windows-1252 (${controls} control bytes in the first ${Math.min(bytes.length, SNIFF)})`);
  }
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    problem: {
      line: lineOf(bytes, invalid), column: 1, ruleId: 'not-utf8', severity: 'warning',
      reason: `not valid UTF-8 (byte 0x${bytes[invalid].toString(16).toUpperCase()} at byte ${invalid}); read as Windows-1252 (Latin-1)`,
    },
  };
}

/**
 * WHATWG's windows-1252 for bytes 0x80-0x9F (the rest is Latin-1). Node's own TextDecoder reads
 * these bytes as Latin-1 control characters (nodejs/node#56542: `0x92` gives U+0092, not `’`).
 */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => C1[c.charCodeAt(0) - 0x80]);
}

function refuse(reason: string): DecodedPage {
  return { problem: { ...at, ruleId: 'binary-file', severity: 'error', reason: `${reason}; left out` } };
}

function decodeWithBom(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', body: Uint8Array): DecodedPage {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    // The mark says what the page is; a few bad sequences should not lose it.
    return {
      text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body),
      encoding,
      problem: { ...at, ruleId: 'invalid-encoding', severity: 'warning', reason: `the page starts with a ${encoding.toUpperCase()} byte order mark but holds invalid ${encoding.toUpperCase()} sequences; they were read as U+FFFD` },
    };
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1 (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Node's own check first: valid pages (nearly all) never run the loop below, which finds where.
  if (isUtf8(bytes)) return -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    if (i + need >= n) return i; // cut short at the end
    if (bytes[i + 1] < min || bytes[i + 1] > max) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
