import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { updateIncident } from '../reports.repository';
import { changeCase } from './with-case';

/** The handler spoke with the reporter: the first-contact deadline is met. */
export async function recordFirstContact(
  ctx: UseCaseContext,
  incidentId: string,
  input: { note?: string },
) {
  return changeCase(ctx, incidentId, async (trx, row) => {
    if (row.first_contact_at) {
      throw new AppError('conflict', 'Het eerste contact is al vastgelegd.');
    }
    await updateIncident(trx, ctx.scope.organisationId, incidentId, {
      first_contact_at: new Date(),
    });
    return { action: 'incident.first_contact', event: { type: 'first_contact', note: input.note } };
  });
}
