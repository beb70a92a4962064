import {
  type AcceptedType,
  checkFileType,
  detectSignature,
  type FileCheck,
  looksLikeEmail,
  type Signature,
} from '../../../platform/files/file-type';

/**
 * Which evidence files Weerbaar accepts, recognised by their first bytes (the platform's
 * sniffing, file-type underneath), never by the name or the type the browser claims. A
 * file whose extension promises another type than its bytes show is refused, so a
 * renamed executable or a script dressed up as a photo does not become "evidence".
 */

export interface SniffedType extends AcceptedType {
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

/** file-type's names for the signatures we accept; every Ogg container counts as a recording. */
const BY_SIGNATURE: Readonly<Record<string, SniffedType>> = {
  png: TYPES.png,
  jpg: TYPES.jpeg,
  gif: TYPES.gif,
  webp: TYPES.webp,
  heic: TYPES.heic,
  pdf: TYPES.pdf,
  mp3: TYPES.mp3,
  m4a: TYPES.m4a,
  m4b: TYPES.m4a,
  mp4: TYPES.mp4,
  mov: TYPES.mp4,
  m4v: TYPES.mp4,
  wav: TYPES.wav,
  ogg: TYPES.ogg,
  oga: TYPES.ogg,
  opus: TYPES.ogg,
  spx: TYPES.ogg,
  ogv: TYPES.ogg,
  ogm: TYPES.ogg,
  ogx: TYPES.ogg,
};

function identify(signature: Signature | undefined, head: Buffer): SniffedType | null {
  const known = signature ? BY_SIGNATURE[signature.ext] : undefined;
  if (known) return known;
  return looksLikeEmail(head) ? TYPES.eml : null;
}

/** The type the bytes show, or null when Weerbaar does not accept it. */
export async function sniffFileType(buf: Buffer): Promise<SniffedType | null> {
  return identify(await detectSignature(buf), buf);
}

/** Sniff the bytes and check that the file name's extension agrees with them. */
export function checkFile(fileName: string, buf: Buffer): Promise<FileCheck<SniffedType>> {
  return checkFileType(fileName, buf, identify);
}
