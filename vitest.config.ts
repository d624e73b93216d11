import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One temporary folder per run, removed at its end (test/setup/temp-dir.ts); then parse +
    // openapi on docs-source once per run (see test/helpers/pipeline.ts).
    globalSetup: ['test/setup/temp-dir.ts', 'test/setup/pipeline.ts'],
  },
});
