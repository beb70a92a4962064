import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../src/test/pdf-tools';
import { pngBytes } from '../src/test/png';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

const e2e = setupE2E();

/** A screenshot as evidence: a real PNG structure, so the server's sniffing accepts it. */
const SCREENSHOT = pngBytes(Buffer.from(`schermafdruk van een dreigbericht ${Date.now()}`));
const SCREENSHOT_SHA = createHash('sha256').update(SCREENSHOT).digest('hex');
const NARRATIVE = 'Een bezoeker schreeuwde aan de balie dat hij mij na het werk zou opwachten.';

/** Reports filed for the paging test: a page holds 50. */
const PAGING_REPORTS = 55;
const PAGING_REPORT = {
  reporterGroup: 'civil_servant',
  target: 'self',
  occurredOn: new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10),
  location: 'work_location',
  channel: 'phone',
  kinds: ['verbal_aggression'],
  perpetratorKnown: false,
  perpetratorRepeat: false,
  impacts: [],
  witnesses: false,
  policeCalled: false,
};

/** Yesterday as the digits a Dutch date field takes from the keyboard (dd mm jjjj). */
function yesterdayDigits(): string {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  const [y, m, day] = d.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }).split('-');
  return `${day}${m}${y}`;
}

/** Move focus to a field with Tab and press Space (radio button, checkbox). */
async function tabAndSpace(page: Page, selector: string) {
  await tabTo(page, page.locator(selector), { maxStops: 60 });
  await page.keyboard.press('Space');
}

async function tabAndType(page: Page, selector: string, text: string) {
  await tabTo(page, page.locator(selector), { maxStops: 60 });
  await page.keyboard.type(text);
}

describe('incident journey', () => {
  it('a reporter files a report with evidence by keyboard; a handler triages it, plans aftercare and gets the police-report PDF', async () => {
    // ── reporter ──────────────────────────────────────────────────────────
    const reporter = await e2e.page({ width: 390, height: 844 });
    await loginViaApi(reporter, DEMO_USERS.reporter);
    await visit(reporter, '/meldingen/nieuw');
    await expect(reporter.locator('h1').textContent()).resolves.toBe('Melding doen');

    // Submitting the empty form shows the error summary, which takes focus.
    await tabTo(reporter, reporter.locator('#report-submit'), { maxStops: 80 });
    await reporter.keyboard.press('Enter');
    await reporter.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(reporter);

    await tabAndSpace(reporter, '#report-reporterGroup');
    await tabAndSpace(reporter, '#report-kinds');
    await tabAndSpace(reporter, '#report-kinds-threat');
    await tabAndType(reporter, '#report-narrative', NARRATIVE);
    await tabAndType(reporter, '#report-occurredOn', yesterdayDigits());
    await tabAndSpace(reporter, '#report-location');
    await tabAndSpace(reporter, '#report-channel');
    // In a radio group Tab reaches the group once; the arrow keys choose within it.
    await tabTo(reporter, reporter.locator('#report-perpetratorKnown'), { maxStops: 60 });
    await reporter.keyboard.press('ArrowDown');
    await expect(reporter.locator('#report-perpetratorKnown-no').isChecked()).resolves.toBe(true);
    await tabTo(reporter, reporter.locator('#report-attachments'), { maxStops: 60 });
    const [chooser] = await Promise.all([
      reporter.waitForEvent('filechooser'),
      reporter.keyboard.press('Space'),
    ]);
    await chooser.setFiles({ name: 'dreigbericht.png', mimeType: 'image/png', buffer: SCREENSHOT });
    await reporter.getByText('dreigbericht.png').waitFor();
    await tabTo(reporter, reporter.locator('#report-submit'), { maxStops: 20 });
    await reporter.keyboard.press('Enter');

    await reporter.getByRole('heading', { level: 1, name: 'Uw melding is ontvangen' }).waitFor();
    // Keyboard and screen-reader users land on the confirmation.
    await expect
      .poll(() => reporter.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Uw melding is ontvangen');
    await expect(reporter.locator('[data-testid="sha256"]').first().textContent()).resolves.toBe(
      SCREENSHOT_SHA,
    );
    const receipt = (await reporter.getByText(/kenmerk M-\d+/).textContent()) ?? '';
    const reference = /M-\d+/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    await checkA11y(reporter);

    await visit(reporter, '/meldingen/mijn');
    await reporter.getByRole('link', { name: reference }).click();
    await reporter.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await checkA11y(reporter);

    // ── handler ───────────────────────────────────────────────────────────
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.handler);
    await visit(handler, '/meldingen/register');
    await handler.getByRole('link', { name: reference }).click();
    await handler.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await waitForPage(handler);
    await checkA11y(handler);

    await handler.locator('#transition-to').selectOption('in_treatment');
    await handler.getByRole('button', { name: 'Wijzigen' }).click();
    await handler.locator('#transition-to option[value="measures"]').waitFor({ state: 'attached' });

    await handler.locator('#triage-priority').selectOption('normal');
    await handler.locator('label[for="triage-risks-weapon"]').click();
    await handler.locator('#triage-note').fill('Dreigde met opwachten; wapen genoemd.');
    await handler.locator('#triage-submit').click();
    await handler.getByText('Prioriteit: Hoog', { exact: true }).waitFor();

    await handler.locator('#measure-type').selectOption('police_report');
    await handler.locator('label[for="measure-filedBy-employer"]').click();
    await handler.locator('label[for="measure-useOrganisationAddress"]').click();
    await handler.locator('#measure-submit').click();
    await handler.getByText('De werkgever namens de medewerker').first().waitFor();

    await handler.locator('#plan-aftercare').click();
    await handler.getByText('Contact op de volgende werkdag').waitFor();
    await checkA11y(handler);

    const [download] = await Promise.all([
      handler.waitForEvent('download'),
      handler.locator('#download-police-pdf').click(),
    ]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(SCREENSHOT_SHA);
    expect(text).toContain(reference);
    expect(text).toContain('De werkgever namens de medewerker');
    expect(text).toContain('Contactgegevens van het slachtoffer');
    expect(text).not.toContain('Mijzelf');
  });

  it('the register counts the reports and pages through them; the page is in the address', async () => {
    const handler = await e2e.page();
    const csrf = await loginViaApi(handler, DEMO_USERS.handler);
    const me = await (await handler.request.get('/api/v1/me')).json();
    const orgId: string = me.memberships[0].organisationId;
    // More reports than fit on one page (50), each findable by a word of this run only
    // (a retry adds its own reports to the same demo register).
    const word = `paginering${Date.now().toString(36)}`;
    for (let i = 1; i <= PAGING_REPORTS; i++) {
      const response = await handler.request.post(`/api/v1/orgs/${orgId}/incidents`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          ...PAGING_REPORT,
          narrative: `Testmelding ${i} voor de ${word} van het register.`,
        },
      });
      expect(response.status()).toBe(201);
    }
    const { total } = await (
      await handler.request.get(`/api/v1/orgs/${orgId}/incidents?limit=1`)
    ).json();
    expect(total).toBeGreaterThan(50);

    await visit(handler, '/meldingen/register');
    const count = handler.locator('#register-results');
    const pagination = handler.getByRole('navigation', { name: 'Paginering' });
    const references = () => handler.locator('tbody tr td:first-child a').allTextContents();
    await expect(count.textContent()).resolves.toBe(`${total} meldingen`);
    await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toBe('1');
    const firstPage = await references();
    expect(firstPage).toHaveLength(50);

    // Next page by keyboard: the page lands in the address and focus on the count.
    await pagination.getByRole('link', { name: 'Volgende pagina' }).focus();
    await handler.keyboard.press('Enter');
    await handler.waitForURL((url) => url.searchParams.get('pagina') === '2');
    await pagination
      .getByRole('link', { name: 'Pagina 2' })
      .and(handler.locator('[aria-current="page"]'))
      .waitFor();
    await expect
      .poll(() => handler.evaluate(() => document.activeElement?.id))
      .toBe('register-results');
    const secondPage = await references();
    expect(secondPage).toHaveLength(Math.min(50, total - 50));
    expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
    await expect(handler.locator('caption').textContent()).resolves.toBe(
      `Meldingen 51 tot en met ${50 + secondPage.length}`,
    );
    await checkA11y(handler);

    // Reload and back keep the page.
    await handler.reload();
    await waitForPage(handler);
    await expect(pagination.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
    await handler.goBack();
    await expect.poll(() => pagination.locator('[aria-current="page"]').textContent()).toBe('1');

    // A search pages through its hits; a new filter starts again at page 1.
    await visit(handler, '/meldingen/register?pagina=2');
    await handler.locator('#filter-q').fill(word);
    await handler.getByRole('button', { name: 'Toepassen' }).click();
    await handler.waitForURL((url) => url.searchParams.get('q') === word);
    expect(new URL(handler.url()).searchParams.has('pagina')).toBe(false);
    await expect.poll(() => count.textContent()).toBe(`${PAGING_REPORTS} gevonden`);
    await pagination.getByRole('link', { name: 'Pagina 2' }).click();
    await handler.waitForURL((url) => url.searchParams.get('pagina') === '2');
    // The count is the same on both pages: wait for the second page's reports.
    await expect.poll(async () => (await references()).length).toBe(PAGING_REPORTS - 50);
    await expect(count.textContent()).resolves.toBe(`${PAGING_REPORTS} gevonden`);
    expect(new URL(handler.url()).searchParams.get('q')).toBe(word);
    await checkA11y(handler);
  });

  it('an organisation admin sets the first-contact term and the aftercare schedule', async () => {
    const admin = await e2e.page();
    await loginViaApi(admin, DEMO_USERS.orgAdmin);
    await visit(admin, '/meldingen/instellingen');
    await admin.locator('#settings-firstContactWorkingDays').fill('3');
    await admin.locator('#settings-aftercareSchedule').fill('1w, 14d');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('Opgeslagen.').waitFor();
    await checkA11y(admin);
    await admin.locator('#settings-aftercareSchedule').fill('morgen');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(admin);
  });
});
