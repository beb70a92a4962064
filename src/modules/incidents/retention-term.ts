import type { RetentionTerm } from '../../platform/retention/retention-term';
import { DEFAULT_RETENTION_MONTHS } from './incident-settings';
import { findSettings, upsertSettings } from './settings.repository';
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from './settings.schemas';
import { forgetIncidentSettings, getIncidentSettings } from './use-cases/get-settings';

/** Closed and referred incident reports: anonymised (or deleted) after the term. */
export const incidentRetentionTerm: RetentionTerm = {
  kind: 'incidents',
  minMonths: RETENTION_MONTHS_MIN,
  maxMonths: RETENTION_MONTHS_MAX,
  defaultMonths: DEFAULT_RETENTION_MONTHS,
  read: async (db, organisationId) =>
    (await getIncidentSettings(db, organisationId)).retentionMonths,
  write: async (trx, organisationId, months) => {
    const current = await getIncidentSettings(trx, organisationId);
    const saved = await findSettings(trx, organisationId);
    await upsertSettings(trx, {
      organisation_id: organisationId,
      first_contact_working_days: current.firstContactWorkingDays,
      aftercare_schedule: current.aftercareSchedule,
      retention_months: months,
      retention_action: current.retentionAction,
      email_intake_enabled: current.emailIntakeEnabled,
      organisation_address: saved?.organisation_address ?? null,
    });
    forgetIncidentSettings(organisationId);
  },
};
