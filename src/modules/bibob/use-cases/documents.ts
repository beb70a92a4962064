import type { Db } from '../../../db/database';
import { type AuditActor, audit, type ScopedOrigin } from '../../../platform/audit/audit';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { readStoredFile, writeChunks } from '../../../platform/files/chunk-store';
import { type AcceptedType, checkFileType, isText } from '../../../platform/files/file-type';
import {
  type CheckedUpload,
  checkUploads,
  type UploadedFile,
  type UploadLimits,
} from '../../../platform/http/multipart';
import type { UseCaseContext } from '../../../platform/use-case';
import { presentDocument } from '../bibob.presenter';
import { findCase, findDocument, insertDocument } from '../bibob.repository';

/** Largest single document: a scanned annual report or financing agreement. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Most documents in one upload. */
export const MAX_DOCUMENTS = 10;

export const BIBOB_UPLOADS: UploadLimits = {
  maxFileBytes: MAX_DOCUMENT_BYTES,
  maxFiles: MAX_DOCUMENTS,
  maxFieldBytes: 1024,
};

const type = (mediaType: string, ...extensions: string[]): AcceptedType => ({
  mediaType,
  extensions,
});

/** What a Bibob file holds: documents, spreadsheets, scans and plain text. */
const ACCEPTED: Record<string, AcceptedType> = {
  pdf: type('application/pdf', 'pdf'),
  png: type('image/png', 'png'),
  jpg: type('image/jpeg', 'jpg', 'jpeg'),
  docx: type('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'),
  xlsx: type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
  odt: type('application/vnd.oasis.opendocument.text', 'odt'),
};
export const ACCEPTED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'odt', 'txt'];

function sniff(fileName: string, head: Buffer) {
  return checkFileType(fileName, head, (signature, bytes, extension) => {
    const known = signature ? ACCEPTED[signature.ext] : undefined;
    if (known) return known;
    if (signature?.ext === 'zip' && ACCEPTED[extension]) return ACCEPTED[extension]!;
    if (!signature && isText(bytes)) return type('text/plain', 'txt');
    return null;
  });
}

/** The applicant's upload: the same files, and room for the answers (a JSON part). */
export const APPLICANT_UPLOADS: UploadLimits = { ...BIBOB_UPLOADS, maxFieldBytes: 128 * 1024 };

/** Check count, size, emptiness and type by content before anything is stored. */
export function checkDocuments(files: readonly UploadedFile[]) {
  return checkUploads(
    files,
    BIBOB_UPLOADS,
    sniff,
    (name) =>
      `Het bestand "${name}" heeft een type dat hier niet kan. Toegestaan: ${ACCEPTED_EXTENSIONS.join(', ')}.`,
  );
}

/**
 * Store checked documents in a case, encrypted in sealed chunks, each audited.
 * `addedBy` is the officer, or null for the applicant (who has no account).
 */
export async function storeDocuments(
  trx: Db,
  keyring: KeyRing,
  who: ScopedOrigin | AuditActor,
  where: { organisationId: string; caseId: string; addedBy: string | null },
  checked: readonly CheckedUpload<AcceptedType>[],
) {
  const org = where.organisationId;
  const out = [];
  for (const { upload, fileName, type: t } of checked) {
    const doc = await insertDocument(trx, {
      organisationId: org,
      caseId: where.caseId,
      fileNameEnc: await keyring.encryptText(trx, org, fileName),
      mediaType: t.mediaType,
      sizeBytes: upload.file.size,
      sha256: upload.file.sha256,
      addedBy: where.addedBy,
    });
    await writeChunks(
      trx,
      keyring,
      'bibob_document_chunk',
      org,
      doc.id,
      'data',
      upload.file.chunks(),
    );
    await audit(trx, who, 'bibob.document.add', { type: 'bibob_document', id: doc.id });
    out.push(presentDocument(doc, fileName));
  }
  return out;
}

/** Add documents to a case: all checked first, then stored encrypted in sealed chunks. */
export async function addDocuments(
  ctx: UseCaseContext,
  caseId: string,
  files: readonly UploadedFile[],
) {
  if (files.length === 0)
    throw new AppError('validation_failed', 'Kies een of meer documenten.', {
      fields: [{ field: 'body.documents', message: 'geen bestand gekozen' }],
    });
  const checked = await checkDocuments(files);
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCase(trx, org, caseId, true);
    if (!row) throw notFound('Dit dossier');
    if (row.status === 'closed')
      throw new AppError(
        'conflict',
        'Over dit dossier is al besloten; voeg geen documenten meer toe.',
      );
    return storeDocuments(
      trx,
      ctx.keyring,
      ctx,
      { organisationId: org, caseId, addedBy: ctx.scope.actorId },
      checked,
    );
  });
}

/** One document's bytes, name and type; the download is audited. */
export async function readDocument(ctx: UseCaseContext, caseId: string, documentId: string) {
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await findDocument(trx, org, caseId, documentId);
    if (!doc) throw notFound('Dit document');
    const data = await readStoredFile(trx, ctx.keyring, 'bibob_document_chunk', org, doc.id, null);
    await audit(trx, ctx, 'bibob.document.read', { type: 'bibob_document', id: doc.id });
    return {
      data,
      fileName: await ctx.keyring.decryptText(trx, org, doc.file_name_enc),
      mediaType: doc.media_type,
      sha256: doc.sha256,
    };
  });
}
