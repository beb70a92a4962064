import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error';
import { disposeUploads, readFileParts } from '../../../platform/files/multipart-files';
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
 * Read a multipart/form-data request: text fields, and files streamed into encrypted
 * spools up to the per-file limit (the caller disposes them). An oversized file or too many files is answered with 413 naming
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
    await readFileParts(
      request,
      { fileSize: maxFileBytes, files: MAX_ATTACHMENTS, fieldSize: MAX_FIELD_BYTES },
      {
        field: (name, value) => {
          fields[name] = value;
        },
        file: (name, fileName, file) => {
          const index = files.filter((f) => f.field.startsWith(`${name}.`)).length;
          files.push({ fileName, file, field: `${name}.${index}` });
        },
        tooLarge: (name, fileName) => {
          const index = files.filter((f) => f.field.startsWith(`${name}.`)).length;
          return new AppError(
            'payload_too_large',
            `Het bestand "${fileName}" is groter dan ${Math.round(maxFileBytes / 1024 / 1024)} MB.`,
            { fields: [{ field: `body.${name}.${index}`, message: 'bestand te groot' }] },
          );
        },
      },
    );
  } catch (error) {
    await disposeUploads(files);
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
