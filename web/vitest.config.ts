import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of pure web code (API client, helpers): `npx vitest run --config web/vitest.config.ts`.
// Pages and journeys are tested in a real browser under e2e/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
