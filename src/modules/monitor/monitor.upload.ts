import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../../platform/errors/app-error';
import { multipartReadError } from '../../platform/http/multipart-errors';

export interface Upload {
  bytes: Buffer;
  filename: string;
  fields: Record<string, string>;
}

/** Read one multipart upload (field "file") and its text fields; refuses files over the limit. */
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
  let upload: { bytes: Buffer; filename: string } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: limitBytes, files: 1 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) {
          throw new AppError(
            'payload_too_large',
            `Het bestand is groter dan ${Math.round(limitBytes / 1024 / 1024)} MB.`,
            {
              fields: [{ field: 'file', message: 'te groot' }],
            },
          );
        }
        if (part.fieldname === 'file') upload = { bytes, filename: part.filename };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartReadError(error);
  }
  if (!upload || upload.bytes.length === 0)
    throw invalidField('file', 'Kies een bestand om te uploaden.');
  return { ...upload, fields };
}
