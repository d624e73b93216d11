// Editing Redoc's minified bundle (docs-site-search.ts, docs-site-load.ts): a patch applies where its
// pattern matches exactly once, so a Redoc whose code changed fails the build instead of being
// patched in the wrong place or not at all.

/** `text` with the one match of `pattern` (a regular expression, or a literal string) replaced; undefined unless it matches exactly once. */
export function replaceOnce(text: string, pattern: RegExp | string, replacement: (match: RegExpExecArray) => string): string | undefined {
  const regex = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(pattern.source, 'g');
  const matches = [...text.matchAll(regex)];
  if (matches.length !== 1) return undefined;
  const match = matches[0] as RegExpExecArray;
  return text.slice(0, match.index) + replacement(match) + text.slice(match.index + match[0].length);
}

/** The one match of `pattern` in `text`; undefined unless it matches exactly once. */
export function matchOnce(text: string, pattern: RegExp): RegExpExecArray | undefined {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  return matches.length === 1 ? matches[0] as RegExpExecArray : undefined;
}
