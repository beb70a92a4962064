import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { sealRequired } from '../../shared/sealing';
import { feedbackDueOn } from '../legal-clock';
import { insertMessage, recordBreach, updateReport } from '../reports.repository';
import { caseStep } from './case-step';
import { staffRoleOn } from './report-core';

/** Sent when the handler writes nothing of their own. */
export const STANDARD_ACKNOWLEDGEMENT =
  'Wij hebben uw melding ontvangen en nemen haar in behandeling. Binnen drie maanden hoort u wat er met uw melding is gedaan. U kunt hier altijd berichten en bestanden toevoegen. U mag een vermoeden van een misstand ook melden bij een bevoegde instantie buiten onze organisatie, zoals het Huis voor Klokkenluiders (huisvoorklokkenluiders.nl), dat ook vertrouwelijk advies geeft.';

/**
 * Acknowledge receipt to the reporter (a message they see in the channel). Stops the
 * 7-day clock, starts the 3-month feedback clock from today, and records a breach
 * when the acknowledgement came late.
 */
export async function acknowledgeReport(
  ctx: UseCaseContext,
  reportId: string,
  message: string | undefined,
  now = new Date(),
) {
  return caseStep(ctx, reportId, 'acknowledge', async (trx, row) => {
    const org = row.organisation_id;
    const today = amsterdamDate(now);
    await insertMessage(trx, {
      organisation_id: org,
      report_id: row.id,
      kind: 'acknowledgement',
      author_role: staffRoleOn(row, ctx.scope.actorId),
      author_id: ctx.scope.actorId,
      body_enc: await sealRequired(trx, ctx.keyring, org, message || STANDARD_ACKNOWLEDGEMENT),
    });
    if (row.acknowledgement_due_on && today > row.acknowledgement_due_on) {
      await recordBreach(trx, org, row.id, 'acknowledgement', row.acknowledgement_due_on, now);
    }
    const updated = await updateReport(trx, org, row.id, {
      status: 'assessment',
      acknowledged_at: now,
      feedback_due_on: feedbackDueOn(row.acknowledgement_due_on ?? today, today),
    });
    return { result: updated };
  });
}
