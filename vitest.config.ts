import { defineConfig } from 'vitest/config';

// Each test file gets its own database cloned from a migrated template (see
// src/test/global-setup.ts); PGlite instances are ~0.7 GB, so at most two workers.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    globalSetup: ['src/test/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
