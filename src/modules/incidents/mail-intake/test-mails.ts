import { emlBytes } from '../test-fixtures';

/** Forwarded mails as mail programs send them, for tests (CRLF, ending in CRLF). */

const crlf = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

/** Forwarded "as attachment": the original is a message/rfc822 part. */
export function forwardAsAttachment(
  forwarder: string,
  to: string,
  original: Buffer = emlBytes(),
): Buffer {
  return Buffer.concat([
    crlf([
      `From: Medewerker <${forwarder}>`,
      `To: ${to}`,
      'Subject: Fwd: bedreiging',
      'Date: Mon, 30 Nov 2026 09:00:00 +0100',
      'Message-ID: <fwd-1@gemeente.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Deze kreeg ik gisteren.',
      '--b1',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="bericht.eml"',
      '',
    ]),
    original,
    crlf(['--b1--']),
  ]);
}

/** Forwarded inline, the way Outlook in Dutch writes it. */
export function forwardInline(forwarder: string, to: string, subject: string, body: string) {
  return crlf([
    `From: ${forwarder}`,
    `To: ${to}`,
    `Subject: Doorst: ${subject}`,
    'Date: Mon, 30 Nov 2026 09:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Zie hieronder.',
    '',
    '________________________________',
    'Van: Boze Burger <boos@example.org>',
    'Verzonden: dinsdag 24 november 2026 21:14',
    'Aan: raadslid@gemeente.example',
    `Onderwerp: ${subject}`,
    '',
    body,
  ]);
}

/** A mail without any forwarded original in it. */
export function plainMail(from: string, to: string, subject: string) {
  return crlf([
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'Date: Mon, 30 Nov 2026 09:00:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Ik werd vanochtend uitgescholden in een e-mail die ik al heb verwijderd.',
  ]);
}
