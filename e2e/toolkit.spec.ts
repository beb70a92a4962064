import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

/*
 * Toolkit: a council member finds a guide by searching the catalogue, opens a training,
 * signs up for a session by keyboard and gets the calendar invitation (.ics). The org admin
 * publishes the organisation's norm, which a visitor reads without login and the report form
 * links to; plans a session, records attendance and sees it in the training overview.
 * Someone cancels their sign-up: the button turns back and the first on the waiting list
 * gets the place.
 * axe runs on every page and state.
 */

const e2e = setupE2E();

/** Fill the session form's start and end, this many ms from now, in the browser's time. */
async function fillTimes(page: Page, fromNow: number, endFromNow: number) {
  const [start, end] = await page.evaluate(
    ([a, b]) => {
      const p = (n: number) => String(n).padStart(2, '0');
      const local = (d: Date) =>
        `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
      return [local(new Date(Date.now() + a)), local(new Date(Date.now() + b))];
    },
    [fromNow, endFromNow] as const,
  );
  await page.locator('#session-start').fill(start ?? '');
  await page.locator('#session-end').fill(end ?? '');
}

describe('toolkit journey', () => {
  it('finds a guide by search and signs up for a training with a calendar invitation', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.reporter);
    await visit(page, '/toolkit');
    await page.locator('h1', { hasText: 'Toolkit' }).waitFor();
    await checkA11y(page);

    // Search by keyboard: a stemmed Dutch word finds the guide and the training.
    await tabTo(page, page.locator('#toolkit-q'), { maxStops: 60 });
    await page.keyboard.type('bedreigingen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/toolkit\?q=bedreigingen/);
    await page.getByRole('link', { name: 'Online intimidatie: wat kunt u doen' }).waitFor();
    // The list is the search's answer: the Bibob guide (no threats in it) is gone.
    await page
      .getByRole('link', { name: 'Bibob-beleid in tien stappen' })
      .waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(
      /\d+ items? gevonden/,
    );
    await checkA11y(page);

    // The guide's page shows its text, source and date.
    await page.getByRole('link', { name: 'Online intimidatie: wat kunt u doen' }).click();
    await page.locator('h1', { hasText: 'Online intimidatie: wat kunt u doen' }).waitFor();
    await waitForPage(page);
    await page.getByText('Reageer niet direct').waitFor();
    await checkA11y(page);

    // The training: sign up for the first session by keyboard.
    await visit(page, '/toolkit/omgaan-met-intimidatie-en-bedreiging');
    await page.locator('h1', { hasText: 'Omgaan met intimidatie en bedreiging' }).waitFor();
    await checkA11y(page);
    const signUp = page.getByRole('button', { name: /^Aanmelden voor / }).first();
    await tabTo(page, signUp, { maxStops: 80 });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'U bent aangemeld' }).waitFor();
    await checkA11y(page);

    // The calendar invitation downloads as a real .ics for this session.
    const link = page.getByRole('link', { name: /Agenda-uitnodiging voor .* downloaden/ }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/calendar\.ics$/);
    const ics = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '', { credentials: 'same-origin' });
      return { type: res.headers.get('content-type'), text: await res.text() };
    }, href);
    expect(ics.type).toContain('text/calendar');
    const text = ics.text.replace(/\r\n /g, '');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Omgaan met intimidatie en bedreiging');
    expect(text).toContain('LOCATION:Stadhuis Utrecht');
  });

  it('publishes the norm: a public page without login, linked from the report form', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/toolkit');
    await page.getByRole('link', { name: 'Norm tegen agressie' }).click();
    await page.locator('h1', { hasText: 'Norm tegen agressie' }).waitFor();
    await checkA11y(page);
    const sentence = `Wij bellen u binnen een dag terug (${Date.now()}).`;
    const body = page.locator('#norm-body');
    await body.fill(`## Melden hoort en helpt\n\n${sentence}\n\n- Melden hoort.\n- Melden helpt.`);
    if (!(await page.locator('#norm-published').isChecked())) {
      await page.locator('#norm-published').check();
    }
    await page.getByRole('button', { name: 'Norm opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'opgeslagen en gepubliceerd' }).waitFor();
    await checkA11y(page);

    // A visitor without login reads it.
    const visitor = await e2e.page();
    await visit(visitor, '/norm/GM0344');
    await visitor.locator('h1', { hasText: 'Onze norm: melden hoort en helpt' }).waitFor();
    await visitor.getByText(sentence).waitFor();
    await visitor.getByText('Gemeente Utrecht').first().waitFor();
    await checkA11y(visitor);
    await visit(visitor, '/norm/ZZ0000');
    await visitor.getByText('geen norm gepubliceerd').waitFor();

    // The report form links to it.
    await visit(page, '/meldingen/nieuw');
    const link = page.getByRole('link', { name: 'Onze norm: melden hoort en helpt' });
    await link.waitFor();
    await checkA11y(page);
    await link.click();
    await page.waitForURL(/\/norm\/GM0344$/);
    await page.getByText(sentence).waitFor();
  });

  it('plans a session, records attendance and shows it in the training overview', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/toolkit/omgaan-met-intimidatie-en-bedreiging');
    await page.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
    await page.locator('h1', { hasText: 'Bijeenkomst plannen' }).waitFor();
    await checkA11y(page);

    // A session that began two hours ago and runs for another hour, so its attendance can be
    // recorded now (and someone at the door can still be signed up).
    await fillTimes(page, -2 * 3_600_000, 3_600_000);
    await page.locator('#session-place').fill('Stadskantoor, zaal 3');
    await page.locator('#session-capacity').fill('12');
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await page.waitForURL(/\/toolkit\/bijeenkomsten\/[0-9a-f-]{36}$/);
    await page.getByText('Niemand uit uw organisatie heeft zich aangemeld.').waitFor();
    await checkA11y(page);

    // The admin signs up for it (the earliest session, first in the list).
    await page.getByRole('link', { name: 'Terug naar de training' }).click();
    await page.locator('h1', { hasText: 'Omgaan met intimidatie en bedreiging' }).waitFor();
    await page.getByText('Stadskantoor, zaal 3 (Eigen bijeenkomst)').waitFor();
    await page
      .getByRole('button', { name: /^Aanmelden voor / })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'U bent aangemeld' }).waitFor();

    // Attendance, by keyboard.
    await page
      .getByRole('link', { name: /^Aanmeldingen en aanwezigheid voor / })
      .first()
      .click();
    const box = page.getByRole('checkbox', { name: 'Bea Beheerder was aanwezig' });
    await box.waitFor();
    await checkA11y(page);
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'De aanwezigheid is vastgelegd.' }).waitFor();
    await expect(box.isChecked()).resolves.toBe(true);
    await checkA11y(page);

    await visit(page, '/toolkit/trainingsoverzicht');
    const row = page.getByRole('row').filter({ hasText: 'Bea Beheerder' });
    await row.filter({ hasText: 'Omgaan met intimidatie en bedreiging (' }).waitFor();
    await expect(row.textContent()).resolves.toContain('Gevolgd');

    // The organisation gives new office holders six months for the required training.
    await checkA11y(page);
    await page.locator('#required-months').fill('6');
    await page.getByRole('button', { name: 'Verplichte training opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De verplichte training is opgeslagen.' })
      .waitFor();
    await page.getByText('binnen 6 maanden na hun start').waitFor();
    await checkA11y(page);
  });

  it('calls off a session someone signed up for: it stays, marked Geannuleerd', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/toolkit/omgaan-met-intimidatie-en-bedreiging/bijeenkomsten/nieuw');
    await page.locator('h1', { hasText: 'Bijeenkomst plannen' }).waitFor();
    await fillTimes(page, 7 * 86_400_000, 7 * 86_400_000 + 7_200_000);
    await page.locator('#session-place').fill('Stadskantoor, zaal 5');
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await page.waitForURL(/\/toolkit\/bijeenkomsten\/[0-9a-f-]{36}$/);
    const manage = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Terug naar de training' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Stadskantoor, zaal 5' });
    await row.getByRole('button', { name: /^Aanmelden voor / }).click();
    await page.getByRole('status').filter({ hasText: 'U bent aangemeld' }).waitFor();

    await visit(page, manage);
    const cancel = page.getByRole('button', { name: 'Bijeenkomst annuleren' });
    await cancel.waitFor();
    await checkA11y(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await cancel.click();
    await page.getByText('Deze bijeenkomst is geannuleerd.').waitFor();
    await checkA11y(page);

    await page.getByRole('link', { name: 'Terug naar de training' }).click();
    await row.getByText('Geannuleerd').waitFor();
    await row.getByText('Deze bijeenkomst gaat niet door.').waitFor();
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await checkA11y(page);
  });

  it('cancels a sign-up: the button turns back and the waiting list moves up', async () => {
    // The online session has one place: the handler takes it, the councillor waits.
    const training = '/toolkit/omgaan-met-intimidatie-en-bedreiging';
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.handler);
    await visit(handler, training);
    const online = (page: typeof handler) => page.getByRole('row').filter({ hasText: 'Online' });
    await online(handler)
      .getByRole('button', { name: /^Aanmelden voor / })
      .click();
    await handler.getByRole('status').filter({ hasText: 'U bent aangemeld' }).waitFor();

    const councillor = await e2e.page();
    await loginViaApi(councillor, DEMO_USERS.councillor);
    await visit(councillor, training);
    await online(councillor)
      .getByRole('button', { name: /^Aanmelden voor / })
      .click();
    await councillor
      .getByRole('status')
      .filter({ hasText: 'plaats 1 van de wachtlijst' })
      .waitFor();
    await online(councillor).getByText('U staat op plaats 1 van de wachtlijst').waitFor();
    await checkA11y(councillor);

    // The handler cancels, after confirming: the sign-up button is back.
    const cancel = online(handler).getByRole('button', { name: /^Afmelden voor / });
    await cancel.waitFor();
    await checkA11y(handler);
    handler.once('dialog', (dialog) => void dialog.accept());
    await cancel.click();
    await handler.getByRole('status').filter({ hasText: 'U bent afgemeld.' }).waitFor();
    await online(handler)
      .getByRole('button', { name: /^Aanmelden voor / })
      .waitFor();
    await expect(
      online(handler)
        .getByRole('button', { name: /^Afmelden voor / })
        .count(),
    ).resolves.toBe(0);
    await checkA11y(handler);

    // The councillor moved up into the freed place.
    await visit(councillor, training);
    await online(councillor).getByText('U bent aangemeld').waitFor();
    await online(councillor)
      .getByRole('button', { name: /^Afmelden voor / })
      .waitFor();
  });
});
