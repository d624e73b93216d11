// The whole project (pipeline, client, CLI, tests, benches) type-checks under tsconfig.json, which
// also refuses unused locals and imports. vitest strips types without checking them, so without
// this test a type error or a dead import in scripts/ or test/ would pass CI.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

it('tsc --noEmit -p tsconfig.json reports nothing', async () => {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 })
    .then(({ stdout }) => stdout, (error: { stdout?: string }) => error.stdout ?? String(error));
  expect(result).toBe('');
}, 120_000);
