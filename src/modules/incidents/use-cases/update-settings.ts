import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import type { IncidentSettings } from '../incident-settings';
import { upsertSettings } from '../settings.repository';
import { forgetIncidentSettings } from './get-settings';

/** The organisation admin sets deadlines, the aftercare schedule, retention and e-mail intake. */
export async function updateIncidentSettings(ctx: UseCaseContext, input: IncidentSettings) {
  const saved = await ctx.db.transaction().execute(async (trx) => {
    await upsertSettings(trx, {
      organisation_id: ctx.scope.organisationId,
      first_contact_working_days: input.firstContactWorkingDays,
      aftercare_schedule: input.aftercareSchedule,
      retention_months: input.retentionMonths,
      retention_action: input.retentionAction,
      email_intake_enabled: input.emailIntakeEnabled,
      organisation_address: input.organisationAddress || null,
    });
    await audit(trx, ctx, 'incident.settings.update', {
      type: 'organisation',
      id: ctx.scope.organisationId,
    });
    return input;
  });
  forgetIncidentSettings(ctx.scope.organisationId);
  return saved;
}
