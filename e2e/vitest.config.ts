import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys against the real server (see e2e/support). One spec at a
// time: each starts its own server with a fresh database, which is memory-hungry.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    maxWorkers: 1,
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 90_000,
    // One retry for browser journeys only: a loaded 2-core CI machine can delay a render past
    // an await; a real regression fails both attempts. Unit tests never retry.
    retry: 1,
    hookTimeout: 180_000,
  },
});
