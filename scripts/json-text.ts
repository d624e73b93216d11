// JSON texts of a spec's parts, kept for frozen objects. The output steps share one frozen spec and
// key their fragments on the same path items (scripts/emit/memo.ts); the changelog compares the same
// parts of the previous spec and the new one. A frozen object's text cannot change, so each is made once.
const texts = new WeakMap<object, string>();

/** `JSON.stringify(value)`, kept for a frozen value. */
export function jsonText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (Object.isFrozen(value)) texts.set(value, text);
  }
  return text;
}

/** `value` and everything in it, frozen (and so its texts kept). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
