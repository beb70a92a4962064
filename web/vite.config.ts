import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * @utrecht/component-library-react ships one ES module that sets `X.displayName = '…'` on each
 * of its ~100 components. A bundler must keep such top-level writes (a setter could run), so
 * every component landed in the first chunk (+53 kB gzip). The names only serve React
 * DevTools: drop them from that one file, and tree-shaking keeps only the components we use.
 * (Rolldown's global `treeshake.propertyWriteSideEffects: false` does the same but also drops
 * writes React Router relies on: the login redirect stopped working.)
 */
function dropNldsDisplayNames(): Plugin {
  return {
    name: 'weerbaar:drop-nlds-display-names',
    apply: 'build',
    transform: {
      filter: { id: /@utrecht\/component-library-react\/dist\/index\.mjs$/ },
      // Each assignment is one whole line; emptying it keeps every other line where it was.
      handler: (code) => ({
        code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = '[^']*';$/gm, ''),
        map: null,
      }),
    },
  };
}

const apiTarget = process.env.WEERBAAR_API_URL ?? 'http://localhost:3000';

// The SPA lives in web/ and is built into dist/web, which the server serves in
// production. In development `vite --config web/vite.config.ts` proxies the API.
export default defineConfig({
  root: webRoot,
  plugins: [react(), dropNldsDisplayNames()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The first chunk holds React, the router, i18next, the NLDS components in use and the
    // shell; every page and its texts load on first visit (ADR 0029, `npm run bench:web`).
    chunkSizeWarningLimit: 500,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});
