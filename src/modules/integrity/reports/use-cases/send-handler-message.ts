import type { UploadedFile } from '../../../../platform/http/multipart';
import type { UseCaseContext } from '../../../../platform/use-case';
import { sealRequired } from '../../shared/sealing';
import { checkFiles, storeFiles } from '../attachments';
import { insertMessage } from '../reports.repository';
import { caseStep } from './case-step';
import { staffRoleOn } from './report-core';

/**
 * A message (question, request for documents) to the reporter, with files. The
 * reporter reads it in the channel; no mail goes out, because a mail would tell the
 * mail servers and mailbox who reported.
 */
export async function sendHandlerMessage(
  ctx: UseCaseContext,
  reportId: string,
  body: string,
  files: readonly UploadedFile[],
) {
  const checked = await checkFiles(files);
  return caseStep(ctx, reportId, 'message', async (trx, row) => {
    const org = row.organisation_id;
    const role = staffRoleOn(row, ctx.scope.actorId);
    const message = await insertMessage(trx, {
      organisation_id: org,
      report_id: row.id,
      kind: 'message',
      author_role: role,
      author_id: ctx.scope.actorId,
      body_enc: await sealRequired(trx, ctx.keyring, org, body),
    });
    await storeFiles(trx, ctx.keyring, org, row.id, message.id, role, checked);
    return { result: { id: message.id }, event: 'staff_message' };
  });
}
