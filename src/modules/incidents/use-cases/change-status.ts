import { AppError, invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  canTransition,
  type IncidentStatus,
  isOpen,
  transitionNeedsNote,
} from '../incident-status';
import { labelNl } from '../incident-vocabulary';
import { updateIncident } from '../reports.repository';
import { changeCase } from './with-case';

/** Move a report to another status, if the state machine allows it; audited with who and when. */
export async function changeStatus(
  ctx: UseCaseContext,
  incidentId: string,
  input: { to: IncidentStatus; note?: string },
) {
  return changeCase(ctx, incidentId, async (trx, row) => {
    const from = row.status as IncidentStatus;
    if (!canTransition(from, input.to)) {
      throw new AppError(
        'invalid_transition',
        `Een melding met status "${labelNl(from)}" kan niet naar "${labelNl(input.to)}".`,
        { fields: [{ field: 'body.to', message: 'overgang niet toegestaan' }] },
      );
    }
    if (transitionNeedsNote(from, input.to) && !input.note) {
      throw invalidField('body.note', 'Geef een korte toelichting bij deze statuswijziging.');
    }
    await updateIncident(trx, ctx.scope.organisationId, incidentId, {
      status: input.to,
      closed_at: isOpen(input.to) ? null : new Date(),
      // Whoever takes a report into treatment becomes its handler if it had none.
      handler_id:
        row.handler_id ??
        (input.to === 'in_treatment' && ctx.scope.actorType === 'person'
          ? ctx.scope.actorId
          : null),
    });
    return {
      action: 'incident.transition',
      event: { type: 'status_changed', fromStatus: from, toStatus: input.to, note: input.note },
    };
  });
}
