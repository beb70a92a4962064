import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

/*
 * Toolkit: a council member finds a guide by searching the catalogue, opens a training,
 * signs up for a session by keyboard and gets the calendar invitation (.ics).
 * axe runs on every page and state.
 */

const e2e = setupE2E();

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
});
