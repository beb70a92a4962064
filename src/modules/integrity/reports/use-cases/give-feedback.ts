import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { sealRequired } from '../../shared/sealing';
import { insertMessage, recordBreach, updateReport } from '../reports.repository';
import { caseStep } from './case-step';
import { staffRoleOn } from './report-core';

/**
 * Feedback to the reporter on the assessment and the follow-up (what was or will be done,
 * and why). It can only be given once the assessment is recorded (the state machine
 * refuses it before), so only substantive feedback stops the 3-month clock; later
 * feedback is kept as messages too.
 */
export async function giveFeedback(
  ctx: UseCaseContext,
  reportId: string,
  body: string,
  now = new Date(),
) {
  return caseStep(ctx, reportId, 'feedback', async (trx, row) => {
    const org = row.organisation_id;
    await insertMessage(trx, {
      organisation_id: org,
      report_id: row.id,
      kind: 'feedback',
      author_role: staffRoleOn(row, ctx.scope.actorId),
      author_id: ctx.scope.actorId,
      body_enc: await sealRequired(trx, ctx.keyring, org, body),
    });
    if (row.feedback_at || !row.assessed_at) return { result: row };
    if (row.feedback_due_on && amsterdamDate(now) > row.feedback_due_on) {
      await recordBreach(trx, org, row.id, 'feedback', row.feedback_due_on, now);
    }
    return { result: await updateReport(trx, org, row.id, { feedback_at: now }) };
  });
}
