import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where Debian puts Chromium; override with CHROMIUM_PATH. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium executable, or a loud error saying how to get one. Never skips. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const candidate = fromEnv || DEFAULT_CHROMIUM_PATH;
  if (fs.existsSync(candidate)) return candidate;
  throw new Error(
    [
      '',
      '══════════════════════════════════════════════════════════════════',
      ` Browser tests need Chromium, but none was found at ${candidate}.`,
      fromEnv
        ? ' CHROMIUM_PATH points to a file that does not exist.'
        : ' Install it (Debian/Ubuntu: apt-get install -y chromium) or set',
      fromEnv ? '' : ' CHROMIUM_PATH to a Chromium or Chrome executable.',
      ' The e2e suite does not skip: without a browser it fails.',
      '══════════════════════════════════════════════════════════════════',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** Launch headless Chromium with the flags our CI and sandboxed machines need. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** Viewport width in CSS pixels; 320 checks reflow (WCAG 1.4.10). */
  width?: number;
  height?: number;
  locale?: string;
}

/** A fresh context (own cookies and storage) and page, pointed at `baseURL`. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'nl-NL',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}
