import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { headerOf, mailsTo } from './support/mail';

const e2e = setupE2E();

/** Decode an RFC 2047 subject ("=?UTF-8?Q?...?=" or B) well enough to read it. */
function decodeSubject(subject: string): string {
  return subject.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) =>
              String.fromCharCode(Number.parseInt(h, 16)),
            ),
          'latin1',
        ).toString('utf8'),
  );
}

describe('notifications journey', () => {
  it('a reporter files an urgent report; the handler gets a mail with "Spoed" and no narrative', async () => {
    const narrative = `Verhaal-${randomUUID()}: de bezoeker dreigde mij thuis op te zoeken.`;

    // ── reporter: a threat by someone who did it before is urgent (Spoed) ──
    const reporter = await e2e.page();
    await loginViaApi(reporter, DEMO_USERS.reporter);
    await visit(reporter, '/meldingen/nieuw');
    await reporter.locator('label[for="report-reporterGroup"]').click();
    await reporter.locator('label[for="report-kinds-threat"]').click();
    await reporter.locator('#report-narrative').fill(narrative);
    await reporter.locator('#report-occurredOn').click();
    const d = new Date(Date.now() - 24 * 3600 * 1000);
    const [y, m, day] = d.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }).split('-');
    await reporter.keyboard.type(`${day}${m}${y}`);
    await reporter.locator('label[for="report-location"]').click();
    await reporter.locator('label[for="report-channel"]').click();
    await reporter.locator('label[for="report-perpetratorKnown-no"]').click();
    await reporter.locator('label[for="report-perpetratorRepeat"]').click();
    await reporter.locator('#report-submit').click();
    await reporter.getByRole('heading', { level: 1, name: 'Uw melding is ontvangen' }).waitFor();

    const receipt = (await reporter.getByText(/kenmerk M-\d+/).textContent()) ?? '';
    const reference = /M-\d+/.exec(receipt)?.[0] ?? 'M-?';
    await visit(reporter, '/meldingen/mijn');
    await reporter.getByRole('link', { name: reference }).click();
    await reporter.waitForURL(/\/meldingen\/mijn\/[0-9a-f-]{36}$/);
    const id = reporter.url().split('/').at(-1) ?? '';

    // ── the mail: at once, "Spoed" in the subject, no narrative ──
    const link = `/meldingen/register/${id}`;
    const ours = () =>
      mailsTo(e2e.server.dataDir, DEMO_USERS.handler).find((raw) =>
        raw.replace(/=\r?\n/g, '').includes(link),
      );
    await expect.poll(() => ours() !== undefined, { timeout: 30_000 }).toBe(true);
    const mail = ours() ?? '';
    expect(decodeSubject(headerOf(mail, 'Subject'))).toContain('Spoed');
    const body = mail.replace(/=\r?\n/g, '');
    expect(body).not.toContain('Verhaal-');
    expect(body).not.toContain('dreigde');
  });

  it('the handler sees the bell count and the list, and marks them read', async () => {
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.handler);
    await visit(handler, '/');
    const bell = handler.getByRole('link', { name: /^Notificaties, \d+ ongelezen$/ });
    await bell.waitFor();
    const unread = Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(unread).toBeGreaterThan(0);
    await checkA11y(handler);
    await bell.click();
    await handler.getByRole('heading', { level: 1, name: 'Notificaties' }).waitFor();
    const first = handler.locator('tbody tr').first();
    await expect(first.textContent()).resolves.toContain('Spoed');
    await expect(first.textContent()).resolves.toContain('Nieuwe melding van agressie of geweld');
    await checkA11y(handler);

    // Marking one read shows it as read; all read empties the bell.
    await first.getByRole('button', { name: 'Markeer als gelezen' }).click();
    await first.getByText('Gelezen', { exact: true }).waitFor();
    const markAll = handler.getByRole('button', { name: 'Alles als gelezen markeren' });
    if (await markAll.isVisible()) await markAll.click();
    await handler.getByRole('link', { name: 'Notificaties', exact: true }).waitFor();
  });

  it('the handler chooses "only in the app"', async () => {
    const handler = await e2e.page();
    await loginViaApi(handler, DEMO_USERS.handler);
    await visit(handler, '/account/notificaties');
    await handler.getByRole('heading', { level: 1, name: 'Notificaties instellen' }).waitFor();
    await checkA11y(handler);
    await handler.locator('label[for="delivery-incident-reported-app"]').click();
    await handler.getByRole('button', { name: 'Opslaan' }).click();
    await handler.getByText('Uw keuzes zijn opgeslagen.').waitFor();
  });

  it('the organisation admin sets a team address, with a clear message for a bad one', async () => {
    const admin = await e2e.page();
    await loginViaApi(admin, DEMO_USERS.orgAdmin);
    await visit(admin, '/beheer/notificaties');
    await admin
      .getByRole('heading', { level: 1, name: 'Notificaties voor de organisatie' })
      .waitFor();
    await checkA11y(admin);
    await admin.locator('#notification-settings-teamAddress').fill('geen-adres');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.locator('.weerbaar-error-summary').waitFor();
    await checkA11y(admin);
    await admin.locator('#notification-settings-teamAddress').fill('spoed@demo.weerbaar.nl');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('De instellingen zijn opgeslagen.').waitFor();
  });
});
