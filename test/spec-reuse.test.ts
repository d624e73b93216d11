// The spec stage kept between runs (scripts/spec-reuse.ts): what its key depends on, and that a
// record vouches only for the spec bytes it recorded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../scripts/output-stamps.js';
import { recordSpec, reusableSpec, specStageKey } from '../scripts/spec-reuse.js';

const pages = [{ file: 'a.md', text: '# A\n' }, { file: 'b.md', text: '# B\n' }];
const key = specStageKey('code-1', { version: undefined }, pages);

describe('specStageKey', () => {
  it.each([
    ['the code version', specStageKey('code-2', { version: undefined }, pages)],
    ['an option', specStageKey('code-1', { version: '17.0' }, pages)],
    ["a page's text", specStageKey('code-1', { version: undefined }, [pages[0], { file: 'b.md', text: '# B!\n' }])],
    ["a page's name", specStageKey('code-1', { version: undefined }, [pages[0], { file: 'c.md', text: '# B\n' }])],
    ['a page more', specStageKey('code-1', { version: undefined }, [...pages, { file: 'c.md', text: '' }])],
    ['the text moved from one page to the next', specStageKey('code-1', { version: undefined }, [{ file: 'a.md', text: '# A\n# B\n' }, { file: 'b.md', text: '' }])],
  ])('changes with %s', (_, other) => {
    expect(other).not.toBe(key);
  });

  it('is the same for the same inputs', () => {
    expect(specStageKey('code-1', { version: undefined }, pages.map((p) => ({ ...p })))).toBe(key);
  });
});

describe('reusableSpec and recordSpec', () => {
  const out = mkdtempSync(join(tmpdir(), 'spec-reuse-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const json = '{"openapi": "3.1.0"}\n';
  const diagnostics = [{ file: 'a.md', line: 3, column: 1, ruleId: 'x', severity: 'warning' as const, reason: 'r' }];

  it('answers nothing before a record exists', async () => {
    expect(await reusableSpec(out, key)).toBeUndefined();
  });

  it('answers the spec on disk and what was recorded, for the recorded key only', async () => {
    mkdirSync(join(out, 'spec'), { recursive: true });
    writeFileSync(join(out, 'spec', 'openapi.json'), json);
    await recordSpec(out, { key, spec: sha256(json), diagnostics, pagesWithoutEndpoints: ['b.md'] });
    expect(await reusableSpec(out, key)).toEqual({ json, diagnostics, pagesWithoutEndpoints: ['b.md'] });
    expect(await reusableSpec(out, specStageKey('code-2', {}, pages))).toBeUndefined();
  });

  it('answers nothing once the spec on disk is not the one recorded', async () => {
    writeFileSync(join(out, 'spec', 'openapi.json'), json.replace('3.1.0', '3.1.1'));
    expect(await reusableSpec(out, key)).toBeUndefined();
  });
});
