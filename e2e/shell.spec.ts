import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { invitationTokenFor } from './support/outbox';

const e2e = setupE2E();

const PROVINCE = 'Provincie Utrecht';

/**
 * Give the demo reporter a second membership, in the province: its admin
 * invites her, and she accepts the mailed invitation while logged in.
 */
async function addReporterToProvince(page: Page): Promise<void> {
  const csrf = await loginViaApi(page, 'provincie@demo.weerbaar.nl');
  const me = await (await page.request.get('/api/v1/me')).json();
  const province = me.memberships.find((m: { name: string }) => m.name === PROVINCE);
  const response = await page.request.post(`/api/v1/orgs/${province.organisationId}/members`, {
    headers: { 'x-csrf-token': csrf },
    data: { email: DEMO_USERS.reporter, displayName: 'Mila de Melder', roles: ['reporter'] },
  });
  expect(response.status(), await response.text()).toBe(202);
  await page.request.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': csrf } });
  await page.context().clearCookies();

  const token = invitationTokenFor(e2e.server.dataDir, DEMO_USERS.reporter);
  expect(token).toBeTruthy();
  const reporterCsrf = await loginViaApi(page, DEMO_USERS.reporter);
  const accepted = await page.request.post('/api/v1/invitations/accept', {
    headers: { 'x-csrf-token': reporterCsrf },
    data: { token },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  await page.request.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': reporterCsrf } });
  await page.context().clearCookies();
}

describe('app shell', () => {
  it('someone in two organisations switches between them, and the choice is remembered', async () => {
    const page = await e2e.page();
    await addReporterToProvince(page);
    await loginViaApi(page, DEMO_USERS.reporter);
    await visit(page, '/');
    const organisation = page.getByTestId('active-organisation');
    await expect(organisation.textContent()).resolves.toBe('Gemeente Utrecht');

    const select = page.getByLabel('Organisatie', { exact: true });
    await select.focus();
    await select.selectOption({ label: PROVINCE });
    // Choosing an option alone does not switch (no change of context on input).
    await expect(organisation.textContent()).resolves.toBe('Gemeente Utrecht');
    await page.getByRole('button', { name: 'Wisselen' }).press('Enter');
    await expect.poll(() => organisation.textContent()).toBe(PROVINCE);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(PROVINCE);
    await checkA11y(page);

    await page.reload();
    await waitForPage(page);
    await expect.poll(() => organisation.textContent()).toBe(PROVINCE);
  });

  it('logging out returns to the login page with a calm confirmation', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/');
    const labels = await page.getByRole('navigation', { name: 'Hoofdmenu' }).textContent();
    expect(labels).toContain('Beheer');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await page.getByText('U bent uitgelogd.').waitFor();
    await checkA11y(page);

    // The session is really gone: the app sends us back to login.
    await visit(page, '/meldingen/mijn');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/meldingen/mijn');
  });
});
