import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Runs parse + openapi on docs-source once per test run (see test/helpers/pipeline.ts).
    globalSetup: ['test/setup/pipeline.ts'],
  },
});
