/**
 * JavaScript on first visit (issue 16): for each page, the JavaScript a browser with an empty
 * cache downloads until the page has settled, gzip-compressed as a web server would send it,
 * against the 150 KB target for the report forms. Prints figures, never fails.
 *
 * Builds the web app when dist/web is missing or older than web/ (or with --build), starts the
 * real server with the demo data (as the browser tests do) and loads each page in Chromium.
 *
 *   npm run bench:web [-- --build] [-- --files]   (--files lists each page's scripts)
 *   npm run bench:web -- --check                  (exit 1 when a report form is over budget)
 *
 * Sizes are not timings: the same build gives the same bytes on any machine, so CI runs
 * this with --check after its production build and a regression cannot land unnoticed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS } from '../../e2e/support/demo';
import { startServer } from '../../e2e/support/server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST_INDEX = path.join(ROOT, 'dist/web/index.html');
const KB = 1024;
/** The issue's budget for the report forms: JavaScript on first visit, gzip. */
const TARGET_BYTES = 150 * KB;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface PageCase {
  name: string;
  path: string;
  /** Log in as this demo user first; none for public pages. */
  as?: string;
  /** Subject to the 150 KB budget. */
  budget: boolean;
  /** Gzip KB measured by this script before code splitting (commit 37fb397), for the ratio. */
  before: number;
}

const PAGES: PageCase[] = [
  {
    name: 'report form',
    path: '/meldingen/nieuw',
    as: DEMO_USERS.reporter,
    budget: true,
    before: 222.8,
  },
  {
    name: 'public integrity form',
    path: '/integriteit/melden/GM0344',
    budget: true,
    before: 228.7,
  },
  { name: 'login', path: '/inloggen', budget: false, before: 222.8 },
  {
    name: 'incidents register',
    path: '/meldingen/register',
    as: DEMO_USERS.handler,
    budget: false,
    before: 222.8,
  },
  {
    name: 'public side-positions register',
    path: '/openbaar/GM0344/nevenfuncties',
    budget: false,
    before: 225.9,
  },
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const stale =
    process.argv.includes('--build') ||
    !fs.existsSync(DIST_INDEX) ||
    newestMtime(path.join(ROOT, 'web')) > fs.statSync(DIST_INDEX).mtimeMs;
  if (!stale) return;
  console.log('Building the web app…');
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Open `path` in a fresh context (empty cache) and sum the JavaScript it downloads. */
async function measure(browser: Browser, baseURL: string, c: PageCase) {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    if (c.as) {
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: c.as, password: DEMO_PASSWORD },
      });
      if (!login.ok()) throw new Error(`login as ${c.as} failed: ${login.status()}`);
    }
    const page = await context.newPage();
    const bodies: Promise<{ name: string; raw: number; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const name = new URL(response.url()).pathname;
      bodies.push(
        response.body().then((body) => ({ name, raw: body.length, gzip: gzipSync(body).length })),
      );
    });
    await page.goto(c.path);
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(bodies);
    if (process.argv.includes('--files')) {
      for (const s of [...sizes].sort((a, b) => b.gzip - a.gzip)) {
        console.log(`    ${(s.gzip / KB).toFixed(1).padStart(7)} KB  ${s.name}`);
      }
    }
    return {
      files: sizes.length,
      raw: sizes.reduce((sum, s) => sum + s.raw, 0),
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  buildIfNeeded();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const over: string[] = [];
  try {
    console.log('JavaScript on first visit (empty cache), gzip level 6 as a web server sends it\n');
    console.log(
      `${'page'.padEnd(48)}${'files'.padStart(6)}${'raw KB'.padStart(9)}${'gzip KB'.padStart(9)}${'/150 KB'.padStart(9)}${'before'.padStart(9)}${'/before'.padStart(9)}`,
    );
    for (const c of PAGES) {
      const m = await measure(browser, server.url, c);
      if (c.budget && m.gzip > TARGET_BYTES) over.push(c.name);
      const gzipKb = m.gzip / KB;
      const verdict = c.budget ? (m.gzip <= TARGET_BYTES ? ' within budget' : ' OVER budget') : '';
      console.log(
        `${`${c.name} ${c.path}`.slice(0, 47).padEnd(48)}${String(m.files).padStart(6)}${(m.raw / KB).toFixed(1).padStart(9)}${gzipKb.toFixed(1).padStart(9)}${(m.gzip / TARGET_BYTES).toFixed(2).padStart(9)}${c.before.toFixed(1).padStart(9)}${(gzipKb / c.before).toFixed(2).padStart(9)}${verdict}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (process.argv.includes('--check') && over.length > 0) {
    console.error(`\nOver the 150 KB budget: ${over.join(', ')} (see --files for what each loads)`);
    process.exitCode = 1;
  }
}

await main();
