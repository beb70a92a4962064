import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChromium } from './browser';

/**
 * Runs once before all specs: fail loudly when there is no Chromium (a browser
 * test that silently passes proves nothing), then build the web app so the
 * server serves the UI as it is in this checkout. Set E2E_SKIP_BUILD=1 to
 * reuse an existing dist/web.
 */
export default async function setup(): Promise<void> {
  const chromium = findChromium();
  console.log(`e2e: Chromium at ${chromium}`);
  if (process.env.E2E_SKIP_BUILD === '1') return;
  console.log('e2e: building the web app (set E2E_SKIP_BUILD=1 to skip)…');
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
