import type { RetentionTerm } from '../../platform/retention/retention-term';
import { DEFAULT_SETTINGS } from './bibob.presenter';
import { upsertSettings } from './bibob.repository';
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from './bibob.schemas';
import { loadSettings } from './use-cases/settings';

/** Closed Bibob screening cases: erased after the term (the Bibob retention job). */
export const bibobRetentionTerm: RetentionTerm = {
  kind: 'bibob',
  minMonths: RETENTION_MONTHS_MIN,
  maxMonths: RETENTION_MONTHS_MAX,
  defaultMonths: DEFAULT_SETTINGS.retentionMonths,
  read: async (db, organisationId) => (await loadSettings(db, organisationId)).retentionMonths,
  write: async (trx, organisationId, months) => {
    const s = await loadSettings(trx, organisationId);
    await upsertSettings(trx, organisationId, {
      advice_weeks: s.adviceWeeks,
      advice_extension_weeks: s.adviceExtensionWeeks,
      decision_weeks: s.decisionWeeks,
      questionnaire_days: s.questionnaireDays,
      zienswijze_days: s.zienswijzeDays,
      policy_renewal_years: s.policyRenewalYears,
      retention_months: months,
    });
  },
};
