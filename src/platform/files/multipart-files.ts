import type { FastifyRequest } from 'fastify';
import { FileTooLarge, type SpooledFile, spoolStream } from './upload-spool';

/** Limits of one multipart request. */
export interface MultipartLimits {
  /** Largest file in bytes. */
  fileSize: number;
  files: number;
  fieldSize: number;
}

/**
 * Walk a multipart/form-data request part by part: text fields are handed over as strings,
 * each file is streamed into an encrypted spool (never buffered whole). A file past
 * `fileSize` throws the caller's `tooLarge` error; a cut-short body throws the parser's
 * error. The caller disposes the spooled files, also when this throws.
 */
export async function readFileParts(
  request: FastifyRequest,
  limits: MultipartLimits,
  on: {
    field(name: string, value: string): void;
    file(name: string, fileName: string, file: SpooledFile): void;
    tooLarge(name: string, fileName: string): Error;
  },
): Promise<void> {
  // One byte over the limit lets the spool tell "exactly at the limit" from "too large".
  for await (const part of request.parts({
    limits: { fileSize: limits.fileSize + 1, files: limits.files, fieldSize: limits.fieldSize },
  })) {
    if (part.type === 'file') {
      let file: SpooledFile;
      try {
        file = await spoolStream(part.file, limits.fileSize);
      } catch (error) {
        part.file.resume();
        if (error instanceof FileTooLarge) throw on.tooLarge(part.fieldname, part.filename);
        throw error;
      }
      if (part.file.truncated) {
        await file.dispose();
        throw on.tooLarge(part.fieldname, part.filename);
      }
      on.file(part.fieldname, part.filename || 'bestand', file);
    } else if (typeof part.value === 'string') {
      on.field(part.fieldname, part.value);
    }
  }
}

/** Close the spools of a request's files (their temporary files are already unlinked). */
export async function disposeUploads(files: readonly { file: SpooledFile }[]): Promise<void> {
  await Promise.all(files.map((f) => f.file.dispose()));
}

/** Run `fn` with a request's uploaded files, closing their spools afterwards, also on errors. */
export async function withUploads<T>(
  files: readonly { file: SpooledFile }[],
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } finally {
    await disposeUploads(files);
  }
}
