// vitest globalSetup: runs the pipeline (parse + openapi, no other emitters) on docs-source ONCE
// per test run, into a temporary --out folder, and hands that folder to the test files
// (`inject('pipelineOut')`; use the helpers in test/helpers/pipeline.ts).
// A failure does not stop the run: it is handed over as `pipelineError`, and only the tests that
// need the spec fail, each with the message.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EMITTERS, generate, ROOT } from '../../scripts/generate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the shared run: spec/openapi.{json,yaml}, generated/diagnostics.{json,md}. */
    pipelineOut: string;
    /** Empty when the run succeeded, else what went wrong. */
    pipelineError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = await mkdtemp(join(tmpdir(), 'gitlab-openapi-pipeline-'));
  let error = '';
  try {
    await generate({ docs: join(ROOT, 'docs-source'), out, noEmit: EMITTERS.map((e) => e.name) });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  project.provide('pipelineOut', out);
  project.provide('pipelineError', error);
  return async () => {
    await rm(out, { recursive: true, force: true });
  };
}
