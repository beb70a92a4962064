import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import type { IncidentRow } from '../incidents.tables';
import { insertEvent } from '../timeline.repository';
import { loadForHandler, seal } from './context';
import { presentCase } from './get-incident';

export interface CaseChange {
  /** Audit action, e.g. `incident.transition`. */
  action: string;
  /** Timeline entry; omit for changes the timeline need not show. */
  event?: {
    type: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    note?: string | null;
  };
}

/**
 * Run one handler change on a case: lock the report row, apply the change, write the
 * timeline entry and the audit event in the same transaction, and answer the case as
 * it is afterwards. An anonymised report can no longer be changed.
 */
export async function changeCase(
  ctx: UseCaseContext,
  incidentId: string,
  apply: (trx: Db, row: IncidentRow) => Promise<CaseChange>,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadForHandler(trx, ctx, incidentId, true);
    if (row.anonymised_at) {
      throw new AppError(
        'conflict',
        'Deze melding is geanonimiseerd en kan niet meer worden gewijzigd.',
      );
    }
    const change = await apply(trx, row);
    if (change.event) {
      await insertEvent(trx, {
        organisation_id: ctx.scope.organisationId,
        incident_id: incidentId,
        type: change.event.type,
        from_status: change.event.fromStatus ?? null,
        to_status: change.event.toStatus ?? null,
        note_enc: await seal(trx, ctx, change.event.note),
        actor_role: 'handler',
        actor_id: ctx.scope.actorId,
      });
    }
    await audit(trx, ctx, change.action, { type: 'incident', id: incidentId });
    const fresh = await loadForHandler(trx, ctx, incidentId);
    return presentCase(trx, ctx, fresh);
  });
}
