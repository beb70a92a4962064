import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { hasNoHorizontalScroll, tabTo } from './support/keyboard';

/*
 * The three self-scans, filled in by keyboard only: start, answer two
 * sections, save and leave halfway, resume from the overview, finish, read
 * the advice and download the PDF. axe runs on every page and state.
 */

const e2e = setupE2E();

const TITLES = {
  team: 'Zelfscan informatiepositie gemeente',
  personal: 'Persoonlijke weerbaarheidsscan',
  risk: 'Risicoanalyse integriteit kandidaat-wethouder of -gedeputeerde',
};

/** What to type in a text-like field, by question type. */
function typed(kind: string): string {
  if (kind === 'number') return '1';
  if (kind === 'date') return '01-05-2024';
  return 'Toelichting van het team';
}

/**
 * Answer every question of the section on screen with the keyboard: Tab from
 * the section heading through the form; Space picks the first option of each
 * radio group and checkbox group; text fields get typed input. Follow-up
 * questions appear as soon as they apply and are answered too. Stops on the
 * "Next" button, which then has focus.
 */
async function answerSection(page: Page): Promise<void> {
  await page.locator('h2.weerbaar-q-heading').focus();
  for (let stops = 0; stops < 250; stops++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      if (!a) return null;
      const group = a.name
        ? document.querySelectorAll(`input[name="${CSS.escape(a.name)}"]:checked`).length
        : 0;
      return {
        tag: a.tagName,
        type: a.type,
        kind: a.dataset.questionType ?? '',
        value: a.value,
        groupChecked: group > 0,
      };
    });
    if (!el || el.tag === 'BUTTON') return;
    if (el.tag === 'INPUT' && (el.type === 'radio' || el.type === 'checkbox')) {
      if (!el.groupChecked) await page.keyboard.press('Space');
    } else if ((el.tag === 'INPUT' || el.tag === 'TEXTAREA') && !el.value) {
      await page.keyboard.type(typed(el.kind));
    }
  }
  throw new Error('No "Next" button reached');
}

async function stepText(page: Page): Promise<string> {
  return (await page.locator('.weerbaar-q-steps p').first().textContent()) ?? '';
}

/** Answer the section and press Enter on "Next"; wait for the next step. */
async function nextSection(page: Page): Promise<void> {
  const before = await stepText(page);
  await answerSection(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => stepText(page)).not.toBe(before);
  await checkA11y(page);
}

/** Start an instrument from the overview by keyboard; lands on its first section. */
async function startScan(page: Page, title: string): Promise<void> {
  await visit(page, '/zelfscans');
  await tabTo(page, page.getByRole('button', { name: `Start: ${title}` }), { maxStops: 80 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/vragenlijsten\/[0-9a-f-]+$/);
  await waitForPage(page);
  await expect.poll(() => stepText(page)).toMatch(/^Onderdeel 1 van \d+$/);
  await checkA11y(page);
}

/** Two sections done, the third half: save and leave; then resume from the overview. */
async function leaveHalfwayAndResume(page: Page, title: string): Promise<void> {
  await nextSection(page);
  await nextSection(page);
  expect(await stepText(page)).toMatch(/^Onderdeel 3 van \d+$/);
  await answerSection(page);
  await tabTo(page, page.getByRole('button', { name: 'Opslaan en later verder' }));
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/zelfscans');
  await page.getByText('Uw antwoorden zijn opgeslagen').waitFor();
  await checkA11y(page);

  await tabTo(page, page.getByRole('link', { name: `Verder invullen: ${title}` }), {
    maxStops: 80,
  });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/vragenlijsten\/[0-9a-f-]+$/);
  // Resumed where we left, with the answers given so far.
  await expect.poll(() => stepText(page)).toMatch(/^Onderdeel 3 van \d+$/);
  const filled = await page
    .locator('.weerbaar-q-form input')
    .evaluateAll(
      (inputs) =>
        inputs.filter(
          (i) =>
            (i as HTMLInputElement).checked ||
            ((i as HTMLInputElement).type === 'text' && (i as HTMLInputElement).value),
        ).length,
    );
  expect(filled).toBeGreaterThan(0);
  await checkA11y(page);
}

/** Answer the remaining sections, hand in, and check the result page and its PDF. */
async function finishAndReadResult(page: Page, options: { consent?: boolean; advice: string }) {
  while ((await stepText(page)) !== 'Controleren en inleveren') await nextSection(page);
  await page.getByRole('heading', { level: 2, name: 'Controleren en inleveren' }).waitFor();
  if (options.consent) {
    await tabTo(page, page.getByRole('checkbox', { name: /tel mijn scores anoniem mee/ }));
    await page.keyboard.press('Space');
  }
  await checkA11y(page);
  await tabTo(page, page.getByRole('button', { name: 'Inleveren' }));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/resultaat$/);
  await page.getByRole('heading', { level: 1, name: /^Resultaat: / }).waitFor();
  await page.getByText(options.advice, { exact: false }).first().waitFor();
  await checkA11y(page);

  const link = page.getByRole('link', { name: 'Resultaat downloaden als PDF' });
  await tabTo(page, link, { maxStops: 60 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('self-scans by keyboard', () => {
  it('a team fills in the information-position scan, with the error summary on the way', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.handler);
    await startScan(page, TITLES.team);

    // "Next" without answers: an error summary at the top takes focus and links to the fields.
    await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
    await page.keyboard.press('Enter');
    const summary = page.locator('.weerbaar-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').count()).toBeGreaterThan(1);
    await checkA11y(page);

    await leaveHalfwayAndResume(page, TITLES.team);
    await finishAndReadResult(page, { advice: 'Aanbevolen vervolgstappen' });
    await page.getByRole('table', { name: 'Scores per onderdeel' }).waitFor();
  });

  it('an office holder fills in the personal resilience scan at 320 px wide', async () => {
    const page = await e2e.page({ width: 320, height: 800 });
    await loginViaApi(page, DEMO_USERS.reporter);
    await startScan(page, TITLES.personal);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await leaveHalfwayAndResume(page, TITLES.personal);
    await finishAndReadResult(page, { consent: true, advice: 'Scores per onderdeel' });
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });

  it('a candidate alderman fills in the commissioned integrity risk analysis', async () => {
    // The integrity officer commissions it for the councillor, by keyboard.
    const officer = await e2e.page();
    await loginViaApi(officer, DEMO_USERS.integrityOfficer);
    await visit(officer, '/zelfscans/risicoanalyses');
    await tabTo(
      officer,
      officer.getByRole('link', { name: 'Nieuwe risicoanalyse laten uitvoeren' }),
      { maxStops: 60 },
    );
    await officer.keyboard.press('Enter');
    await officer.waitForURL((url) => url.pathname === '/zelfscans/risicoanalyses/nieuw');
    await waitForPage(officer);
    await checkA11y(officer);
    await tabTo(officer, officer.getByLabel('E-mailadres van de kandidaat'), { maxStops: 60 });
    await officer.keyboard.type(DEMO_USERS.councillor);
    await officer.keyboard.press('Tab');
    await officer.keyboard.press('Space');
    await tabTo(officer, officer.getByRole('button', { name: 'Risicoanalyse laten uitvoeren' }));
    await officer.keyboard.press('Enter');
    await officer.waitForURL(/\/zelfscans\/risicoanalyses\/[0-9a-f-]+$/);
    await officer.getByRole('heading', { level: 1, name: /^Risicoanalyse van / }).waitFor();
    await checkA11y(officer);

    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.councillor);
    await visit(page, '/zelfscans');
    await tabTo(page, page.getByRole('link', { name: `Verder invullen: ${TITLES.risk}` }), {
      maxStops: 80,
    });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vragenlijsten\/[0-9a-f-]+$/);
    await expect.poll(() => stepText(page)).toMatch(/^Onderdeel 1 van \d+$/);
    await checkA11y(page);
    await leaveHalfwayAndResume(page, TITLES.risk);
    await finishAndReadResult(page, { advice: 'Gespreksleidraad' });

    // The commissioner now sees the result with the discussion guide.
    await officer.reload();
    await waitForPage(officer);
    await tabTo(
      officer,
      officer.getByRole('link', { name: 'Resultaat en gespreksleidraad bekijken' }),
      { maxStops: 60 },
    );
    await officer.keyboard.press('Enter');
    await officer.getByRole('heading', { level: 2, name: 'Gespreksleidraad' }).waitFor();
    await checkA11y(officer);
  });
});
