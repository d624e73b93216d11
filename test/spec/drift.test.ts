// CI fails when `npm run generate` would change the committed spec/ or generated/: regenerate the
// whole output (every emitter) into a temporary folder and compare every file it writes, byte for
// byte, with the committed one.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, ROOT } from '../../scripts/generate.js';

describe('committed spec/ and generated/', () => {
  let out = '';
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('are exactly what regenerating from docs-source writes', async () => {
    out = await mkdtemp(join(tmpdir(), 'gitlab-openapi-drift-'));
    const committedSpec = join(ROOT, 'spec', 'openapi.json');
    // The changelog compares against the committed spec, as `npm run generate` in the repo does.
    const result = await generate({
      docs: join(ROOT, 'docs-source'),
      out,
      ...(existsSync(committedSpec) ? { previous: committedSpec } : {}),
    });
    expect(result.files).toContain('spec/openapi.json');
    const differing = result.files.filter((file) => {
      const committed = join(ROOT, file);
      return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(out, file)));
    });
    expect(differing, 'run `npm run generate` and commit spec/ and generated/').toEqual([]);
  }, 300_000);
});
