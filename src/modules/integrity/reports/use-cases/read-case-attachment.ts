import { audit } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { openAttachment } from '../attachments';
import { loadCase } from './report-core';

/** A file of a case, decrypted for the handler; the download is audited. */
export async function readCaseAttachment(
  ctx: UseCaseContext,
  reportId: string,
  attachmentId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, ctx, reportId);
    const file = await openAttachment(trx, ctx.keyring, row.organisation_id, row.id, attachmentId);
    if (!file) throw notFound('Dit bestand');
    await audit(trx, ctx, 'integrity.attachment.read', {
      type: 'integrity_attachment',
      id: attachmentId,
    });
    return file;
  });
}
