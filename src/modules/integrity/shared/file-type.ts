/**
 * Which files the integrity channel accepts, recognised by their first bytes and
 * checked against the extension: documents, images, audio and plain text — what a
 * whistleblower typically brings. A renamed executable is refused.
 */

interface FileType {
  mediaType: string;
  extensions: readonly string[];
}

const ZIP_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

/** Extensions accepted at all, for the file picker and error messages. */
export const ACCEPTED_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'txt',
  'csv',
  'eml',
  'mp3',
  'm4a',
  'wav',
  ...Object.keys(ZIP_TYPES),
].sort();

const starts = (buf: Buffer, bytes: number[]) =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
const ascii = (buf: Buffer, from: number, to: number) => buf.subarray(from, to).toString('latin1');

/** Text without control bytes that decodes as UTF-8 (plain text, CSV, e-mail). */
function isText(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f)) return false;
  return !new TextDecoder('utf-8', { fatal: false }).decode(head).includes('\uFFFD');
}

function sniff(buf: Buffer, extension: string): FileType | null {
  if (ascii(buf, 0, 5) === '%PDF-') return { mediaType: 'application/pdf', extensions: ['pdf'] };
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extensions: ['png'] };
  if (starts(buf, [0xff, 0xd8, 0xff]))
    return { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
  if (ascii(buf, 0, 4) === 'GIF8') return { mediaType: 'image/gif', extensions: ['gif'] };
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP')
    return { mediaType: 'image/webp', extensions: ['webp'] };
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WAVE')
    return { mediaType: 'audio/wav', extensions: ['wav'] };
  if (ascii(buf, 0, 3) === 'ID3' || (buf[0] === 0xff && ((buf[1] ?? 0) & 0xe0) === 0xe0))
    return { mediaType: 'audio/mpeg', extensions: ['mp3'] };
  if (ascii(buf, 4, 8) === 'ftyp' && ascii(buf, 8, 11) === 'M4A')
    return { mediaType: 'audio/mp4', extensions: ['m4a'] };
  // Office Open XML and OpenDocument files are ZIP archives; the extension says which.
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04]) && ZIP_TYPES[extension])
    return { mediaType: ZIP_TYPES[extension]!, extensions: [extension] };
  if (isText(buf)) {
    if (extension === 'csv') return { mediaType: 'text/csv', extensions: ['csv'] };
    if (extension === 'eml') return { mediaType: 'message/rfc822', extensions: ['eml'] };
    return { mediaType: 'text/plain', extensions: ['txt'] };
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export type FileCheck =
  | { ok: true; mediaType: string }
  | { ok: false; reason: 'unknown_type' | 'extension_mismatch' };

/** Sniff the bytes and check the extension agrees with them. */
export function checkFileType(fileName: string, data: Buffer): FileCheck {
  const extension = extensionOf(fileName);
  const type = sniff(data, extension);
  if (!type) return { ok: false, reason: 'unknown_type' };
  if (!type.extensions.includes(extension)) return { ok: false, reason: 'extension_mismatch' };
  return { ok: true, mediaType: type.mediaType };
}

/** A printable, short file name without path or control characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '_')
    .trim()
    .slice(-200);
  return cleaned.length > 0 ? cleaned : 'bestand';
}
