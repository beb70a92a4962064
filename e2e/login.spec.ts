import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS } from './support/demo';
import { loginViaApi, loginViaForm, setupE2E } from './support/harness';
import { describeFocus, hasNoHorizontalScroll, tabTo } from './support/keyboard';

const e2e = setupE2E();

const REPORTER_ITEMS = ['Melding doen', 'Mijn meldingen', 'Integriteitsmelding', 'Zelfscans'];

function mainNav(page: Page, name = 'Hoofdmenu') {
  return page.getByRole('navigation', { name });
}

async function navLabels(page: Page, name?: string): Promise<string[]> {
  return (await mainNav(page, name).getByRole('link').allTextContents()).map((s) => s.trim());
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('login journey', () => {
  it('a reporter logs in with the keyboard only and sees the reporter menu', async () => {
    const page = await e2e.page();
    await visit(page, '/');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await expect(page.locator('h1').textContent()).resolves.toBe('Inloggen');

    await tabTo(page, page.locator('#login-email'));
    await page.keyboard.type(DEMO_USERS.reporter);
    await tabTo(page, page.locator('#login-password'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await checkA11y(page);

    const labels = await navLabels(page);
    for (const label of [...REPORTER_ITEMS, 'API-documentatie']) expect(labels).toContain(label);
    expect(labels).not.toContain('Meldingenregister');
    expect(labels).not.toContain('Beheer');
    await expect(page.getByTestId('active-organisation').textContent()).resolves.toBe(
      DEMO_ORGANISATION,
    );

    // After login, focus lands on the new page's main content.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // On a fresh page load the skip link is the first tab stop and moves focus to main.
    await page.reload();
    await waitForPage(page);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Naar de hoofdinhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // The menu leads, by keyboard, to the report form.
    await tabTo(page, mainNav(page).getByRole('link', { name: 'Melding doen' }), {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/meldingen/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('agressie');
    await checkA11y(page);

    // A page for another role says so calmly instead of showing it.
    await visit(page, '/meldingen/register');
    await expect(page.locator('h1').textContent()).resolves.toBe('Geen toegang');
  });

  it('applies the theme of the active organisation', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.reporter);
    await visit(page, '/');
    const me = await (await page.request.get('/api/v1/me')).json();
    const org = await (
      await page.request.get(`/api/v1/orgs/${me.memberships[0].organisationId}`)
    ).json();
    const theme = Object.entries(org.theme as Record<string, string>);
    const root = page.locator('.voorbeeld-theme');
    for (const [name, value] of theme) {
      await expect
        .poll(() => root.evaluate((el, n) => (el as HTMLElement).style.getPropertyValue(n), name))
        .toBe(value);
    }
  });

  it('a handler sees the incident register in the menu', async () => {
    const page = await e2e.page();
    await loginViaForm(page, DEMO_USERS.handler);
    await checkA11y(page);
    const labels = await navLabels(page);
    expect(labels).toContain('Meldingenregister');
    expect(labels).toContain('Melding doen');

    await mainNav(page).getByRole('link', { name: 'Meldingenregister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingenregister' }).waitFor();
    await checkA11y(page);
  });

  it('a wrong password shows a Dutch error in the error summary and at the field', async () => {
    const page = await e2e.page();
    await visit(page, '/inloggen');

    // Empty form: our own checks, before anything is sent.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.locator('.weerbaar-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Vul uw e-mailadres in.');
    await expect(summary.textContent()).resolves.toContain('Vul uw wachtwoord in.');
    await checkA11y(page);

    // The summary links to the field.
    await summary.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');

    await page.locator('#login-email').fill(DEMO_USERS.reporter);
    await page.locator('#login-password').fill('niet-het-goede-wachtwoord');
    await page.locator('#login-password').press('Enter');

    await expect
      .poll(() => summary.textContent())
      .toContain('Het e-mailadres of wachtwoord is onjuist.');
    expect(await describeFocus(page)).toContain('Er is iets niet goed gegaan');
    const password = page.locator('#login-password');
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain(
      'Het e-mailadres of wachtwoord is onjuist.',
    );
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await checkA11y(page);
  });

  it('a failed login through the organisation comes back to a calm message', async () => {
    const page = await e2e.page();
    // The IdP answers "access denied": the server sends the browser to /inloggen?fout=oidc.
    await visit(page, '/api/v1/auth/oidc/callback?error=access_denied');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/inloggen?fout=oidc');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe(
      'Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw of log in met uw e-mailadres en wachtwoord.',
    );
    // The way in with e-mail and password is still there.
    await page.locator('#login-email').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'Logging in through your organisation did not work.',
    );
    await checkA11y(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await visit(page, '/inloggen');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('switching to English changes the texts and <html lang>, and is remembered', async () => {
    const page = await e2e.page();
    await visit(page, '/inloggen');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await checkA11y(page);

    await page.locator('#login-email').fill(DEMO_USERS.reporter);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(await navLabels(page, 'Main menu')).toContain('Report an incident');
    await checkA11y(page);

    await page.reload();
    await waitForPage(page);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Welcome, /);

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await checkA11y(page);
  });

  it('works at 320 CSS pixels wide without sideways scrolling', async () => {
    const page = await e2e.page({ width: 320, height: 640 });
    await visit(page, '/inloggen');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });

  it('shows a calm 404 page for unknown addresses', async () => {
    const page = await e2e.page();
    await visit(page, '/bestaat-niet');
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    await loginViaApi(page, DEMO_USERS.reporter);
    await visit(page, '/bestaat-ook-niet');
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    await expect(mainNav(page).isVisible()).resolves.toBe(true);
  });
});
