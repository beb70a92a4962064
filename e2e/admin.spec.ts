import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, loginViaForm, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';
import { invitationTokenFor } from './support/outbox';

const e2e = setupE2E();

describe('organisation admin (/beheer)', () => {
  it('invites a handler by keyboard, who signs in and sees the register; then changes the role and removes them; creates and uses an API token', async () => {
    const page = await e2e.page();
    let csrf = await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer');
    await page.getByRole('link', { name: 'Leden en uitnodigingen' }).waitFor();
    await visit(page, '/beheer/leden');

    // Keyboard only: Tab to each control, type, Space for the checkbox, Enter to send.
    const email = `collega-${Date.now()}@demo.weerbaar.nl`;
    // The invitation form comes before the member table, but the menu still has many stops.
    await tabTo(page, page.locator('#invite-email'), { maxStops: 200 });
    await page.keyboard.type(email);
    await tabTo(page, page.locator('#invite-displayName'));
    await page.keyboard.type('Hanna Handel');
    await tabTo(page, page.getByRole('checkbox', { name: 'Behandelaar' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Uitnodiging versturen' }));
    await page.keyboard.press('Enter');
    await page.getByText(`De uitnodiging is verstuurd naar ${email}.`).waitFor();
    await page.getByRole('cell', { name: email }).waitFor();
    await checkA11y(page);

    await page.request.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': csrf } });
    await page.context().clearCookies();

    // The invitee opens the mailed link, chooses a password and signs in.
    const token = invitationTokenFor(e2e.server.dataDir, email);
    expect(token).toBeTruthy();
    await visit(page, `/uitnodiging#${token}`);
    const password = `Handel-wachtwoord-${Date.now()}`;
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).press('Enter');
    await page.getByRole('status').getByText(`Uw account voor ${email} is aangemaakt`).waitFor();
    await loginViaForm(page, email, password);
    await visit(page, '/meldingen/register');
    await page.getByRole('heading', { level: 1, name: 'Meldingenregister' }).waitFor();
    const me = await (await page.request.get('/api/v1/me')).json();
    await page.context().clearCookies();
    const personId = me.id as string;

    // The admin changes the role, then removes the member.
    csrf = await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer/leden');
    await page.getByRole('button', { name: 'Rollen wijzigen van Hanna Handel' }).click();
    const rolesForm = page.getByRole('group', { name: 'Rollen wijzigen van Hanna Handel' });
    await rolesForm.getByRole('checkbox', { name: 'Melder' }).check();
    await rolesForm.getByRole('checkbox', { name: 'Behandelaar' }).uncheck();
    await page.getByRole('button', { name: 'Rollen opslaan' }).click();
    await page.getByText('De rollen van Hanna Handel zijn opgeslagen.').waitFor();
    await checkA11y(page);
    const orgId = (await (await page.request.get('/api/v1/me')).json()).memberships[0]
      .organisationId as string;
    const members = await (await page.request.get(`/api/v1/orgs/${orgId}/members`)).json();
    expect(members.find((m: { personId: string }) => m.personId === personId).roles).toEqual([
      'reporter',
    ]);
    await page.getByRole('button', { name: 'Verwijderen: Hanna Handel' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder Hanna Handel' }).click();
    await page.getByText('Hanna Handel is verwijderd uit de organisatie.').waitFor();
    await checkA11y(page);

    // An API token, created in the browser, shown once, used with fetch.
    await visit(page, '/beheer/api-tokens');
    await page.getByLabel('Naam', { exact: true }).fill('Koppeling zaaksysteem');
    await page.getByLabel('Rol').selectOption('handler');
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await page.getByText('Kopieer de sleutel nu').waitFor();
    const secret = await page.locator('#token-secret').inputValue();
    expect(secret).toMatch(/^wbt_/);
    await checkA11y(page);
    const status = await page.evaluate(
      async ({ orgId, secret }) => {
        const res = await fetch(`/api/v1/orgs/${orgId}/incidents`, {
          headers: { authorization: `Bearer ${secret}` },
          credentials: 'omit',
        });
        return res.status;
      },
      { orgId, secret },
    );
    expect(status).toBe(200);

    // The other admin pages open and pass axe.
    for (const path of ['/beheer/sso', '/beheer/organisatie', '/beheer/auditlog']) {
      await visit(page, path);
      await waitForPage(page);
    }
    expect(csrf).toBeTruthy();
  }, 240_000);
});
