import { fileTypeFromBuffer } from 'file-type';

/**
 * Recognising uploaded files by their bytes, never by the name or the type the browser
 * claims. Binary signatures come from the `file-type` package (kept up to date by its
 * maintainers, with bounded parsing of containers); each module keeps its own allow-list
 * and maps file-type's answer onto it. Plain text and e-mail have no magic number, so
 * those two checks are ours.
 */

/** One kind of file a module accepts. */
export interface AcceptedType {
  mediaType: string;
  /** Extensions a file of this type may carry (lower case, without dot). */
  extensions: readonly string[];
}

/** What file-type recognised: its extension name (e.g. `jpg`, `m4a`, `zip`) and media type. */
export interface Signature {
  ext: string;
  mime: string;
}

/** The binary signature at the start of the bytes, or undefined when file-type knows none. */
export async function detectSignature(head: Uint8Array): Promise<Signature | undefined> {
  const found = await fileTypeFromBuffer(head);
  if (found) return { ext: found.ext, mime: found.mime };
  // file-type needs the whole 10-byte ID3v2 header to look past the tag; a tag is only
  // ever written before MPEG audio, so a head too short for that is still an MP3.
  if (head.length < 10 && Buffer.from(head.subarray(0, 3)).toString('latin1') === 'ID3') {
    return { ext: 'mp3', mime: 'audio/mpeg' };
  }
  return undefined;
}

/** An RFC 5322 header line: a field name of printable characters, a colon. */
const HEADER_LINE = /^[!-9;-~]{1,76}:/;

/** True when the bytes start like an e-mail message (header lines, no binary). */
export function looksLikeEmail(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = head.toString('latin1').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l, i) => i === 0 || l.length > 0);
  const first = lines[0] ?? '';
  if (!HEADER_LINE.test(first) && !first.startsWith('From ')) return false;
  const names = lines
    .slice(0, 200)
    .map((l) => /^([!-9;-~]+):/.exec(l)?.[1]?.toLowerCase())
    .filter(Boolean);
  return names.includes('from') || names.includes('date') || names.includes('subject');
}

/** Text without control bytes that decodes as UTF-8 (plain text, CSV, e-mail). */
export function isText(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f)) return false;
  return !new TextDecoder('utf-8', { fatal: false }).decode(head).includes('\uFFFD');
}

/** The lower-case extension of a file name, or ''. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export type FileCheck<T extends AcceptedType> =
  | { ok: true; type: T }
  | { ok: false; reason: 'unknown_type' | 'extension_mismatch'; type?: T };

/**
 * Sniff the bytes and check that the file name's extension agrees with them. `identify`
 * is the module's allow-list: it maps what was detected (and, for containers such as
 * ZIP, the extension) onto an accepted type, or null.
 */
export async function checkFileType<T extends AcceptedType>(
  fileName: string,
  head: Buffer,
  identify: (signature: Signature | undefined, head: Buffer, extension: string) => T | null,
): Promise<FileCheck<T>> {
  const extension = extensionOf(fileName);
  const type = identify(await detectSignature(head), head, extension);
  if (!type) return { ok: false, reason: 'unknown_type' };
  if (!type.extensions.includes(extension))
    return { ok: false, reason: 'extension_mismatch', type };
  return { ok: true, type };
}

/** Keep a file name printable and short: it is shown back and used inside download bundles. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '_')
    .trim()
    .slice(-200);
  return cleaned.length > 0 ? cleaned : 'bestand';
}
