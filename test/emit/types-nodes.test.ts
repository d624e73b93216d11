// scripts/emit/types-nodes.ts: openapi-typescript's transform without its Redocly pass gives
// exactly what openapiTS() gives, on the spec of this test run and on a small spec with every kind
// of $ref and a discriminator (what a lint-and-bundle pass could have changed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { typeNodes } from '../../scripts/emit/types-nodes.js';
import { typesOptions } from '../../scripts/emit/types.js';
import { loadSpec } from '../helpers/pipeline.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as OpenAPI3;

describe('typeNodes', () => {
  it.each([
    ['$refs of every kind and a discriminator', () => fixture('refs-and-discriminator.json')],
    ['the spec of docs-source', () => loadSpec() as OpenAPI3],
  ])('%s: the same types as openapiTS(), and the document unchanged', async (_name, load) => {
    const doc = load();
    const before = JSON.stringify(doc);
    const want = astToString(await openapiTS(structuredClone(doc), typesOptions));
    const got = astToString(typeNodes(doc, typesOptions));
    expect(got).toBe(want);
    expect(got).toContain('paths');
    expect(JSON.stringify(doc)).toBe(before);
  }, 120_000);

  it('the discriminator is applied (the fixture exercises it)', () => {
    const got = astToString(typeNodes(fixture('refs-and-discriminator.json'), typesOptions));
    expect(got).toMatch(/kind: "push"/);
  });
});
