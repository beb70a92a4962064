import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

const e2e = setupE2E();

const ORGANISATION = 'GM0344';
const QUESTION = 'Weet u nog op welke datum de stemming was?';
const ANSWER = 'Het was de raadsvergadering van 12 maart.';
const FEEDBACK = 'Wij hebben uw melding beoordeeld en spreken de betrokkene aan op het stemgedrag.';
/** A small real PDF, so the server's type check by content accepts it. */
const PDF = Buffer.from('%PDF-1.4\n% notulen\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** Today plus `days` in Amsterdam, as YYYY-MM-DD. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'Europe/Amsterdam',
  });
}

async function csv(page: Page, selector: string, name: string, lines: string[]) {
  await page
    .locator(selector)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
}

describe('integrity journey', () => {
  it('an anonymous reporter files a report and answers the handler with the receipt; the handler acknowledges within the 7-day clock, assesses and gives feedback', async () => {
    // ── the anonymous reporter, from the login page, on a phone ─────────────
    const reporter = await e2e.page({ width: 390, height: 844 });
    await visit(reporter, '/inloggen');
    await reporter.getByRole('link', { name: /Anoniem een integriteitsmelding doen/ }).click();
    await reporter
      .getByRole('heading', { level: 1, name: 'Anoniem een integriteitsmelding doen' })
      .waitFor();
    await checkA11y(reporter);
    await reporter.locator('#anonymous-organisation').selectOption(ORGANISATION);
    await reporter.locator('#anonymous-start').click();
    await reporter
      .getByRole('heading', { level: 1, name: 'Anonieme integriteitsmelding' })
      .waitFor();
    await reporter.getByText('U meldt bij Gemeente Utrecht').waitFor();
    await checkA11y(reporter);

    // An empty submit shows the error summary, which takes focus.
    await tabTo(reporter, reporter.locator('#anonymous-submit'), { maxStops: 60 });
    await reporter.keyboard.press('Enter');
    await reporter.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(reporter);

    await reporter.locator('#anonymous-category').selectOption('voting_personal_interest');
    await reporter.locator('label[for="anonymous-subjectType"]').click();
    await reporter.locator('#anonymous-summary').fill('Raadslid stemde over eigen belang');
    await reporter
      .locator('#anonymous-description')
      .fill(
        'Een raadslid stemde mee over een bouwproject van een bedrijf waarin hij aandelen heeft.',
      );
    await reporter
      .locator('#anonymous-attachments')
      .setInputFiles({ name: 'notulen.pdf', mimeType: 'application/pdf', buffer: PDF });
    await reporter.locator('#anonymous-submit').click();
    await reporter.getByRole('heading', { level: 1, name: 'Uw melding is ontvangen' }).waitFor();
    const receipt = ((await reporter.getByTestId('receipt').textContent()) ?? '').trim();
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const reference = /I-\d+/.exec((await reporter.locator('main').textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    await checkA11y(reporter);
    // Nothing was stored in the browser that outlives the tab: no cookie at all.
    expect(await reporter.context().cookies()).toEqual([]);

    // ── the integrity officer sees the 7-day clock and asks a question ──────
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.integrityOfficer);
    await visit(handler, '/integriteit/meldingen');
    const row = handler.getByRole('row').filter({ hasText: reference! });
    await expect(row.getByTestId('clock-acknowledgement').textContent()).resolves.toContain(
      'nog 7 dagen',
    );
    await row.getByRole('link', { name: reference! }).click();
    await handler.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await waitForPage(handler);
    await expect(
      handler.getByTestId('clock-acknowledgement').first().textContent(),
    ).resolves.toContain('nog 7 dagen');
    await checkA11y(handler);
    await handler.locator('#write-body').fill(QUESTION);
    await handler.locator('#write-submit').click();
    await handler.getByText(QUESTION).first().waitFor();

    // ── the reporter comes back later with the receipt and answers ──────────
    const back = await e2e.page({ width: 390, height: 844 });
    await visit(back, `/integriteit/ontvangstcode`);
    await back.locator('#receipt-organisationCode').selectOption(ORGANISATION);
    await back.locator('#receipt-receipt').fill('1234 5678 9012 3456');
    await back.locator('#receipt-submit').click();
    await back.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(back);
    await back.locator('#receipt-receipt').fill(receipt);
    await back.locator('#receipt-submit').click();
    await back.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await back.getByText(QUESTION).waitFor();
    await checkA11y(back);
    await back.locator('#reply-body').fill(ANSWER);
    await back.locator('#reply-submit').click();
    await back.getByText(ANSWER).waitFor();
    expect(await back.context().cookies()).toEqual([]);

    // ── the handler acknowledges and later gives feedback ───────────────────
    await handler.reload();
    await handler.getByRole('heading', { level: 1, name: `Melding ${reference}` }).waitFor();
    await handler.getByText(ANSWER).waitFor();
    await handler.locator('#ack-submit').click();
    await handler
      .getByTestId('clock-acknowledgement')
      .filter({ hasText: 'gedaan op' })
      .first()
      .waitFor();
    // Feedback is on the assessment, so the handler records that first.
    await handler.locator('#assessment-assessment').fill('Voldoende aanwijzingen voor onderzoek.');
    await handler.getByLabel('Onderzoek instellen').check();
    await handler.locator('#assessment-reason').fill('Concrete feiten.');
    await handler.locator('#assessment-submit').click();
    await handler.locator('#feedback-body').waitFor();
    await handler.locator('#feedback-body').fill(FEEDBACK);
    await handler.locator('#feedback-submit').click();
    await handler.getByTestId('clock-feedback').filter({ hasText: 'gedaan op' }).first().waitFor();
    await checkA11y(handler);

    await back.reload();
    await back.getByText(FEEDBACK).waitFor();
    await back
      .getByTestId('clock-acknowledgement')
      .filter({ hasText: 'gedaan op' })
      .first()
      .waitFor();
    await checkA11y(back);
  });

  it('a clerk imports an agenda, is told which row is broken, and sees a flagged conflict', async () => {
    const clerk = await e2e.page();
    await loginViaApi(clerk, DEMO_USERS.clerk);
    await visit(clerk, '/integriteit/agenda-check');
    await clerk.locator('#agenda-title').fill('Commissie Samenleving');
    await clerk.locator('#agenda-meetsOn').fill(dayFromNow(7));
    await csv(clerk, '#agenda-file', 'agenda.csv', [
      'item,title,description',
      '1,Opening,',
      '2,,Titel vergeten',
    ]);
    await clerk.locator('#agenda-submit').click();
    await clerk
      .locator('.weerbaar-error-summary')
      .getByText('Regel 3: de titel ontbreekt.')
      .waitFor();
    await checkA11y(clerk);

    await csv(clerk, '#agenda-file', 'agenda.csv', [
      'item,title,description',
      '1,Opening en mededelingen,',
      '2,Subsidie kleedkamers,Voorstel om de Stichting Sportpark-Noord een subsidie te geven.',
      '3,Rondvraag,',
    ]);
    await clerk.locator('#agenda-submit').click();
    await clerk.getByRole('heading', { level: 1, name: 'Commissie Samenleving' }).waitFor();
    const conflict = clerk.getByTestId('conflict').first();
    await expect(conflict.textContent()).resolves.toContain('Rachid Raadslid');
    await expect(conflict.textContent()).resolves.toContain('Stichting Sportpark Noord');
    await expect(conflict.textContent()).resolves.toContain('Overeenkomst 100%');
    await checkA11y(clerk);
    await clerk.locator('#agenda-notify').click();
    await clerk.getByText('De berichten worden verstuurd.').waitFor();

    await visit(clerk, '/integriteit/nevenfuncties');
    await clerk.getByText('Karel Klaassen').first().waitFor();
    await visit(clerk, `/openbaar/${ORGANISATION}/nevenfuncties`);
    await clerk.getByRole('heading', { level: 2, name: /Rachid Raadslid/ }).waitFor();

    // The councillor records a decision on a flagged item.
    const councillor = await e2e.page();
    await loginViaApi(councillor, DEMO_USERS.councillor);
    await visit(councillor, '/integriteit/mijn-opgaven');
    await councillor
      .getByText(/Commissie Samenleving/)
      .first()
      .waitFor();
    await checkA11y(councillor);
  });

  it('a custodian sees key custody and collects the share once; the public register needs no login', async () => {
    const admin = await e2e.page();
    await loginViaApi(admin, DEMO_USERS.orgAdmin);
    await visit(admin, '/integriteit/sleutelbeheer');
    await admin.getByRole('button', { name: 'Mijn sleuteldeel ophalen' }).click();
    await expect(admin.getByTestId('share').textContent()).resolves.toMatch(/^WBS2-/);
    await checkA11y(admin);

    const visitor = await e2e.page({ width: 320, height: 800 });
    await visit(visitor, `/openbaar/${ORGANISATION}/nevenfuncties`);
    await visitor.getByRole('link', { name: 'Download als CSV' }).waitFor();
    await visit(visitor, '/integriteit/anoniem');
  });

  it('a member reports confidentially and follows the report; the counsellor takes in a report; every page passes axe', async () => {
    const member = await e2e.page();
    await loginViaApi(member, DEMO_USERS.reporter);
    await visit(member, '/integriteit/melden');
    await member.locator('#member-submit').click();
    await member.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(member);
    await member
      .locator('#member-recipientId')
      .selectOption({ label: 'Ingrid Integriteit (integriteitsfunctionaris)' });
    await member.locator('#member-category').selectOption('undue_pressure');
    await member.locator('label[for="member-subjectType"]').click();
    await member.locator('#member-summary').fill('Druk op een advies');
    await member
      .locator('#member-description')
      .fill('Een wethouder vroeg mij een advies aan te passen.');
    await member.locator('#member-submit').click();
    await member.getByRole('heading', { level: 1, name: 'Uw melding is ontvangen' }).waitFor();
    await checkA11y(member);
    await member.getByRole('link', { name: 'Naar uw melding' }).click();
    await member.getByRole('heading', { level: 2, name: 'Uw melding' }).waitFor();
    await checkA11y(member);
    await visit(member, '/integriteit/mijn');
    await visit(member, '/integriteit/mijn-opgaven');

    const counsellor = await e2e.page();
    await loginViaApi(counsellor, DEMO_USERS.confidentialCounsellor);
    await visit(counsellor, '/integriteit/opname');
    await counsellor.locator('label[for="intake-channel-anonymous"]').click();
    await counsellor.locator('#intake-category').selectOption('fraud');
    await counsellor.locator('label[for="intake-subjectType"]').click();
    await counsellor.locator('#intake-summary').fill('Fraude met declaraties');
    await counsellor
      .locator('#intake-description')
      .fill('Een melder vertelde mij over valse declaraties.');
    await counsellor.getByRole('button', { name: 'Melding vastleggen' }).click();
    await counsellor
      .getByRole('heading', { level: 3, name: 'Doorsturen met toestemming van de melder' })
      .waitFor();
    await checkA11y(counsellor);
    await visit(counsellor, '/integriteit/termijnen');
    await visit(counsellor, '/integriteit/meldingen?weergave=overdue');
    await counsellor.getByRole('cell').getByText('Termijn verlopen').first().waitFor();
  });
});
