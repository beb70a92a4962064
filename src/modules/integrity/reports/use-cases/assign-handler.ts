import { invalidField } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { listIntegrityStaff, updateReport } from '../reports.repository';
import { caseStep } from './case-step';

/** Make an integrity officer or counsellor of this organisation the case's handler. */
export async function assignHandler(
  ctx: UseCaseContext,
  reportId: string,
  handlerId: string | null,
) {
  if (handlerId) {
    const staff = await listIntegrityStaff(ctx.db, ctx.scope.organisationId);
    if (!staff.some((s) => s.id === handlerId)) {
      throw invalidField('body.handlerId', 'Deze persoon behandelt geen integriteitsmeldingen.');
    }
  }
  return caseStep(ctx, reportId, 'assign', async (trx, row) => ({
    result: await updateReport(trx, row.organisation_id, row.id, { handler_id: handlerId }),
    event: 'assigned',
  }));
}
