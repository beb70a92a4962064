import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.WEERBAAR_API_URL ?? 'http://localhost:3000';

// The SPA lives in web/ and is built into dist/web, which the server serves in
// production. In development `vite --config web/vite.config.ts` proxies the API.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The first chunk holds React, the router, i18next, the NLDS components in use and the
    // shell; every page and its texts load on first visit (ADR 0029, `npm run bench:web`).
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      treeshake: {
        // @utrecht/component-library-react is one file that sets `X.displayName = ...` on
        // each of its ~100 components; counted as side effects, those writes kept every
        // component in the bundle (+53 kB gzip). A write to an object nothing else uses is
        // dropped; writes to used objects and to globals stay (checked against rolldown).
        propertyWriteSideEffects: false,
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});
