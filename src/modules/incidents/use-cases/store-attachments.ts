import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import { writeChunks } from '../../../platform/files/chunk-store';
import { cleanFileName } from '../../../platform/files/file-type';
import {
  fileTooLarge,
  tooManyFiles,
  type UploadedFile,
  type UploadLimits,
} from '../../../platform/http/multipart';
import type { UseCaseContext } from '../../../platform/use-case';
import { insertAttachment } from '../files/attachments.repository';
import { type ParsedEmail, parseEml } from '../files/eml';
import { ACCEPTED_EXTENSIONS, checkFile } from '../files/file-type';

/** Largest single evidence file: a phone video of a minute, or a long audio recording. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most files one submit may carry. */
export const MAX_ATTACHMENTS = 10;

/** What a report's multipart request may carry; its text fields hold a JSON report at most. */
export const INCIDENT_UPLOADS: UploadLimits = {
  maxFileBytes: MAX_ATTACHMENT_BYTES,
  maxFiles: MAX_ATTACHMENTS,
  maxFieldBytes: 256 * 1024,
};

export type { UploadedFile };

/** A file that passed the checks, with its hash, ready to be stored. */
export interface CheckedFile extends UploadedFile {
  mediaType: string;
  sha256: string;
  kind: 'evidence' | 'email_original';
  email: ParsedEmail | null;
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Check every file before anything is stored: size, type by magic bytes, extension
 * agreeing with the type, and an .eml that actually parses. The first problem stops
 * the whole submit, so no report is left with half its evidence.
 */
export async function checkFiles(files: readonly UploadedFile[]): Promise<CheckedFile[]> {
  if (files.length > MAX_ATTACHMENTS) throw tooManyFiles(MAX_ATTACHMENTS);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = cleanFileName(file.fileName);
    const field = `body.${file.field}`;
    if (file.file.size > MAX_ATTACHMENT_BYTES) {
      throw fileTooLarge(field, name, MAX_ATTACHMENT_BYTES);
    }
    if (file.file.size === 0) {
      throw new AppError('validation_failed', `Het bestand "${name}" is leeg.`, {
        fields: [{ field, message: 'leeg bestand' }],
      });
    }
    // Sniffed from the first chunk: the file itself is not in memory.
    const check = await checkFile(name, file.file.head);
    if (!check.ok) {
      const detail =
        check.reason === 'extension_mismatch'
          ? `Het bestand "${name}" is ${check.type?.description}, maar de naam zegt iets anders. Geef het bestand de juiste extensie of kies een ander bestand.`
          : `Het bestand "${name}" heeft een type dat Weerbaar niet aanneemt. Toegestaan: ${ACCEPTED_EXTENSIONS.join(', ')}.`;
      throw new AppError('unsupported_media_type', detail, {
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
    const isEmail = check.type.mediaType === 'message/rfc822';
    checked.push({
      ...file,
      fileName: name,
      mediaType: check.type.mediaType,
      sha256: file.file.sha256,
      kind: isEmail ? 'email_original' : 'evidence',
      // An e-mail is parsed whole; it is bounded by the same size limit.
      email: isEmail ? await parseEml(await file.file.bytes(), field) : null,
    });
  }
  return checked;
}

/** Store checked files in sealed chunks, in the caller's transaction. */
export async function storeFiles(
  trx: Db,
  ctx: UseCaseContext,
  incidentId: string,
  files: readonly CheckedFile[],
  role: 'reporter' | 'handler',
) {
  const stored = [];
  const org = ctx.scope.organisationId;
  for (const file of files) {
    const row = await insertAttachment(trx, {
      organisation_id: org,
      incident_id: incidentId,
      kind: file.kind,
      file_name_enc: await ctx.keyring.encryptText(trx, org, file.fileName),
      media_type: file.mediaType,
      size_bytes: file.file.size,
      sha256: file.sha256,
      content_enc: null,
      added_by_type: ctx.scope.actorType,
      added_by_id: ctx.scope.actorId,
      added_by_role: role,
    });
    await writeChunks(
      trx,
      ctx.keyring,
      'incident_attachment_chunk',
      org,
      row.id,
      'data',
      file.file.chunks(),
    );
    stored.push(row);
  }
  return stored;
}
