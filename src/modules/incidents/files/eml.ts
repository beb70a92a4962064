import PostalMime from 'postal-mime';
import { AppError } from '../../../platform/errors/app-error';
import { looksLikeEmail } from '../../../platform/files/file-type';

/** Largest .eml Weerbaar parses (messages with big attachments are rare in intimidation). */
export const MAX_EML_BYTES = 10 * 1024 * 1024;
/** The pre-filled narrative is cut here; the whole message stays as evidence. */
export const MAX_PREFILL_TEXT = 20_000;

/** What a parsed e-mail message says, to pre-fill the report form. */
export interface ParsedEmail {
  senderAddress: string | null;
  senderName: string | null;
  /** ISO 8601 instant, or null when the Date header is missing or unreadable. */
  sentAt: string | null;
  subject: string | null;
  text: string;
  attachmentCount: number;
}

/** Plain text of an HTML body, good enough to pre-fill a narrative. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Name the offending upload field in errors: `body.<field>`. */
function malformed(field: string, detail: string): AppError {
  return new AppError('unprocessable', detail, { fields: [{ field, message: detail }] });
}

/**
 * Parse an .eml file with postal-mime. A file that is not an e-mail message at all
 * (no header lines, binary content, no sender, date or subject) is refused with a
 * problem that says so, rather than pre-filling the form with nonsense.
 */
export async function parseEml(buf: Buffer, field = 'body.file'): Promise<ParsedEmail> {
  if (buf.length === 0) throw malformed(field, 'Het e-mailbestand is leeg.');
  if (buf.length > MAX_EML_BYTES) {
    throw new AppError('payload_too_large', 'Het e-mailbestand is groter dan 10 MB.', {
      fields: [{ field, message: 'groter dan 10 MB' }],
    });
  }
  if (!looksLikeEmail(buf)) {
    throw malformed(
      field,
      'Dit bestand is geen leesbaar e-mailbericht (.eml). Sla het bericht in uw e-mailprogramma op als .eml-bestand en probeer het opnieuw.',
    );
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(buf, { maxNestingDepth: 50 });
  } catch {
    throw malformed(field, 'Het e-mailbericht kon niet worden gelezen; het bestand is beschadigd.');
  }
  const from = email.from && !email.from.group ? email.from : null;
  if (!from?.address && !email.date && !email.subject) {
    throw malformed(field, 'In dit e-mailbericht staan geen afzender, datum of onderwerp.');
  }
  const sent = email.date ? new Date(email.date) : null;
  const text = (email.text?.trim() || (email.html ? htmlToText(email.html) : '')).slice(
    0,
    MAX_PREFILL_TEXT,
  );
  return {
    senderAddress: from?.address || null,
    senderName: from?.name || null,
    sentAt: sent && !Number.isNaN(sent.getTime()) ? sent.toISOString() : null,
    subject: email.subject?.trim() || null,
    text,
    attachmentCount: email.attachments.length,
  };
}
