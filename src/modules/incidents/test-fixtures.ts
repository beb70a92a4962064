import { pngBytes } from '../../test/png';

/** Small files for tests: real signatures and structure, a recognisable body. */
export const PNG_BYTES = pngBytes(Buffer.from('test-screenshot-bytes-SECRET-PIXELS', 'latin1'));
export const PDF_BYTES = Buffer.from('%PDF-1.4\n% test evidence\n%%EOF\n', 'latin1');

/** An intimidating e-mail as a mail program saves it (.eml). */
export function emlBytes(
  subject = 'Wij weten waar u woont',
  body = 'Pas maar op, wij komen langs.',
) {
  return Buffer.from(
    [
      'From: "Boze Burger" <boos@example.org>',
      'To: raadslid@gemeente.example',
      `Subject: ${subject}`,
      'Date: Tue, 24 Nov 2026 21:14:00 +0100',
      'Message-ID: <abc@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
    'utf8',
  );
}
