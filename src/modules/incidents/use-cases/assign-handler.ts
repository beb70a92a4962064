import { invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { listHandlers } from '../people.repository';
import { updateIncident } from '../reports.repository';
import { changeCase } from './with-case';

/** Assign the report to a handler of this organisation (or to nobody). */
export async function assignHandler(
  ctx: UseCaseContext,
  incidentId: string,
  handlerId: string | null,
) {
  return changeCase(ctx, incidentId, async (trx) => {
    if (handlerId) {
      const handlers = await listHandlers(trx, ctx.scope.organisationId);
      if (!handlers.some((h) => h.id === handlerId)) {
        throw invalidField('body.handlerId', 'Deze persoon is geen behandelaar in uw organisatie.');
      }
    }
    await updateIncident(trx, ctx.scope.organisationId, incidentId, { handler_id: handlerId });
    return { action: 'incident.assign', event: { type: 'assigned' } };
  });
}
