// Spec text goes into shell scripts only as single-quoted literals, the one quoting form in which
// nothing ($(...), backticks, ;, newlines) is interpreted. NUL cannot live in a shell string: dropped.

/** bash and zsh: 'it'\''s'. */
export function shQuote(s: string): string {
  return `'${s.replace(/\0/g, '').replace(/'/g, `'\\''`)}'`;
}

/** fish: inside single quotes only \\ and \' are escapes. */
export function fishQuote(s: string): string {
  return `'${s.replace(/\0/g, '').replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
