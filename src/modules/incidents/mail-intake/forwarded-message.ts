import PostalMime from 'postal-mime';
import { AppError } from '../../../platform/errors/app-error';
import { looksLikeEmail } from '../../../platform/files/file-type';
import { htmlToText, MAX_PREFILL_TEXT, type ParsedEmail, parseEml } from '../files/eml';
import { parseForwardedDate } from './forwarded-date';

/** What a forwarded mail says: who forwarded it, and the original inside, to pre-fill. */
export interface ForwardedMail {
  /** Address in the From header of the forwarding mail (checked against the envelope). */
  forwarder: string | null;
  /** How the original was found; 'none' means the fields come from the forwarding mail. */
  found: 'attachment' | 'inline' | 'none';
  original: ParsedEmail;
}

/** The forward was not a readable e-mail message at all. */
export function malformedMail(): AppError {
  return new AppError('unprocessable', 'Dit is geen leesbaar e-mailbericht.');
}

// Header names of an inline forward block, as mail programs write them in English and Dutch.
const HEADER_KEYS: Record<string, 'from' | 'date' | 'subject' | 'to'> = {
  from: 'from',
  van: 'from',
  date: 'date',
  sent: 'date',
  datum: 'date',
  verzonden: 'date',
  subject: 'subject',
  onderwerp: 'subject',
  to: 'to',
  aan: 'to',
  cc: 'to',
};
const HEADER_LINE = /^\s*\*?([A-Za-z]+)\*?\s*:\s*(.*)$/;
/** Forward prefixes in subjects: Fwd:, FW:, Doorst:, TR:, WG: (and repeats). */
const FORWARD_PREFIX = /^\s*((fwd?|fw|doorst|tr|wg)\s*:\s*)+/i;

function headerOf(line: string): { key: 'from' | 'date' | 'subject' | 'to'; value: string } | null {
  const m = HEADER_LINE.exec(line);
  const key = m ? HEADER_KEYS[m[1]!.toLowerCase()] : undefined;
  return key ? { key, value: m![2]!.trim() } : null;
}

/** "Naam <adres>", "Naam [mailto:adres]", or a bare address. */
function parseSender(value: string): { address: string | null; name: string | null } {
  const m = /^(.*?)\s*[<[](?:mailto:)?([^>\]\s]+@[^>\]\s]+)[>\]]\s*$/i.exec(value);
  if (m) return { address: m[2]!, name: m[1]!.replace(/^["*]+|["*]+$/g, '').trim() || null };
  const bare = /[^\s<>"]+@[^\s<>"]+/.exec(value);
  return bare ? { address: bare[0], name: null } : { address: null, name: value || null };
}

/**
 * Find the header block a mail program writes above an inline forward (Gmail,
 * Outlook, Apple Mail, Thunderbird; English and Dutch): consecutive "Key: value"
 * lines with a sender and a subject or date. The text below it is the original.
 */
export function readInlineForward(text: string): ParsedEmail | null {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fields: Partial<Record<'from' | 'date' | 'subject' | 'to', string>> = {};
    let j = i;
    for (; j < lines.length; j++) {
      const h = headerOf(lines[j]!);
      if (!h) break;
      fields[h.key] ??= h.value;
    }
    if (!fields.from || (fields.subject === undefined && !fields.date)) {
      // A later start inside the same block would see fewer fields: skip past it.
      i = Math.max(i, j - 1);
      continue;
    }
    const sender = parseSender(fields.from);
    const sent = fields.date ? parseForwardedDate(fields.date) : null;
    return {
      senderAddress: sender.address,
      senderName: sender.name,
      sentAt: sent ? sent.toISOString() : null,
      subject: fields.subject?.trim() || null,
      text: lines.slice(j).join('\n').trim().slice(0, MAX_PREFILL_TEXT),
      attachmentCount: 0,
    };
  }
  return null;
}

/**
 * Read a forwarded mail as received over SMTP. The original is taken from an attached
 * message (message/rfc822, parsed like an uploaded .eml) or from an inline forward;
 * when neither is there, the forwarding mail itself pre-fills the form, and the
 * person checks it. Throws `malformedMail()` when the bytes are no e-mail message.
 */
export async function readForwardedMail(raw: Buffer): Promise<ForwardedMail> {
  if (!looksLikeEmail(raw)) throw malformedMail();
  let mail: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    mail = await PostalMime.parse(raw, { forceRfc822Attachments: true, maxNestingDepth: 50 });
  } catch {
    throw malformedMail();
  }
  const from = mail.from && !mail.from.group ? mail.from : null;
  const forwarder = from?.address || null;
  const attached = mail.attachments.find((a) => a.mimeType === 'message/rfc822');
  if (attached && typeof attached.content !== 'string') {
    try {
      const original = await parseEml(Buffer.from(attached.content as ArrayBuffer));
      return { forwarder, found: 'attachment', original };
    } catch {
      // An attachment that is no readable message: fall back to the text below.
    }
  }
  const text = mail.text?.trim() || (mail.html ? htmlToText(mail.html) : '');
  const inline = readInlineForward(text);
  if (inline) return { forwarder, found: 'inline', original: inline };
  const sent = mail.date ? new Date(mail.date) : null;
  return {
    forwarder,
    found: 'none',
    original: {
      senderAddress: null,
      senderName: null,
      sentAt: sent && !Number.isNaN(sent.getTime()) ? sent.toISOString() : null,
      subject: mail.subject?.replace(FORWARD_PREFIX, '').trim() || null,
      text: text.slice(0, MAX_PREFILL_TEXT),
      attachmentCount: mail.attachments.length,
    },
  };
}
