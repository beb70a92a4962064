import { describe, expect, it } from 'vitest';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';

const e2e = setupE2E();

/** A small landscape logo: a dark bar with a light square, as SVG. */
const LOGO_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">' +
    '<rect width="120" height="40" fill="#0b3d91"/><rect x="8" y="8" width="24" height="24" fill="#ffffff"/></svg>',
);

describe('organisation logo (/beheer/organisatie)', () => {
  it('the admin uploads a logo; it shows in the app header and on the public reporting page; then removes it', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    const me = await (await page.request.get('/api/v1/me')).json();
    const code = (me.memberships as { code: string; roles: string[] }[]).find((m) =>
      m.roles.includes('org_admin'),
    )!.code;

    await visit(page, '/beheer/organisatie');
    await page.getByRole('heading', { level: 2, name: 'Logo' }).waitFor();
    // A file that is no image is refused with the server's words at the field.
    await page.getByLabel('Bestand met het logo').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<html><body>geen logo</body></html>'),
    });
    await page.getByRole('button', { name: 'Logo opslaan' }).click();
    await page.getByRole('link', { name: 'alleen PNG, JPEG of SVG' }).waitFor();

    await page.getByLabel('Bestand met het logo').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: LOGO_SVG,
    });
    await page.getByRole('button', { name: 'Logo opslaan' }).click();
    await page.getByText('Het logo is opgeslagen.').waitFor();
    const header = page.getByTestId('organisation-logo');
    await header.waitFor();
    await expect
      .poll(() => header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await checkA11y(page);

    // The served SVG may run and load nothing on its own.
    const served = await page.request.get(`/api/v1/public/organisations/${code}/logo`);
    expect(served.headers()['content-type']).toBe('image/svg+xml');
    expect(served.headers()['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );

    // Without login, the organisation's public reporting page carries the logo too.
    await page.context().clearCookies();
    await visit(page, `/integriteit/melden/${code}`);
    await page.getByTestId('organisation-logo').waitFor();
    await checkA11y(page);

    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer/organisatie');
    await page.getByRole('button', { name: 'Logo verwijderen' }).click();
    await page.getByText('Het logo is verwijderd.').waitFor();
    await expect.poll(() => page.getByTestId('organisation-logo').count()).toBe(0);
    expect((await page.request.get(`/api/v1/public/organisations/${code}/logo`)).status()).toBe(
      404,
    );
  });

  it('the admin sets retention terms within their bounds (/beheer/bewaartermijnen)', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer');
    await page.getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor();
    const integrity = page.getByLabel('Bewaartermijn integriteitsmeldingen (in maanden)');
    await integrity.fill('6');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await page
      .getByRole('link', {
        name: 'Vul voor integriteitsmeldingen een heel aantal maanden in van 12 tot en met 240.',
      })
      .waitFor();
    await checkA11y(page);
    await integrity.fill('72');
    await page.getByLabel('Bewaartermijn meldingen van agressie en geweld (in maanden)').fill('36');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await page.getByText('De bewaartermijnen zijn opgeslagen.').waitFor();
    await checkA11y(page);
    // Loaded again, the page shows the stored term.
    await visit(page, '/beheer/bewaartermijnen');
    await expect
      .poll(() => page.getByLabel('Bewaartermijn integriteitsmeldingen (in maanden)').inputValue())
      .toBe('72');
  });
});
