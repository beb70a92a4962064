/**
 * Which evidence files Weerbaar accepts, recognised by their first bytes (magic
 * numbers), never by the name or the type the browser claims. A file whose extension
 * promises another type than its bytes show is refused, so a renamed executable or
 * a script dressed up as a photo does not become "evidence".
 */

export interface SniffedType {
  mediaType: string;
  /** Extensions a file of this type may carry (lower case, without dot). */
  extensions: readonly string[];
  /** Short Dutch description, for error messages. */
  description: string;
}

const TYPES = {
  png: { mediaType: 'image/png', extensions: ['png'], description: 'een PNG-afbeelding' },
  jpeg: {
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jfif'],
    description: 'een JPEG-foto',
  },
  gif: { mediaType: 'image/gif', extensions: ['gif'], description: 'een GIF-afbeelding' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], description: 'een WebP-afbeelding' },
  heic: { mediaType: 'image/heic', extensions: ['heic', 'heif'], description: 'een HEIC-foto' },
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], description: 'een PDF-document' },
  mp3: { mediaType: 'audio/mpeg', extensions: ['mp3'], description: 'een MP3-geluidsopname' },
  m4a: { mediaType: 'audio/mp4', extensions: ['m4a', 'mp4'], description: 'een M4A-geluidsopname' },
  mp4: {
    mediaType: 'video/mp4',
    extensions: ['mp4', 'mov', 'm4v'],
    description: 'een video (MP4)',
  },
  wav: { mediaType: 'audio/wav', extensions: ['wav'], description: 'een WAV-geluidsopname' },
  ogg: {
    mediaType: 'audio/ogg',
    extensions: ['ogg', 'oga', 'opus'],
    description: 'een Ogg-geluidsopname',
  },
  eml: {
    mediaType: 'message/rfc822',
    extensions: ['eml'],
    description: 'een e-mailbericht (.eml)',
  },
} satisfies Record<string, SniffedType>;

/** Extensions accepted at all, for the file picker's `accept` and for messages. */
export const ACCEPTED_EXTENSIONS = [
  ...new Set(Object.values(TYPES).flatMap((t) => t.extensions)),
].sort();

const ascii = (buf: Buffer, start: number, end: number) =>
  buf.subarray(start, end).toString('latin1');

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

function sniffFtyp(buf: Buffer): SniffedType | null {
  if (buf.length < 12 || ascii(buf, 4, 8) !== 'ftyp') return null;
  const brand = ascii(buf, 8, 12);
  if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return TYPES.heic;
  if (brand === 'M4A ' || brand === 'M4B ') return TYPES.m4a;
  if (['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'qt  ', 'M4V ', 'dash'].includes(brand))
    return TYPES.mp4;
  return null;
}

/** The type the bytes show, or null when Weerbaar does not accept it. */
export function sniffFileType(buf: Buffer): SniffedType | null {
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return TYPES.png;
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return TYPES.jpeg;
  if (buf.length >= 6 && (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a'))
    return TYPES.gif;
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF') {
    const form = ascii(buf, 8, 12);
    if (form === 'WEBP') return TYPES.webp;
    if (form === 'WAVE') return TYPES.wav;
    return null;
  }
  if (buf.length >= 5 && ascii(buf, 0, 5) === '%PDF-') return TYPES.pdf;
  if (buf.length >= 4 && ascii(buf, 0, 4) === 'OggS') return TYPES.ogg;
  if (buf.length >= 3 && ascii(buf, 0, 3) === 'ID3') return TYPES.mp3;
  // An MPEG audio frame header: 11 sync bits, then a valid layer.
  if (buf.length >= 2 && buf[0] === 0xff && (buf[1]! & 0xe0) === 0xe0 && (buf[1]! & 0x06) !== 0)
    return TYPES.mp3;
  const ftyp = sniffFtyp(buf);
  if (ftyp) return ftyp;
  if (looksLikeEmail(buf)) return TYPES.eml;
  return null;
}

/** The lower-case extension of a file name, or ''. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export type FileCheck =
  | { ok: true; type: SniffedType }
  | { ok: false; reason: 'unknown_type' | 'extension_mismatch'; type?: SniffedType };

/** Sniff the bytes and check that the file name's extension agrees with them. */
export function checkFile(fileName: string, buf: Buffer): FileCheck {
  const type = sniffFileType(buf);
  if (!type) return { ok: false, reason: 'unknown_type' };
  const ext = extensionOf(fileName);
  if (!type.extensions.includes(ext)) return { ok: false, reason: 'extension_mismatch', type };
  return { ok: true, type };
}

/** Keep a file name printable and short; it is shown back and used inside the evidence zip. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '_')
    .trim()
    .slice(-200);
  return cleaned.length > 0 ? cleaned : 'bestand';
}
