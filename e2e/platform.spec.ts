import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_PASSWORD, DEMO_USERS } from './support/demo';
import { setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';
import { invitationTokenFor, passwordResetTokenFor } from './support/outbox';

const e2e = setupE2E();
const PLATFORM_ADMIN = 'platform@demo.weerbaar.nl';

/** Wait until the server (its job loop) has mailed something we can read from the outbox. */
async function waitFor<T>(read: () => T | null, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No ${what} arrived`);
}

/** The demo platform admin sets up TOTP and signs in with it (platform rights need both). */
async function signInAsPlatformAdmin(page: Page): Promise<void> {
  const first = await page.request.post('/api/v1/auth/login', {
    data: { email: PLATFORM_ADMIN, password: DEMO_PASSWORD },
  });
  const body = await first.json();
  if (body.status === 'ok') {
    const csrf = { 'x-csrf-token': body.csrfToken as string };
    const setup = await (
      await page.request.post('/api/v1/auth/totp/setup', {
        headers: csrf,
        data: { currentPassword: DEMO_PASSWORD },
      })
    ).json();
    const step = Math.floor(Date.now() / 1000);
    const enabled = await page.request.post('/api/v1/auth/totp/enable', {
      headers: csrf,
      data: { code: await generate({ secret: setup.secret, epoch: step - 30 }) },
    });
    expect(enabled.status(), await enabled.text()).toBe(200);
    (globalThis as { platformSecret?: string }).platformSecret = setup.secret;
    await page.context().clearCookies();
    return signInAsPlatformAdmin(page);
  }
  const secret = (globalThis as { platformSecret?: string }).platformSecret!;
  const second = await page.request.post('/api/v1/auth/login/totp', {
    data: { challenge: body.challenge, code: await generate({ secret }) },
  });
  expect(second.status(), await second.text()).toBe(200);
}

describe('platform administration', () => {
  it('the platform admin adds a municipality from the list; its first admin accepts and sees /beheer', async () => {
    const page = await e2e.page();
    await signInAsPlatformAdmin(page);
    await visit(page, '/platform');
    await page.getByRole('heading', { name: 'Platformbeheer: organisaties', level: 1 }).waitFor();

    await page.getByLabel('Zoek op naam of code').fill('Oegstgeest');
    await page
      .getByLabel('Organisatie uit de lijst')
      .locator('option', { hasText: 'Oegstgeest (GM0579)' })
      .waitFor({ state: 'attached' });
    await page.getByLabel('Organisatie uit de lijst').selectOption('GM0579');
    await page.getByLabel('E-maildomeinen').fill('oegstgeest.nl');
    const email = `eerste-${Date.now()}@oegstgeest.nl`;
    await page.getByLabel('E-mailadres van de eerste beheerder').fill(email);
    await page.getByLabel('Naam van de eerste beheerder').fill('Eva Eerste');
    await page
      .getByRole('button', { name: 'Organisatie toevoegen en beheerder uitnodigen' })
      .click();
    await page.getByRole('status').getByText('Oegstgeest is toegevoegd').waitFor();
    await page.getByRole('cell', { name: 'Oegstgeest', exact: true }).waitFor();
    await checkA11y(page);

    await visit(page, '/platform/status');
    await page.getByRole('heading', { name: 'E-mailwachtrij' }).waitFor();

    // The first admin opens the invitation, chooses a password and signs in.
    await page.context().clearCookies();
    const token = await waitFor(() => invitationTokenFor(e2e.server.dataDir, email), 'invitation');
    await visit(page, `/uitnodiging#${token}`);
    const password = `Oegstgeest-beheer-${Date.now()}`;
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('status').getByText('is aangemaakt').waitFor();
    await page.goto('/inloggen');
    await waitForPage(page);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await page.locator('#login-password').press('Enter');
    await page.waitForURL((url) => url.pathname !== '/inloggen');
    await waitForPage(page);
    await page.getByRole('link', { name: 'Beheer', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/beheer');
    await waitForPage(page);
    await checkA11y(page);
  });
});

describe('forgotten password', () => {
  it('is reset with the keyboard only, through the mailed link', async () => {
    const page = await e2e.page();
    await visit(page, '/inloggen');
    await tabTo(page, page.getByRole('link', { name: 'Wachtwoord vergeten?' }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/wachtwoord-vergeten');
    await waitForPage(page);
    await checkA11y(page);

    const email = DEMO_USERS.reporter;
    await tabTo(page, page.getByLabel('E-mailadres'));
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Als dit adres bij een account hoort').waitFor();
    await checkA11y(page);

    const token = await waitFor(
      () => passwordResetTokenFor(e2e.server.dataDir, email),
      'reset mail',
    );
    await visit(page, `/wachtwoord-herstellen#${token}`);
    expect(new URL(page.url()).hash).toBe('');
    const password = `Zonnebloem-Kanaal-Tulp-${Date.now()}`;
    await tabTo(page, page.getByLabel('Nieuw wachtwoord'));
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByText('Uw nieuwe wachtwoord is opgeslagen').waitFor();
    await checkA11y(page);

    // The link works once. Opened again from the mail, as a new document: a same-page
    // fragment change would keep the page's "done" state and prove nothing.
    await page.goto('about:blank');
    await visit(page, `/wachtwoord-herstellen#${token}`);
    await tabTo(page, page.getByLabel('Nieuw wachtwoord'));
    await page.keyboard.type(`${password}-2`);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('al gebruikt').waitFor();
    await checkA11y(page);

    // Sign in with the new password, keyboard only.
    await visit(page, '/inloggen');
    await tabTo(page, page.locator('#login-email'));
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/inloggen');
    await waitForPage(page);
    await visit(page, '/account');
    await page.getByRole('heading', { name: 'Waar u bent ingelogd' }).waitFor();
    await page.getByText('Deze sessie').waitFor();
  });
});
