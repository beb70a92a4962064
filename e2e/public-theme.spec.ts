import { describe, expect, it } from 'vitest';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';

const e2e = setupE2E();

describe('organisation theme on the public pages (/beheer/organisatie -> /integriteit/melden)', () => {
  it('the admin sets the button colour; the anonymous report page shows it and passes axe', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    const me = await (await page.request.get('/api/v1/me')).json();
    const code = (me.memberships as { code: string; roles: string[] }[]).find((m) =>
      m.roles.includes('org_admin'),
    )!.code;

    await visit(page, '/beheer/organisatie');
    const buttonColour = page.getByLabel('Achtergrondkleur van knoppen');
    await buttonColour.fill('#0b3d91');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();

    // Without login, the organisation's anonymous report page is in its colour.
    await page.context().clearCookies();
    await visit(page, `/integriteit/melden/${code}`);
    const submit = page.getByRole('button', { name: 'Melding versturen' });
    await submit.waitFor();
    await expect
      .poll(() => submit.evaluate((b) => getComputedStyle(b).backgroundColor))
      .toBe('rgb(11, 61, 145)');
    await checkA11y(page);

    // A page of no organisation is in the base theme again.
    await visit(page, '/integriteit/anoniem');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector<HTMLElement>('.weerbaar-root')
            ?.style.getPropertyValue('--utrecht-button-primary-action-background-color'),
        ),
      )
      .toBe('');

    // Back to the base theme for the other specs.
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer/organisatie');
    await buttonColour.fill('');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();
  });
});
