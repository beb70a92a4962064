// Compiles the server and CLI (src/cli.ts and everything it imports) to JavaScript in
// dist/server with esbuild: one entry, a chunk per lazily imported command, dependencies
// left to node_modules, migrations and the PDF fonts copied beside the chunks (docs/adr/0017,
// 0030).
//   node scripts/build-server.mjs          (npm run build:server)
// bin/weerbaar.js calls buildServer() itself when a source checkout has no fresh build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the production server lives; migrate.ts finds `migrations/` beside its chunk. */
export const SERVER_DIR = path.join(ROOT, 'dist', 'server');

/**
 * Build into a temporary folder, then swap it in, so a CLI started meanwhile never loads a
 * half-written build. Returns esbuild's metafile (the import graph) for tests.
 */
export async function buildServer({ outDir = SERVER_DIR } = {}) {
  const esbuild = await import('esbuild');
  const staging = `${outDir}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules: pdfkit reads its data (the PDF/A colour profile)
    // and PGlite its WASM from their own folders; production installs them with
    // `npm ci --omit=dev`.
    packages: 'external',
    // Every chunk beside cli.js, so `import.meta.url` of any chunk is dist/server.
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  // Files the code finds beside `import.meta.url`: in the sources beside the module, here
  // beside the chunks.
  fs.cpSync(path.join(ROOT, 'src/db/migrations'), path.join(staging, 'migrations'), {
    recursive: true,
  });
  fs.cpSync(path.join(ROOT, 'src/platform/pdf/fonts'), path.join(staging, 'fonts'), {
    recursive: true,
  });
  fs.cpSync(
    path.join(ROOT, 'src/modules/platform-admin/data/official-organisations.csv'),
    path.join(staging, 'official-organisations.csv'),
  );
  const old = `${outDir}.${process.pid}.old`;
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  return result.metafile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildServer();
  console.log(
    `Server built in ${(performance.now() - started).toFixed(0)} ms: ${path.relative(ROOT, SERVER_DIR)}`,
  );
}
