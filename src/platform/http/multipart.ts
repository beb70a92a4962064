import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { type AcceptedType, cleanFileName, type FileCheck } from '../files/file-type';
import { disposeUploads, readFileParts } from '../files/multipart-files';
import type { SpooledFile } from '../files/upload-spool';
import { multipartReadError } from './multipart-errors';
import { refuseNul } from './nul-bytes';

/** What one kind of multipart request may carry; each module names its own. */
export interface UploadLimits {
  /** Largest single file in bytes. */
  maxFileBytes: number;
  /** Most files in one request. */
  maxFiles: number;
  /** Largest text field in bytes (a JSON report at most). */
  maxFieldBytes: number;
}

/** One uploaded file as read from the request: spooled encrypted, never whole in memory. */
export interface UploadedFile {
  fileName: string;
  file: SpooledFile;
  /** Where it came from, for error messages: `<field name>.<index within that field>`. */
  field: string;
}

const MB = 1024 * 1024;

/** More files than `maxFiles`: 413 naming `body.attachments`, as the forms call that field. */
export function tooManyFiles(maxFiles: number): AppError {
  return new AppError('payload_too_large', `U kunt hoogstens ${maxFiles} bestanden meesturen.`, {
    fields: [{ field: 'body.attachments', message: `hoogstens ${maxFiles} bestanden` }],
  });
}

/** A file over the limit: 413 naming the file's own field. */
export function fileTooLarge(field: string, fileName: string, maxFileBytes: number): AppError {
  return new AppError(
    'payload_too_large',
    `Het bestand "${fileName}" is groter dan ${Math.round(maxFileBytes / MB)} MB.`,
    { fields: [{ field, message: 'bestand te groot' }] },
  );
}

/**
 * Read a multipart/form-data request: text fields, and files streamed into encrypted
 * spools up to the per-file limit (the caller disposes them, e.g. with `withUploads`).
 * An oversized file or too many files is answered with 413 naming the field, before
 * anything is stored; a request that is not multipart with 415; a broken body with 400.
 */
export async function readMultipart(
  request: FastifyRequest,
  limits: UploadLimits,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Stuur dit verzoek als multipart/form-data.');
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const nextField = (name: string) =>
    `${name}.${files.filter((f) => f.field.startsWith(`${name}.`)).length}`;
  try {
    await readFileParts(
      request,
      { fileSize: limits.maxFileBytes, files: limits.maxFiles, fieldSize: limits.maxFieldBytes },
      {
        field: (name, value) => {
          fields[name] = value;
        },
        file: (name, fileName, file) => {
          files.push({ fileName, file, field: nextField(name) });
        },
        tooLarge: (name, fileName) =>
          fileTooLarge(`body.${nextField(name)}`, fileName, limits.maxFileBytes),
      },
    );
  } catch (error) {
    await disposeUploads(files);
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') {
      throw tooManyFiles(limits.maxFiles);
    }
    throw multipartReadError(error);
  }
  return { fields, files };
}

/** A file that passed {@link checkUploads}: its cleaned name, its field path and its sniffed type. */
export interface CheckedUpload<T extends AcceptedType> {
  upload: UploadedFile;
  fileName: string;
  field: string;
  type: T;
}

/** Why a file's type was refused, as the module's sniffing reports it. */
export type RefusedType<T extends AcceptedType> = Extract<FileCheck<T>, { ok: false }>;

/**
 * Check all files before anything is stored: count, size, emptiness, and type by content
 * (sniffed from the first chunk: the file itself is not in memory). The first problem
 * stops the whole request, so no report or message is kept with half of its files.
 * `sniff` is the module's allow-list; `refusal` words a refused type in its own terms.
 */
export async function checkUploads<T extends AcceptedType>(
  files: readonly UploadedFile[],
  limits: Pick<UploadLimits, 'maxFiles' | 'maxFileBytes'>,
  sniff: (fileName: string, head: Buffer) => Promise<FileCheck<T>>,
  refusal: (fileName: string, refused: RefusedType<T>) => string,
): Promise<CheckedUpload<T>[]> {
  if (files.length > limits.maxFiles) throw tooManyFiles(limits.maxFiles);
  const checked: CheckedUpload<T>[] = [];
  for (const upload of files) {
    const fileName = cleanFileName(upload.fileName);
    const field = `body.${upload.field}`;
    if (upload.file.size > limits.maxFileBytes) {
      throw fileTooLarge(field, fileName, limits.maxFileBytes);
    }
    if (upload.file.size === 0) {
      throw new AppError('validation_failed', `Het bestand "${fileName}" is leeg.`, {
        fields: [{ field, message: 'leeg bestand' }],
      });
    }
    const check = await sniff(fileName, upload.file.head);
    if (!check.ok) {
      throw new AppError('unsupported_media_type', refusal(fileName, check), {
        fields: [
          {
            field,
            message:
              check.reason === 'extension_mismatch'
                ? 'extensie klopt niet met de inhoud'
                : 'bestandstype niet toegestaan',
          },
        ],
      });
    }
    checked.push({ upload, fileName, field, type: check.type });
  }
  return checked;
}

/** Validate a value with a zod schema; problems name `<root>.<path>` like JSON routes do. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'body',
): z.infer<S> {
  refuseNul(value, root);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('validation_failed', 'Eén of meer velden zijn niet goed ingevuld.', {
    fields: result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  });
}

/** The JSON text of a multipart field, parsed; a clear problem when it is missing or not JSON. */
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
