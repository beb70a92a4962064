import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { start } from '../main';

/** `weerbaar start`: build the web app once in a source checkout, then serve. */
export async function runStart(): Promise<number> {
  ensureWebBuild(loadConfig().webDistDir);
  await start();
  return -1; // keep running
}

/**
 * A fresh clone has no web build: `npm ci && npm start` builds it with Vite (a dev
 * dependency). A production tree ships dist/web and has neither the sources nor Vite.
 */
function ensureWebBuild(distDir: string): void {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  if (!existsSync('web/vite.config.ts')) return;
  const vite = 'node_modules/vite/bin/vite.js';
  if (!existsSync(vite)) {
    console.error('De web-app is niet gebouwd en Vite ontbreekt (npm ci, dan npm run build).');
    return;
  }
  console.log('Web-app wordt gebouwd (eenmalig)…');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0)
    console.error('Bouwen van de web-app mislukt; alleen de API is beschikbaar.');
}
