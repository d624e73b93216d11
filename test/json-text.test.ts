// scripts/json-text.ts: the JSON text of a frozen part of a spec, made once.
import { describe, expect, it } from 'vitest';
import { deepFreeze, jsonText } from '../scripts/json-text.js';

describe('jsonText', () => {
  it('is JSON.stringify, kept for a frozen value only (a value that can change is written again)', () => {
    const open = { a: 1 };
    expect(jsonText(open)).toBe('{"a":1}');
    open.a = 2;
    expect(jsonText(open)).toBe('{"a":2}');
    const frozen = Object.freeze({ b: [1, 'x'] });
    expect(jsonText(frozen)).toBe('{"b":[1,"x"]}');
    expect(jsonText(frozen)).toBe(jsonText(frozen));
    expect([jsonText('s'), jsonText(3), jsonText(null)]).toEqual(['"s"', '3', 'null']);
  });
});

describe('deepFreeze', () => {
  it('freezes the value and everything in it, and gives it back', () => {
    const value = { a: { b: [{ c: 1 }] } };
    expect(deepFreeze(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.a), Object.isFrozen(value.a.b), Object.isFrozen(value.a.b[0])]).toEqual([true, true, true, true]);
    expect(() => { (value.a.b[0] as { c: number }).c = 2; }).toThrow();
  });
});
