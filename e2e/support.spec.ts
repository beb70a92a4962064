import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

/*
 * Support after an incident: a handler refers the person from the incident's page to the
 * Ondersteuningsteam Weerbaar Bestuur with their recorded consent (by keyboard); the team is
 * mailed without content, accepts the request in its queue, and the handler sees the status
 * change. axe runs on every page and state.
 */

const e2e = setupE2E();
const PERSON = 'Wethouder Fenna de Wit';

async function tabAndSpace(page: Page, selector: string) {
  await tabTo(page, page.locator(selector), { maxStops: 60 });
  await page.keyboard.press('Space');
}

/** Mails in the server's outbox (no SMTP in e2e) sent to `email`, quoted-printable undone. */
function mailsTo(dataDir: string, email: string): string[] {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readdirSync(outbox)
    .map((f) => fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, ''))
    .filter((text) => text.includes(email));
}

describe('support journey', () => {
  it('a handler refers someone from an incident with consent; the team accepts; the handler sees it', async () => {
    // ── handler: from the incident to the referral form ─────────────────
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.handler);
    await visit(handler, '/meldingen/register');
    const casePath = await handler
      .locator('table a[href^="/meldingen/register/"]')
      .first()
      .getAttribute('href');
    await visit(handler, casePath ?? '');
    await handler.locator('h1', { hasText: /^Melding M-\d+$/ }).waitFor();
    const reference = (await handler.locator('h1').textContent())?.replace('Melding ', '') ?? '';

    const refer = handler.getByRole('link', { name: /Doorverwijzen naar het Ondersteuningsteam/ });
    await tabTo(handler, refer, { maxStops: 80 });
    await handler.keyboard.press('Enter');
    await handler.waitForURL(/\/steun\/nieuw\?melding=/);
    await waitForPage(handler);
    await handler.getByText(`vanuit melding ${reference}`).waitFor();
    await checkA11y(handler);

    // Without consent nothing is sent: the error summary takes focus and names the field.
    await tabTo(handler, handler.getByRole('button', { name: 'Aanvraag versturen' }), {
      maxStops: 80,
    });
    await handler.keyboard.press('Enter');
    await handler.locator('.weerbaar-error-summary').waitFor();
    await expect(handler.locator('.weerbaar-error-summary').textContent()).resolves.toContain(
      'Vraag eerst de persoon om toestemming',
    );
    await checkA11y(handler);

    await tabAndSpace(handler, '#support-kind');
    // In a radio group Tab reaches the group once; the arrow keys choose within it.
    await tabTo(handler, handler.locator('#support-urgency'), { maxStops: 60 });
    await handler.keyboard.press('Space');
    await handler.keyboard.press('ArrowDown');
    await expect(handler.locator('#support-urgency-urgent').isChecked()).resolves.toBe(true);
    await tabTo(handler, handler.locator('#support-personName'), { maxStops: 60 });
    await handler.keyboard.type(PERSON);
    await tabAndSpace(handler, '#support-consentGiven');
    await tabAndSpace(handler, '#support-consentMethod');
    await tabTo(handler, handler.locator('#support-contactPreference'), { maxStops: 60 });
    await handler.keyboard.press('Space');
    await handler.keyboard.press('ArrowDown');
    await handler.keyboard.press('ArrowDown');
    await expect(
      handler.locator('#support-contactPreference-via_handler').isChecked(),
    ).resolves.toBe(true);
    await tabTo(handler, handler.getByRole('button', { name: 'Aanvraag versturen' }), {
      maxStops: 60,
    });
    await handler.keyboard.press('Enter');
    await handler.waitForURL((url) => url.pathname === '/steun');
    const notice = handler.getByText(/Uw aanvraag S-\d+ is verstuurd/);
    await notice.waitFor();
    const request = (await notice.textContent())?.match(/S-\d+/)?.[0] ?? '';
    const row = handler.locator('tr', { hasText: request });
    await expect(row.textContent()).resolves.toContain('Ontvangen');
    await checkA11y(handler);

    // The team is told by mail: the kind, the urgency and a link; nothing of the person.
    await expect
      .poll(() => mailsTo(e2e.server.dataDir, DEMO_USERS.supportWorker).join('\n'), {
        timeout: 20_000,
      })
      .toContain('URGENTE steunaanvraag');
    const mail = mailsTo(e2e.server.dataDir, DEMO_USERS.supportWorker).join('\n');
    expect(mail).toContain('/steun/wachtrij/');
    expect(mail).not.toContain(PERSON);
    expect(mail).not.toContain(reference);

    // ── support team: the queue, the request, accept ─────────────────────
    const team = await e2e.page();
    await loginViaApi(team, DEMO_USERS.supportWorker);
    await visit(team, '/steun/wachtrij');
    const link = team.getByRole('link', { name: request });
    await tabTo(team, link, { maxStops: 80 });
    await team.keyboard.press('Enter');
    await team.waitForURL(/\/steun\/wachtrij\/[0-9a-f-]+$/);
    await team.locator('h1', { hasText: `Aanvraag ${request}` }).waitFor();
    const page = (await team.locator('main').textContent()) ?? '';
    expect(page).toContain(PERSON);
    expect(page).toContain(reference);
    expect(page).toContain('Bas Behandelaar');
    await checkA11y(team);

    await expect(team.locator('#step-status').inputValue()).resolves.toBe('accepted');
    await tabTo(team, team.locator('#step-note'), { maxStops: 80 });
    await team.keyboard.type('Gebeld met de behandelaar; gesprek met de wethouder gepland.');
    await tabTo(team, team.getByRole('button', { name: 'Stap vastleggen' }), { maxStops: 10 });
    await team.keyboard.press('Enter');
    await team.getByText('De stap is vastgelegd.').waitFor();
    await expect(team.locator('#step-status').inputValue()).resolves.toBe('contact_recorded');
    await checkA11y(team);

    // ── handler: the status changed; the team's note is not shown ────────
    await visit(handler, '/steun');
    const updated = handler.locator('tr', { hasText: request });
    await expect(updated.textContent()).resolves.toContain('In behandeling genomen');
    await expect(handler.locator('main').textContent()).resolves.not.toContain('Gebeld met');
  }, 240_000);
});
