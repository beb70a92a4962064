import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import type { SpooledFile } from '../../../platform/files/upload-spool';
import {
  checkUploads,
  type UploadedFile,
  type UploadLimits,
} from '../../../platform/http/multipart';
import { ACCEPTED_EXTENSIONS, sniffAccepted } from '../shared/file-type';
import { openFile, openText, sealFile, sealRequired } from '../shared/sealing';
import { findAttachment, insertAttachment } from './reports.repository';
import type { AuthorRole } from './reports.tables';

/** Largest single file in the integrity channel: a long document or a phone recording. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most files one message or report may carry. */
export const MAX_ATTACHMENTS = 5;

/** What a report's or message's multipart request may carry; text parts are a JSON report at most. */
export const INTEGRITY_UPLOADS: UploadLimits = {
  maxFileBytes: MAX_ATTACHMENT_BYTES,
  maxFiles: MAX_ATTACHMENTS,
  maxFieldBytes: 128 * 1024,
};

/** A file that passed every check and may be stored. */
export interface CheckedFile {
  fileName: string;
  mediaType: string;
  file: SpooledFile;
}

/** What is sealed in `meta_enc`. */
interface AttachmentMeta {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** Check all files before anything is stored: the platform's checks with the channel's allow-list. */
export async function checkFiles(files: readonly UploadedFile[]): Promise<CheckedFile[]> {
  const checked = await checkUploads(
    files,
    { maxFiles: MAX_ATTACHMENTS, maxFileBytes: MAX_ATTACHMENT_BYTES },
    sniffAccepted,
    (fileName, refused) =>
      refused.reason === 'extension_mismatch'
        ? `De inhoud van "${fileName}" past niet bij de extensie van de naam.`
        : `Het bestand "${fileName}" heeft een type dat niet wordt aangenomen. Toegestaan: ${ACCEPTED_EXTENSIONS.join(', ')}.`,
  );
  return checked.map(({ upload, fileName, type }) => ({
    fileName,
    mediaType: type.mediaType,
    file: upload.file,
  }));
}

/** Store checked files in sealed chunks under the integrity key, in the caller's transaction. */
export async function storeFiles(
  trx: Db,
  keyring: KeyRing,
  organisationId: string,
  reportId: string,
  messageId: string | null,
  role: AuthorRole,
  files: readonly CheckedFile[],
) {
  for (const file of files) {
    const meta: AttachmentMeta = {
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.file.size,
    };
    const row = await insertAttachment(trx, {
      organisation_id: organisationId,
      report_id: reportId,
      message_id: messageId,
      added_by_role: role,
      meta_enc: await sealRequired(trx, keyring, organisationId, JSON.stringify(meta)),
      content_enc: null,
    });
    await sealFile(trx, keyring, organisationId, row.id, file.file);
  }
}

/** Decrypted attachment listing (no content). */
export async function openAttachments(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  rows: readonly {
    id: string;
    message_id: string | null;
    added_by_role: AuthorRole;
    meta_enc: string;
    created_at: Date;
  }[],
) {
  const out = [];
  for (const row of rows) {
    const meta = JSON.parse(
      (await openText(db, keyring, organisationId, row.meta_enc)) ?? '{}',
    ) as AttachmentMeta;
    out.push({
      id: row.id,
      messageId: row.message_id,
      fileName: meta.fileName,
      mediaType: meta.mediaType,
      sizeBytes: meta.sizeBytes,
      addedBy: row.added_by_role,
      createdAt: new Date(row.created_at).toISOString(),
    });
  }
  return out;
}

/** One attachment's bytes and name, decrypted; null when it is not on this report. */
export async function openAttachment(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  reportId: string,
  attachmentId: string,
) {
  const row = await findAttachment(db, organisationId, reportId, attachmentId);
  if (!row) return null;
  const meta = JSON.parse(
    (await openText(db, keyring, organisationId, row.meta_enc)) ?? '{}',
  ) as AttachmentMeta;
  const data = await openFile(db, keyring, organisationId, row.id, row.content_enc);
  return { fileName: meta.fileName, mediaType: meta.mediaType, data };
}
