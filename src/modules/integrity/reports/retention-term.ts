import type { RetentionTerm } from '../../../platform/retention/retention-term';
import { upsertSettings } from './reports.repository';
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from './reports.schemas';
import { DEFAULT_RETENTION_MONTHS, readSettings } from './use-cases/settings';

/** Closed integrity reports: deleted after the term (the integrity retention job). */
export const integrityRetentionTerm: RetentionTerm = {
  kind: 'integrity',
  minMonths: RETENTION_MONTHS_MIN,
  maxMonths: RETENTION_MONTHS_MAX,
  defaultMonths: DEFAULT_RETENTION_MONTHS,
  read: async (db, organisationId) => (await readSettings(db, organisationId)).retentionMonths,
  write: async (trx, organisationId, months) => {
    await upsertSettings(trx, organisationId, { retention_months: months });
  },
};
