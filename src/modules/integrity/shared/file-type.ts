import {
  type AcceptedType,
  checkFileType as checkAgainst,
  isText,
  type FileCheck as PlatformFileCheck,
  type Signature,
} from '../../../platform/files/file-type';

/**
 * Which files the integrity channel accepts, recognised by their first bytes (the
 * platform's sniffing, file-type underneath) and checked against the extension:
 * documents, images, audio and plain text — what a whistleblower typically brings.
 * A renamed executable is refused.
 */

const type = (mediaType: string, ...extensions: string[]): AcceptedType => ({
  mediaType,
  extensions,
});

/** Office documents are ZIP archives; the extension says which (file-type may say it too). */
const ZIP_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

/** file-type's names for the binary signatures we accept. */
const BY_SIGNATURE: Readonly<Record<string, AcceptedType>> = {
  pdf: type('application/pdf', 'pdf'),
  png: type('image/png', 'png'),
  jpg: type('image/jpeg', 'jpg', 'jpeg'),
  gif: type('image/gif', 'gif'),
  webp: type('image/webp', 'webp'),
  wav: type('audio/wav', 'wav'),
  mp3: type('audio/mpeg', 'mp3'),
  m4a: type('audio/mp4', 'm4a'),
  ...Object.fromEntries(Object.entries(ZIP_TYPES).map(([ext, media]) => [ext, type(media, ext)])),
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

function identify(
  signature: Signature | undefined,
  head: Buffer,
  extension: string,
): AcceptedType | null {
  const known = signature ? BY_SIGNATURE[signature.ext] : undefined;
  if (known) return known;
  // A generic ZIP (file-type saw no document inside the first chunk): the name decides
  // between the office formats, and a bare .zip stays refused.
  if (signature?.ext === 'zip') {
    const media = ZIP_TYPES[extension];
    return media ? type(media, extension) : null;
  }
  if (isText(head)) {
    if (extension === 'csv') return type('text/csv', 'csv');
    if (extension === 'eml') return type('message/rfc822', 'eml');
    return type('text/plain', 'txt');
  }
  return null;
}

export type FileCheck =
  | { ok: true; mediaType: string }
  | { ok: false; reason: 'unknown_type' | 'extension_mismatch' };

/** Sniff the bytes and check the extension agrees with them (the platform's result shape). */
export function sniffAccepted(
  fileName: string,
  data: Buffer,
): Promise<PlatformFileCheck<AcceptedType>> {
  return checkAgainst(fileName, data, identify);
}

/** Sniff the bytes and check the extension agrees with them. */
export async function checkFileType(fileName: string, data: Buffer): Promise<FileCheck> {
  const check = await sniffAccepted(fileName, data);
  return check.ok
    ? { ok: true, mediaType: check.type.mediaType }
    : { ok: false, reason: check.reason };
}
