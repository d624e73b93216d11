// Suggestions for a mistyped operation, option or enum value.

function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Up to `max` candidates close to `word`: small edit distance first, then those containing it. */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = distance(w, lc);
    if (d <= limit) scored.push({ c, d });
    else if (w.length >= 3 && (lc.includes(w) || w.includes(lc))) scored.push({ c, d: limit + 1 + Math.abs(lc.length - w.length) });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1));
  return [...new Set(scored.map((s) => s.c))].slice(0, max);
}

/** ` Did you mean --state?` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, prefix = ''): string {
  const s = suggest(word, candidates);
  return s.length ? ` Did you mean ${s.map((x) => prefix + x).join(', ')}?` : '';
}

/** Words of a name or summary, lower-cased, a plural `s` dropped: `List project issues` -> list, project, issue. */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

const FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'by', 'in', 'on', 'from']);

/**
 * Commands a mistyped or old-style command word may mean, by the words of their names and
 * summaries: `new-issue` and `create-issue` -> `project-issue create` ("Create new issue"),
 * `list-project-issues` -> `project-issue list`. Every word typed must be found; fewest other words first.
 */
export function suggestCommands(typed: string, entries: readonly (readonly [string, string, string, string, ...unknown[]])[], max = 3): string[] {
  const words = [...new Set(stems(typed).filter((w) => !FILLER.has(w)))];
  if (words.length < 2) return [];
  const scored: { name: string; extra: number }[] = [];
  for (const [name, , , summary] of entries) {
    const have = new Set([...stems(name), ...stems(summary)]);
    if (words.every((w) => have.has(w))) scored.push({ name, extra: have.size - words.length });
  }
  scored.sort((a, b) => a.extra - b.extra || (a.name < b.name ? -1 : 1));
  return scored.slice(0, max).map((s) => s.name);
}
