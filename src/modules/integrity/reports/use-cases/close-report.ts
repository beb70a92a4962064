import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { updateReport } from '../reports.repository';
import { caseStep } from './case-step';

/** Close a concluded case; the reporter must have had feedback first. Retention starts now. */
export async function closeReport(ctx: UseCaseContext, reportId: string, now = new Date()) {
  return caseStep(ctx, reportId, 'close', async (trx, row) => {
    if (!row.feedback_at) {
      throw new AppError(
        'conflict',
        'Geef eerst terugkoppeling aan de melder; daarna kunt u de melding sluiten.',
      );
    }
    return {
      result: await updateReport(trx, row.organisation_id, row.id, {
        status: 'closed',
        closed_at: now,
      }),
    };
  });
}
