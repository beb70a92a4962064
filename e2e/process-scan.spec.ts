import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

/*
 * The scan of vulnerable processes, by keyboard: a team starts it, answers
 * every process (controls and exposure), hands it in, opens the risk matrix
 * from the result, draws up the improvement plan and gives the first item an
 * owner role, a due date and a status. axe runs on every page and state.
 */

const e2e = setupE2E();
const TITLE = 'Scan kwetsbare processen';

const stepText = async (page: Page) =>
  (await page.locator('.weerbaar-q-steps p').first().textContent()) ?? '';

/** Space picks the first option of every radio group on screen; stops on the "Next" button. */
async function answerSection(page: Page): Promise<void> {
  await page.locator('h2.weerbaar-q-heading').focus();
  for (let stops = 0; stops < 250; stops++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      if (!a) return null;
      const checked = a.name
        ? document.querySelectorAll(`input[name="${CSS.escape(a.name)}"]:checked`).length
        : 0;
      return { tag: a.tagName, type: a.type, checked: checked > 0 };
    });
    if (!el || el.tag === 'BUTTON') return;
    if (el.tag === 'INPUT' && el.type === 'radio' && !el.checked)
      await page.keyboard.press('Space');
  }
  throw new Error('No "Next" button reached');
}

describe('scan of vulnerable processes', () => {
  it('a team completes the scan and sees the risk matrix and the improvement plan', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/zelfscans');
    await tabTo(page, page.getByRole('button', { name: `Start: ${TITLE}` }), { maxStops: 100 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vragenlijsten\/[0-9a-f-]+$/);
    await waitForPage(page);
    await expect.poll(() => stepText(page)).toMatch(/^Onderdeel 1 van \d+$/);
    await checkA11y(page);

    while ((await stepText(page)) !== 'Controleren en inleveren') {
      const before = await stepText(page);
      await answerSection(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => stepText(page)).not.toBe(before);
    }
    await checkA11y(page);
    await tabTo(page, page.getByRole('button', { name: 'Inleveren' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resultaat$/);
    await page.getByRole('heading', { level: 1, name: /^Resultaat: / }).waitFor();
    await checkA11y(page);

    // No controls anywhere: every process is weak; low exposure puts it at medium risk.
    await tabTo(
      page,
      page.getByRole('link', { name: 'Bekijk de risicomatrix en het verbeterplan' }),
      {
        maxStops: 60,
      },
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zelfscans\/[0-9a-f-]+\/plan$/);
    await waitForPage(page);
    const matrix = page.getByRole('table', { name: /Risico per proces/ });
    await matrix.waitFor();
    const cell = matrix
      .getByRole('row', { name: /Blootstelling laag/ })
      .getByRole('cell')
      .nth(2);
    expect(await cell.textContent()).toContain('Risico middel');
    expect(await cell.textContent()).toContain('Vergunningverlening');
    await checkA11y(page);

    await tabTo(page, page.getByRole('button', { name: 'Verbeterplan opstellen' }), {
      maxStops: 60,
    });
    await page.keyboard.press('Enter');
    const first = page.getByRole('heading', {
      level: 3,
      name: 'Versterk de controle op vergunningen',
    });
    await first.waitFor();
    expect(await page.locator('section.weerbaar-plan-item').count()).toBe(7);
    await checkA11y(page);

    const item = page.locator('section', { has: first });
    await tabTo(page, item.getByLabel('Status'), { maxStops: 40 });
    await page.keyboard.press('ArrowDown');
    await tabTo(page, item.getByLabel(/^Of eigenaar als functie/));
    await page.keyboard.type('Teamleider vergunningen');
    await tabTo(page, item.getByLabel(/^Gereed op/));
    await page.keyboard.type('31-03-2027');
    await tabTo(page, item.getByRole('button', { name: /^Opslaan: / }));
    await page.keyboard.press('Enter');
    await item.getByText('Het punt is opgeslagen.').waitFor();
    const summary = (await item.locator('p').first().textContent()) ?? '';
    expect(summary).toContain('Eigenaar: Teamleider vergunningen');
    expect(summary).toContain('Bezig');
    expect(summary).toContain('2027');
    await checkA11y(page);

    // The team adds an item of its own.
    await tabTo(page, page.getByLabel('Wat moet er gebeuren?'), { maxStops: 200 });
    await page.keyboard.type('Meldlijn bekendmaken bij handhaving');
    await tabTo(page, page.getByRole('button', { name: 'Punt toevoegen' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 3, name: 'Meldlijn bekendmaken bij handhaving' })
      .waitFor();
    expect(await page.locator('section.weerbaar-plan-item').count()).toBe(8);
    await checkA11y(page);
  });
});
