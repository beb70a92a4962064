import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error';
import { disposeUploads, readFileParts } from '../../../platform/files/multipart-files';
import type { SpooledFile } from '../../../platform/files/upload-spool';
import { multipartReadError } from '../../../platform/http/multipart-errors';
import { refuseNul } from '../../../platform/http/nul-bytes';

/** Largest single file in the integrity channel: a long document or a phone recording. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most files one message or report may carry. */
export const MAX_ATTACHMENTS = 5;
/** Text parts of a multipart request are small: a JSON report at most. */
const MAX_FIELD_BYTES = 128 * 1024;

/** One uploaded file as read from the request: spooled encrypted, never whole in memory. */
export interface UploadedFile {
  fileName: string;
  file: SpooledFile;
  /** Where it came from, for error messages (e.g. `attachments.0`). */
  field: string;
}

function tooMany(): AppError {
  return new AppError(
    'payload_too_large',
    `U kunt hoogstens ${MAX_ATTACHMENTS} bestanden meesturen.`,
    {
      fields: [{ field: 'body.attachments', message: `hoogstens ${MAX_ATTACHMENTS} bestanden` }],
    },
  );
}

/**
 * Read multipart/form-data: text fields, and files into memory up to the per-file
 * limit. An oversized file is answered with 413 naming its field, before anything
 * is stored; a request that is not multipart with 415.
 */
export async function readMultipart(
  request: FastifyRequest,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Stuur dit verzoek als multipart/form-data.');
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    await readFileParts(
      request,
      { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS, fieldSize: MAX_FIELD_BYTES },
      {
        field: (name, value) => {
          fields[name] = value;
        },
        file: (name, fileName, file) => {
          files.push({ fileName, file, field: `${name}.${files.length}` });
        },
        tooLarge: (name) =>
          new AppError(
            'payload_too_large',
            `Het bestand is groter dan ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
            { fields: [{ field: `body.${name}.${files.length}`, message: 'bestand te groot' }] },
          ),
      },
    );
  } catch (error) {
    await disposeUploads(files);
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') throw tooMany();
    throw multipartReadError(error);
  }
  return { fields, files };
}

/** Validate with a zod schema; problems name `body.<path>` as on JSON routes. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  refuseNul(value, 'body');
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('validation_failed', 'Eén of meer velden zijn niet goed ingevuld.', {
    fields: result.error.issues.map((issue) => ({
      field: ['body', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  });
}

/** The JSON in a multipart text field, parsed; a clear problem when it is missing or not JSON. */
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

export { tooMany as tooManyFiles };
