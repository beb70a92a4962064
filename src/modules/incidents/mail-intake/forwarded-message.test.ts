import { describe, expect, it } from 'vitest';
import { emlBytes } from '../test-fixtures';
import { parseForwardedDate } from './forwarded-date';
import { readForwardedMail, readInlineForward } from './forwarded-message';
import { intakeAddressOf, parseIntakeAddress, sameAddress } from './intake-address';
import { forwardAsAttachment, forwardInline, plainMail } from './test-mails';

describe('intake address', () => {
  it('is meldingen+<code>@<domain>, read back case-insensitively', () => {
    expect(intakeAddressOf('GM0344', 'Meldingen.Example.nl')).toBe(
      'meldingen+gm0344@meldingen.example.nl',
    );
    expect(
      parseIntakeAddress('Meldingen+GM0344@MELDINGEN.example.nl', 'meldingen.example.nl'),
    ).toBe('gm0344');
    expect(intakeAddressOf('RK-BZK', 'x.nl')).toBe('meldingen+rk-bzk@x.nl');
  });

  it('names nothing for other addresses or codes that cannot be a tag', () => {
    for (const a of ['meldingen@x.nl', 'info+gm0344@x.nl', 'meldingen+gm0344@y.nl', 'x', '@x.nl']) {
      expect(parseIntakeAddress(a, 'x.nl'), a).toBeNull();
    }
    expect(intakeAddressOf('GM 0344', 'x.nl')).toBeNull();
    expect(sameAddress('A@B.nl', ' a@b.NL')).toBe(true);
    expect(sameAddress(null, 'a@b.nl')).toBe(false);
  });
});

describe('dates above an inline forward', () => {
  it.each([
    ['Tue, 24 Nov 2026 21:14:00 +0100', '2026-11-24T20:14:00.000Z'],
    ['dinsdag 24 november 2026 21:14', '2026-11-24T20:14:00.000Z'],
    ['di 24 nov. 2026 om 21:14', '2026-11-24T20:14:00.000Z'],
    ['Tue, Nov 24, 2026 at 9:14 PM', '2026-11-24T20:14:00.000Z'],
    ['Tuesday, November 24, 2026 9:14 PM', '2026-11-24T20:14:00.000Z'],
    ['24-11-2026 21:14', '2026-11-24T20:14:00.000Z'],
    ['zaterdag 4 juli 2026 12:00', '2026-07-04T10:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseForwardedDate(text)?.toISOString()).toBe(iso);
  });

  it('gives null for what it cannot read', () => {
    expect(parseForwardedDate('gisteren')).toBeNull();
    expect(parseForwardedDate('31-13-2026')).toBeNull();
  });
});

describe('reading a forwarded mail', () => {
  it('takes the original from an attached message', async () => {
    const mail = await readForwardedMail(
      forwardAsAttachment('me@org.nl', 'to@x.nl', emlBytes('Onderwerp', 'Tekst')),
    );
    expect(mail).toMatchObject({
      forwarder: 'me@org.nl',
      found: 'attachment',
      original: { senderAddress: 'boos@example.org', subject: 'Onderwerp', text: 'Tekst' },
    });
  });

  it('takes the original from an inline forward', async () => {
    const mail = await readForwardedMail(
      forwardInline('me@org.nl', 'to@x.nl', 'Dreiging', 'Wij komen.'),
    );
    expect(mail).toMatchObject({
      found: 'inline',
      original: {
        senderAddress: 'boos@example.org',
        senderName: 'Boze Burger',
        subject: 'Dreiging',
        sentAt: '2026-11-24T20:14:00.000Z',
        text: 'Wij komen.',
      },
    });
  });

  it('reads the Gmail and Thunderbird forward blocks', () => {
    const gmail = readInlineForward(
      'Kijk.\n\n---------- Forwarded message ---------\nFrom: Boze Burger <boos@example.org>\nDate: Tue, Nov 24, 2026 at 9:14 PM\nSubject: Pas op\nTo: <raad@x.nl>\n\nWij weten het.',
    );
    expect(gmail).toMatchObject({
      senderAddress: 'boos@example.org',
      subject: 'Pas op',
      text: 'Wij weten het.',
    });
    const thunderbird = readInlineForward(
      '-------- Doorgestuurd bericht --------\nOnderwerp: \tPas op\nDatum: \tTue, 24 Nov 2026 21:14:00 +0100\nVan: \tboos@example.org\nAan: \traad@x.nl\n\nWij weten het.',
    );
    expect(thunderbird).toMatchObject({ senderAddress: 'boos@example.org', senderName: null });
  });

  it('falls back to the forwarding mail itself, without its Fwd: prefix', async () => {
    const mail = await readForwardedMail(
      plainMail('me@org.nl', 'to@x.nl', 'FW: Doorst: scheldmail'),
    );
    expect(mail).toMatchObject({
      found: 'none',
      original: { senderAddress: null, subject: 'scheldmail' },
    });
  });

  it('refuses bytes that are no e-mail message', async () => {
    await expect(readForwardedMail(Buffer.from([0, 1, 2, 3]))).rejects.toMatchObject({
      code: 'unprocessable',
    });
  });

  it('does not take quadratic time on a wall of header-like lines', () => {
    const start = Date.now();
    expect(readInlineForward('To: x\n'.repeat(50_000))).toBeNull();
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
