// The emitters' warmUp() (run in their worker thread while the spec is made: scripts/emit-thread.ts)
// runs them on scripts/emit/warm-up-spec.ts. It must work, and leave nothing that changes what the
// emitter makes afterwards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitDocsSite, warmUp as warmUpDocsSite } from '../../scripts/emit/docs-site.js';
import { emitTypes, warmUp as warmUpTypes } from '../../scripts/emit/types.js';
import { WARM_UP_SPEC } from '../../scripts/emit/warm-up-spec.js';
import type { OpenAPIDocument } from '../../scripts/openapi-document.js';

const doc = parse(readFileSync(new URL('../client/fixtures/mini-spec.yaml', import.meta.url), 'utf8')) as OpenAPIDocument;

describe('warmUp', () => {
  it('types: the same files after it as before', async () => {
    const before = await emitTypes(structuredClone(doc));
    warmUpTypes();
    expect(await emitTypes(structuredClone(doc))).toEqual(before);
  });

  it('docs site: the same page after it as before', async () => {
    const before = await emitDocsSite(structuredClone(doc));
    await warmUpDocsSite();
    expect(await emitDocsSite(structuredClone(doc))).toEqual(before);
  }, 60_000);

  it('the warm-up spec has operations, parameters, bodies, named schemas and their $refs: the shapes the emitters spend their time on', () => {
    const text = JSON.stringify(WARM_UP_SPEC);
    for (const shape of ['"parameters"', '"requestBody"', '"multipart/form-data"', '"#/components/schemas/Issue"', '"enum"', '"null"', '"oneOf"']) expect(text).toContain(shape);
  });
});
