#!/usr/bin/env node
// Entry point of `weerbaar` and `npm start`: runs the compiled CLI in dist/server
// (docs/adr/0017). In a source checkout it first rebuilds the server when the build is
// missing or older than the sources, so `npm ci && npm start` and a `git pull` just work;
// a production tree has no sources and runs its build as it is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'server', 'cli.js');
const sources = path.join(root, 'src');

/** Newest modification time under a folder (files and folders, so a deletion counts too). */
function newest(dir) {
  let max = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return max;
}

function builtAt() {
  try {
    return fs.statSync(cli).mtimeMs;
  } catch {
    return undefined;
  }
}

if (fs.existsSync(path.join(sources, 'cli.ts'))) {
  const built = builtAt();
  const stale =
    built === undefined ||
    newest(sources) > built ||
    fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > built;
  if (stale) {
    let buildServer;
    try {
      ({ buildServer } = await import(
        pathToFileURL(path.join(root, 'scripts', 'build-server.mjs')).href
      ));
      await import('esbuild');
    } catch {
      buildServer = undefined;
    }
    if (buildServer) {
      // stderr, so `weerbaar stats estimate … > out.csv` stays clean.
      console.error('Server wordt gebouwd (npm run build:server)…');
      await buildServer();
    } else if (built === undefined) {
      console.error(
        'Geen build gevonden en esbuild ontbreekt: voer `npm ci && npm run build` uit.',
      );
      process.exit(1);
    } else {
      console.error('Let op: de build in dist/server is ouder dan src/ (npm run build).');
    }
  }
}

const { main } = await import(pathToFileURL(cli).href);
await main(process.argv.slice(2));
