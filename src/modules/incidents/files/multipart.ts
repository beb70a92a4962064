import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error';
import { multipartReadError } from '../../../platform/http/multipart-errors';
import { refuseNul } from '../../../platform/http/nul-bytes';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type UploadedFile,
} from '../use-cases/store-attachments';

/** Text fields of a multipart request are small: a JSON report at most. */
const MAX_FIELD_BYTES = 256 * 1024;

/**
 * Read a multipart/form-data request: text fields, and files into memory up to the
 * per-file limit. An oversized file or too many files is answered with 413 naming
 * the field; a request that is not multipart with 415.
 */
export async function readMultipart(
  request: FastifyRequest,
  maxFileBytes = MAX_ATTACHMENT_BYTES,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Stuur dit verzoek als multipart/form-data.');
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxFileBytes, files: MAX_ATTACHMENTS, fieldSize: MAX_FIELD_BYTES },
    })) {
      if (part.type === 'file') {
        const index = files.filter((f) => f.field.startsWith(`${part.fieldname}.`)).length;
        const field = `${part.fieldname}.${index}`;
        let data: Buffer;
        try {
          data = await part.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError(
              'payload_too_large',
              `Het bestand "${part.filename}" is groter dan ${Math.round(maxFileBytes / 1024 / 1024)} MB.`,
              { fields: [{ field: `body.${field}`, message: 'bestand te groot' }] },
            );
          }
          throw error;
        }
        files.push({ fileName: part.filename || 'bestand', data, field });
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') {
      throw new AppError(
        'payload_too_large',
        `U kunt hoogstens ${MAX_ATTACHMENTS} bestanden meesturen.`,
        {
          fields: [
            { field: 'body.attachments', message: `hoogstens ${MAX_ATTACHMENTS} bestanden` },
          ],
        },
      );
    }
    throw multipartReadError(error);
  }
  return { fields, files };
}

/** Validate a value with a zod schema; problems name `body.<path>` like JSON routes do. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'body',
): z.infer<S> {
  refuseNul(value, root);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new AppError('validation_failed', 'Eén of meer velden zijn niet goed ingevuld.', {
    fields,
  });
}

/** The JSON text of a multipart field, parsed; a clear problem when it is not JSON. */
export function jsonField(fields: Record<string, string>, name: string): unknown {
  const text = fields[name];
  if (text === undefined) {
    throw new AppError('validation_failed', `Het veld "${name}" ontbreekt.`, {
      fields: [{ field: `body.${name}`, message: 'ontbreekt' }],
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', `Het veld "${name}" is geen geldige JSON.`, {
      fields: [{ field: `body.${name}`, message: 'geen geldige JSON' }],
    });
  }
}
