// vitest globalSetup, run before any other: one temporary folder for the whole test run, removed
// when the run ends, so that `npm test` leaves the temp folder as it found it whatever a test
// forgets to remove (a HOME per CLI run, a folder per shell session, Chromium's profiles, ...).
//
// It points TMPDIR at that folder in vitest's own process before the workers start: every worker
// inherits it, and so does every process they start (node, bash, zsh, fish, chromium, npm), and
// `os.tmpdir()`, `mktemp` and Chromium all honour it. A test that needs a fresh folder still makes
// its own with mkdtemp(join(tmpdir(), ...)); it simply lands inside the run's folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set in every worker: the run's folder (test/setup/temp-dir.test.ts checks that TMPDIR is it). */
export const RUN_TMPDIR_VARIABLE = 'GITLAB_OPENAPI_TEST_TMPDIR';

/** The prefix of a run's folder, inside the temp folder the run started with. */
export const RUN_TMPDIR_PREFIX = 'gitlab-openapi-test-';

export default async function setup(): Promise<() => Promise<void>> {
  const before = { TMPDIR: process.env.TMPDIR, [RUN_TMPDIR_VARIABLE]: process.env[RUN_TMPDIR_VARIABLE] };
  const run = await mkdtemp(join(tmpdir(), RUN_TMPDIR_PREFIX));
  process.env.TMPDIR = run;
  process.env[RUN_TMPDIR_VARIABLE] = run;
  return async () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // Retries: a browser or shell the last test stopped may still be removing its own files.
    await rm(run, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
}
