import { type AcceptedType, checkFileType, isText } from '../../../platform/files/file-type';

/** Largest logo in bytes: a header logo needs far less; the file is read into memory. */
export const LOGO_MAX_BYTES = 512 * 1024;

/** The kinds of logo accepted, recognised by their bytes (never by the name or claimed type). */
export const LOGO_TYPES = {
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  svg: { mediaType: 'image/svg+xml', extensions: ['svg'] },
} as const satisfies Record<string, AcceptedType>;

export type LogoType = (typeof LOGO_TYPES)[keyof typeof LOGO_TYPES];
export type LogoMediaType = LogoType['mediaType'];

/** XML declaration, comments, whitespace and a DOCTYPE without internal subset before the root. */
const SVG_PROLOGUE = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE svg[^>[]*>)*/i;

/**
 * An SVG has no magic number: it is UTF-8 text whose root element is `<svg` in the SVG
 * namespace. A document type with an internal subset (entities) is refused outright.
 */
export function looksLikeSvg(bytes: Buffer): boolean {
  if (!isText(bytes)) return false;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/<!ENTITY/i.test(text)) return false;
  const rest = text.replace(SVG_PROLOGUE, '');
  return /^<svg[\s>]/.test(rest) && rest.includes('http://www.w3.org/2000/svg');
}

/** Check a logo's type by its content and its name's extension. */
export function checkLogoType(fileName: string, bytes: Buffer) {
  return checkFileType<LogoType>(fileName, bytes, (signature) => {
    if (signature?.mime === 'image/png') return LOGO_TYPES.png;
    if (signature?.mime === 'image/jpeg') return LOGO_TYPES.jpeg;
    if ((!signature || signature.ext === 'xml') && looksLikeSvg(bytes)) return LOGO_TYPES.svg;
    return null;
  });
}
