import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Test files share their worker's loaded modules: loading the pipeline again for each of 160
    // files cost about a third of the run (import 96 s against 37 s, 739 s against 496 s wall on
    // the loaded 2-core machine). No test mocks a module or changes process-wide state it does not
    // put back, so isolation bought nothing.
    isolate: false,
    // Both cores: vitest's default for a run is one worker fewer than the cores, which on a 2-core
    // machine ran the files one at a time (331 s against 235 s with two, same machine, idle). Many
    // files wait on servers, shells and browsers rather than compute.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One temporary folder per run, removed at its end (test/setup/temp-dir.ts); then parse +
    // openapi on docs-source once per run (see test/helpers/pipeline.ts).
    globalSetup: ['test/setup/temp-dir.ts', 'test/setup/pipeline.ts'],
  },
});
