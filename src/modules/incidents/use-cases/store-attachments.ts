import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database';
import { writeChunks } from '../../../platform/files/chunk-store';
import {
  checkUploads,
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
 * Check every file before anything is stored (the platform's checks with the evidence
 * allow-list), and parse an .eml: one that does not parse stops the whole submit too.
 */
export async function checkFiles(files: readonly UploadedFile[]): Promise<CheckedFile[]> {
  const sniffed = await checkUploads(
    files,
    { maxFiles: MAX_ATTACHMENTS, maxFileBytes: MAX_ATTACHMENT_BYTES },
    checkFile,
    (name, refused) =>
      refused.reason === 'extension_mismatch'
        ? `Het bestand "${name}" is ${refused.type?.description}, maar de naam zegt iets anders. Geef het bestand de juiste extensie of kies een ander bestand.`
        : `Het bestand "${name}" heeft een type dat Weerbaar niet aanneemt. Toegestaan: ${ACCEPTED_EXTENSIONS.join(', ')}.`,
  );
  const checked: CheckedFile[] = [];
  for (const { upload, fileName, field, type } of sniffed) {
    const isEmail = type.mediaType === 'message/rfc822';
    checked.push({
      ...upload,
      fileName,
      mediaType: type.mediaType,
      sha256: upload.file.sha256,
      kind: isEmail ? 'email_original' : 'evidence',
      // An e-mail is parsed whole; it is bounded by the same size limit.
      email: isEmail ? await parseEml(await upload.file.bytes(), field) : null,
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
