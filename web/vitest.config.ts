import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of web code: `npx vitest run --config web/vitest.config.ts`. Pure code (*.test.ts)
// runs in node; component tests (*.test.tsx) say `// @vitest-environment happy-dom` at the top.
// Journeys are tested in a real browser under e2e/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
});
