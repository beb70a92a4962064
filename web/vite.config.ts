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
    // React, the router, i18next and the NLDS components together are ~600 kB
    // (190 kB gzipped). Modules should load their pages lazily (see app/router.tsx).
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});
