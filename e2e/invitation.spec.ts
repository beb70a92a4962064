import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { invitationTokenFor } from './support/outbox';

const e2e = setupE2E();

describe('invitation', () => {
  it('a new colleague opens the mailed link, chooses a password and logs in', async () => {
    const page = await e2e.page();
    const csrf = await loginViaApi(page, DEMO_USERS.orgAdmin);
    const me = await (await page.request.get('/api/v1/me')).json();
    const orgId = me.memberships[0].organisationId as string;
    const email = `nieuw-${Date.now()}@demo.weerbaar.nl`;
    const invited = await page.request.post(`/api/v1/orgs/${orgId}/members`, {
      headers: { 'x-csrf-token': csrf },
      data: { email, displayName: 'Nina Nieuw', roles: ['reporter'] },
    });
    expect(invited.status(), await invited.text()).toBe(202);
    await page.request.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': csrf } });
    await page.context().clearCookies();

    const token = invitationTokenFor(e2e.server.dataDir, email);
    expect(token).toBeTruthy();
    await visit(page, `/uitnodiging#${token}`);
    await page.getByText('U bent uitgenodigd voor Gemeente Utrecht').waitFor();
    // The token leaves the address bar at once.
    expect(new URL(page.url()).hash).toBe('');

    // Too short a password: the error summary names the field.
    await page.getByLabel('Wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Account aanmaken' }).press('Enter');
    await page.getByText('Kies een wachtwoord van minstens 12 tekens.').first().waitFor();
    await checkA11y(page);

    const password = `Nieuw-wachtwoord-${Date.now()}`;
    await expect(page.getByLabel('Naam').inputValue()).resolves.toBe('Nina Nieuw');
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).press('Enter');
    await page.getByRole('status').getByText(`Uw account voor ${email} is aangemaakt`).waitFor();
    await checkA11y(page);

    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await waitForPage(page);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await page.locator('#login-password').press('Enter');
    await page.waitForURL((url) => url.pathname !== '/inloggen');
    await waitForPage(page);
    const after = await (await page.request.get('/api/v1/me')).json();
    expect(after.memberships.map((m: { name: string }) => m.name)).toEqual(['Gemeente Utrecht']);
  });
});
