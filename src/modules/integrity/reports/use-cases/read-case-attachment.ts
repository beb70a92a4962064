import { notFound } from '../../../../platform/errors/app-error';
import { auditStaff, type IntegrityContext } from '../../shared/context';
import { openAttachment } from '../attachments';
import { loadCase } from './report-core';

/** A file of a case, decrypted for the handler; the download is audited. */
export async function readCaseAttachment(
  ctx: IntegrityContext,
  reportId: string,
  attachmentId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, ctx, reportId);
    const file = await openAttachment(trx, ctx.keyring, row.organisation_id, row.id, attachmentId);
    if (!file) throw notFound('Dit bestand');
    await auditStaff(trx, ctx, 'integrity.attachment.read', 'integrity_attachment', attachmentId);
    return file;
  });
}
