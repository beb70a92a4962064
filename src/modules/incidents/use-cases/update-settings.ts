import { AppError } from '../../../platform/errors/app-error';
import type { IncidentSettings } from '../incident-settings';
import { upsertSettings } from '../incidents.repository';
import { audit, type IncidentContext } from './context';
import { forgetIncidentSettings } from './get-settings';

/** The organisation admin sets deadlines, the aftercare schedule, retention and the intake mailbox. */
export async function updateIncidentSettings(ctx: IncidentContext, input: IncidentSettings) {
  try {
    const saved = await ctx.db.transaction().execute(async (trx) => {
      await upsertSettings(trx, {
        organisation_id: ctx.scope.organisationId,
        first_contact_working_days: input.firstContactWorkingDays,
        aftercare_schedule: input.aftercareSchedule,
        retention_months: input.retentionMonths,
        retention_action: input.retentionAction,
        intake_mailbox: input.intakeMailbox?.toLowerCase() ?? null,
        organisation_address: input.organisationAddress || null,
      });
      await audit(trx, ctx, 'incident.settings.update', 'organisation', ctx.scope.organisationId);
      return input;
    });
    forgetIncidentSettings(ctx.scope.organisationId);
    return saved;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('conflict', 'Dit intake-adres is al in gebruik.', {
        fields: [{ field: 'body.intakeMailbox', message: 'al in gebruik' }],
      });
    }
    throw error;
  }
}
