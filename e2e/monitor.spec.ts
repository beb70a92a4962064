import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';

const e2e = setupE2E();

interface WaveJson {
  id: string;
  year: number;
  population: string;
  status: string;
}

async function orgIdOf(page: Page): Promise<string> {
  const me = await (await page.request.get('/api/v1/me')).json();
  return me.memberships[0].organisationId;
}

async function waves(page: Page, orgId: string): Promise<WaveJson[]> {
  return (await page.request.get(`/api/v1/orgs/${orgId}/monitor/waves`)).json();
}

describe('the Monitor', () => {
  it('a researcher opens the demo waves, sees the trend with significance and the 2016 break, and opens the report', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.researcher);
    await visit(page, '/monitor');
    const table = page.getByRole('table', { name: 'Metingen' });
    await expect(table.textContent()).resolves.toContain(
      'Monitor Integriteit en Veiligheid 2022 (synthetisch)',
    );
    expect(await table.getByRole('row').count()).toBe(8); // header + 7 waves

    await page.getByRole('link', { name: 'Politieke ambtsdragers' }).first().click();
    // Client-side navigation: wait for the URL, not only for the page to settle.
    await page.waitForURL((url) => url.pathname === '/monitor/trends/ambtsdragers');
    await waitForPage(page);
    await page.getByRole('table', { name: 'Ontwikkeling door de jaren' }).waitFor();
    await expect(
      page
        .getByText(/Synthetische gegevens/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const step2022 = page.locator('[data-step="agressie-2022"]');
    await expect(step2022.textContent()).resolves.toMatch(/\+14,0 pp\s*\(significant\)/);
    await expect(page.locator('[data-step="agressie-2018"]').textContent()).resolves.toBe(
      'niet vergelijkbaar',
    );
    await expect(
      page.locator('svg[role="img"]').first().getAttribute('aria-labelledby'),
    ).resolves.toBeTruthy();
    await checkA11y(page);

    const orgId = await orgIdOf(page);
    const w2022 = (await waves(page, orgId)).find(
      (w) => w.year === 2022 && w.population === 'office_holders',
    )!;
    await visit(page, `/monitor/metingen/${w2022.id}`);
    await page.getByRole('table', { name: 'Respons per stratum' }).waitFor();

    await page.getByRole('link', { name: 'Resultaten bekijken' }).click();
    await waitForPage(page);
    await page
      .getByRole('table', {
        name: /Tabel bij de grafiek: ervaren agressie of intimidatie naar bestuurslaag/,
      })
      .waitFor();
    await expect(
      page
        .getByRole('heading', { level: 2, name: /Ervaren agressie of intimidatie: 49%/ })
        .isVisible(),
    ).resolves.toBe(true);
    await checkA11y(page);

    await visit(page, `/monitor/metingen/${w2022.id}`);
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await waitForPage(page);
    await checkA11y(page);
    const pdfHref = await page.getByRole('link', { name: /PDF/ }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const htmlHref = await page.getByRole('link', { name: /HTML/ }).getAttribute('href');
    await visit(page, htmlHref!);
    await expect(page.locator('.synthetisch').textContent()).resolves.toContain('Synthetisch');
    await page.getByRole('heading', { name: 'Verantwoording' }).waitFor();
  });

  it('a researcher imports a semicolon CSV and watches it finish', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.researcher);
    const orgId = await orgIdOf(page);
    const cs2024 = (await waves(page, orgId)).find(
      (w) => w.year === 2024 && w.population === 'civil_servants',
    )!;
    await visit(page, `/monitor/metingen/${cs2024.id}/importeren`);
    const rows = Array.from(
      { length: 60 },
      (_, i) => `rijk-ambtenaar-alle;1,0;${i % 3 === 0 ? 1 : 0}`,
    );
    await page.getByLabel('Bestand').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFFstratum;gewicht;agressie\r\n${rows.join('\r\n')}\r\n`),
    });
    await page.getByRole('button', { name: 'Import starten' }).press('Enter');
    await page.getByText('Klaar: 60 respondenten geïmporteerd.').waitFor({ timeout: 30_000 });
    await checkA11y(page);
  });

  it('an invitee answers by the link in the mail, without logging in', async () => {
    const page = await e2e.page();
    const csrf = await loginViaApi(page, DEMO_USERS.researcher);
    const orgId = await orgIdOf(page);
    const base = `/api/v1/orgs/${orgId}/monitor`;
    const created = await page.request.post(`${base}/waves`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        year: 2026,
        population: 'office_holders',
        fieldStart: '2026-01-10',
        fieldEnd: '2026-12-31',
      },
    });
    const waveId = (await created.json()).id;
    const upload = (url: string, method: 'put' | 'post', text: string) =>
      page.request[method](url, {
        headers: { 'x-csrf-token': csrf },
        multipart: { file: { name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(text) } },
      });
    expect(
      (
        await upload(
          `${base}/waves/${waveId}/frame`,
          'put',
          'code;bestuurslaag;functie;grootteklasse;populatie\ngm-raad;gemeente;raadslid;;8500\n',
        )
      ).ok(),
    ).toBe(true);
    expect(
      (
        await upload(
          `${base}/waves/${waveId}/invitations`,
          'post',
          'email;stratum\ne2e-raadslid@example.org;gm-raad\n',
        )
      ).ok(),
    ).toBe(true);
    await page.request.post(`${base}/waves/${waveId}/status`, {
      headers: { 'x-csrf-token': csrf },
      data: { status: 'fielding' },
    });
    await page.context().clearCookies();

    // The mail lands in the server's outbox (no SMTP in this run); the job runs every few seconds.
    const outbox = path.join(e2e.server.dataDir, 'outbox');
    const findToken = () => {
      if (!fs.existsSync(outbox)) return null;
      for (const f of fs.readdirSync(outbox)) {
        const text = fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '');
        if (text.includes('e2e-raadslid@example.org'))
          return text.match(/vragenlijst\/(wbm_[A-Za-z0-9_-]+)/)?.[1] ?? null;
      }
      return null;
    };
    await expect.poll(findToken, { timeout: 20_000, interval: 500 }).toBeTruthy();
    await visit(page, `/monitor/vragenlijst/${findToken()}`);

    // Submitting empty shows the error summary, with focus on it.
    await page.getByRole('button', { name: 'Antwoorden versturen' }).press('Enter');
    await page.getByRole('alert').first().waitFor();
    await checkA11y(page);
    await page.getByLabel('Ja').first().check();
    await page
      .getByRole('group', { name: /online plaats/ })
      .getByLabel('Nee')
      .check();
    await page
      .getByRole('group', { name: /gemeld/ })
      .getByLabel('Ja')
      .check();
    await page
      .getByRole('group', { name: /vermoeden/ })
      .getByLabel('Nee')
      .check();
    await page
      .getByRole('group', { name: /gedragscode/ })
      .getByLabel('Ja')
      .check();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).press('Enter');
    await page
      .getByRole('heading', { name: 'Dank u wel! Uw antwoorden zijn ontvangen.' })
      .waitFor();
    await checkA11y(page);
  });

  it('a national analyst reads the published reports but not unpublished waves', async () => {
    const page = await e2e.page({ width: 320 });
    await loginViaApi(page, DEMO_USERS.nationalAnalyst);
    await visit(page, '/monitor');
    const links = page
      .getByRole('list')
      .filter({ hasText: 'Monitor Integriteit en Veiligheid 2022' });
    await expect(links.first().isVisible()).resolves.toBe(true);
    await page
      .getByRole('link', { name: /Monitor Integriteit en Veiligheid 2022: Politieke ambtsdragers/ })
      .click();
    await waitForPage(page);
    await page.getByRole('table', { name: /Kerncijfers 2022/ }).waitFor();
    await checkA11y(page);
    const orgId = await orgIdOf(page);
    const list = await waves(page, orgId);
    expect(list.every((w) => w.status === 'published')).toBe(true);
  });

  it('a visitor without a login reads a published report (a published report is public)', async () => {
    const page = await e2e.page();
    await visit(page, '/publicaties/monitor');
    await page
      .getByRole('link', { name: /Monitor Integriteit en Veiligheid 2022.*Politieke ambtsdragers/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/publicaties/monitor/'));
    await waitForPage(page);
    await page.getByRole('table', { name: /Kerncijfers 2022/ }).waitFor();
    await checkA11y(page);
    const href = await page
      .getByRole('link', { name: 'Rapport openen (HTML)' })
      .getAttribute('href');
    const html = await page.request.get(href!);
    expect(html.status()).toBe(200);
    expect(await html.text()).toContain('Verantwoording');
  });
});
