import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../errors/app-error';
import { multipartReadError } from '../http/multipart-errors';

/** One file read whole into memory (small files only: a CSV frame, a logo), with its text fields. */
export interface Upload {
  bytes: Buffer;
  filename: string;
  fields: Record<string, string>;
}

const MB = 1024 * 1024;

/** A limit as people read it: "20 MB", or "512 kB" below a megabyte. */
function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * Read a multipart request that carries one small file in the field "file" (plus text fields).
 * The file is read into memory, so `limitBytes` must be small; larger files go through
 * `readMultipart`, which spools them encrypted. Over the limit: 413 naming `file`; no file
 * or an empty one: 400 naming `file`; not multipart: 415.
 */
export async function readUpload(request: FastifyRequest, limitBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Stuur het bestand als multipart/form-data in het veld "file".',
      {
        fields: [{ field: 'file', message: 'geen bestand ontvangen' }],
      },
    );
  }
  const tooLarge = () =>
    new AppError('payload_too_large', `Het bestand is groter dan ${sizeText(limitBytes)}.`, {
      fields: [{ field: 'file', message: 'te groot' }],
    });
  let upload: { bytes: Buffer; filename: string } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: limitBytes, files: 1 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
        if (part.fieldname === 'file') upload = { bytes, filename: part.filename };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // The parser throws when the file passes the limit: name the file, not the whole body.
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw multipartReadError(error);
  }
  if (!upload || upload.bytes.length === 0)
    throw invalidField('file', 'Kies een bestand om te uploaden.');
  return { ...upload, fields };
}
