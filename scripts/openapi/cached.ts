// Answers kept for a run's small vocabularies (route segments, words, keys), asked about thousands of
// times: bounded, so that a long-lived process making many documents does not grow without end.
const LIMIT = 10_000;

/** `make(key)`, kept in `cache` (emptied when it grows past LIMIT keys). */
export function cached<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let answer = cache.get(key);
  if (answer === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, (answer = make(key)));
  }
  return answer;
}
