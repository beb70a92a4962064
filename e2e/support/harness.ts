import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { waitForPage } from './a11y';
import { launchBrowser, openPage, type PageOptions } from './browser';
import { DEMO_PASSWORD } from './demo';
import { type RunningServer, type StartServerOptions, startServer } from './server';

export interface E2E {
  /** The running server (fresh data folder with demo data). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Base URL of the server. */
  readonly url: string;
  /** A new page in its own context (no cookies, empty storage); closed after the test. */
  page(options?: PageOptions): Promise<Page>;
}

/**
 * Set up a spec: one server and one browser for the file, a fresh context per
 * `e2e.page()`. Call at the top level of a spec file:
 *
 *   const e2e = setupE2E();
 *   it('...', async () => { const page = await e2e.page(); await visit(page, '/'); });
 */
export function setupE2E(options: StartServerOptions = {}): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started: use it inside a test, after setupE2E()`);
    return value;
  };

  return {
    get server() {
      return need(server, 'The server');
    },
    get browser() {
      return need(browser, 'The browser');
    },
    get url() {
      return need(server, 'The server').url;
    },
    async page(pageOptions) {
      const { context, page } = await openPage(
        need(browser, 'The browser'),
        need(server, 'The server').url,
        pageOptions,
      );
      contexts.push(context);
      return page;
    },
  };
}

/**
 * Log in through the API (fast; for specs whose journey starts after login).
 * The session cookie lands in the page's context; then open any page.
 * Returns the CSRF token, for API writes with `page.request` (header x-csrf-token).
 * Use the login form itself only in the login journey.
 */
export async function loginViaApi(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  if (!response.ok()) {
    throw new Error(`Login as ${email} failed: ${response.status()} ${await response.text()}`);
  }
  const body = (await response.json()) as { status: string; csrfToken?: string };
  if (body.status !== 'ok' || !body.csrfToken) {
    throw new Error(`Login as ${email} needs a second step (${body.status})`);
  }
  return body.csrfToken;
}

/** Log in with the login form by mouse-free filling, and wait for the start page. */
export async function loginViaForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen');
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('#login-password').press('Enter');
  await page.waitForURL((url) => url.pathname !== '/inloggen');
  await waitForPage(page);
}
