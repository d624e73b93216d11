// Editing Redoc's minified bundle (docs-site-search.ts, docs-site-load.ts): a patch applies where its
// pattern matches exactly once, so a Redoc whose code changed fails the build instead of being
// patched in the wrong place or not at all.

/** `text` as a regular expression's source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one match of `pattern` (a regular expression, or a literal string) in `text`; undefined unless it matches exactly once. */
export function matchOnce(text: string, pattern: RegExp | string): RegExpExecArray | undefined {
  const regex = new RegExp(typeof pattern === 'string' ? escapeRegExp(pattern) : pattern.source, 'g');
  const matches = [...text.matchAll(regex)];
  return matches.length === 1 ? matches[0] as RegExpExecArray : undefined;
}

/** `text` with the one match of `pattern` replaced; undefined unless it matches exactly once (matchOnce). */
export function replaceOnce(text: string, pattern: RegExp | string, replacement: (match: RegExpExecArray) => string): string | undefined {
  const match = matchOnce(text, pattern);
  if (!match) return undefined;
  return text.slice(0, match.index) + replacement(match) + text.slice(match.index + match[0].length);
}
