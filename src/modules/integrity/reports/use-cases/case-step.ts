import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { type CaseAction, canTake } from '../case-status';
import type { IntegrityReportRow } from '../reports.tables';
import { loadCase, recordEvent, staffRoleOn } from './report-core';

/**
 * One handling step on a case, in one transaction: lock the report, check the step
 * is allowed in its status, do the work, add it to the case file and the audit
 * trail. An error anywhere leaves nothing behind.
 */
export async function caseStep<T>(
  ctx: UseCaseContext,
  reportId: string,
  action: CaseAction,
  work: (
    trx: Db,
    row: IntegrityReportRow,
  ) => Promise<{ result: T; note?: string | null; event?: string }>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, ctx, reportId, true);
    if (!canTake(action, row.status)) {
      throw new AppError(
        'invalid_transition',
        action === 'feedback' && row.status === 'assessment'
          ? 'Terugkoppeling gaat over de beoordeling van de melding en kan pas als die is vastgelegd. Tot dan kunt u de melder een bericht sturen; dat stopt de termijn voor terugkoppeling niet.'
          : 'Deze stap kan niet in de huidige fase van de melding.',
        { extra: { caseStatus: row.status, action } },
      );
    }
    const { result, note, event } = await work(trx, row);
    await recordEvent(
      trx,
      ctx.keyring,
      row.organisation_id,
      row.id,
      event ?? action,
      { role: staffRoleOn(row, ctx.scope.actorId), id: ctx.scope.actorId },
      note,
    );
    await audit(trx, ctx, `integrity.case.${event ?? action}`, {
      type: 'integrity_report',
      id: row.id,
    });
    return result;
  });
}
