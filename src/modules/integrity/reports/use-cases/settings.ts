import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { ACKNOWLEDGEMENT_DAYS, FEEDBACK_MONTHS } from '../legal-clock';
import { findSettings, upsertSettings } from '../reports.repository';

/** Defaults when an organisation has not chosen: five years after closing. */
export const DEFAULT_RETENTION_MONTHS = 60;
export const DEFAULT_GIFT_THRESHOLD_CENTS = 5000;

export async function readSettings(db: Db, organisationId: string) {
  const row = await findSettings(db, organisationId);
  return {
    retentionMonths: row?.retention_months ?? DEFAULT_RETENTION_MONTHS,
    giftThresholdCents: row?.gift_threshold_cents ?? DEFAULT_GIFT_THRESHOLD_CENTS,
  };
}

export async function getReportSettings(db: Db, organisationId: string) {
  const s = await readSettings(db, organisationId);
  return {
    retentionMonths: s.retentionMonths,
    acknowledgementDays: ACKNOWLEDGEMENT_DAYS,
    feedbackMonths: FEEDBACK_MONTHS,
  };
}

export async function updateReportSettings(ctx: UseCaseContext, retentionMonths: number) {
  await ctx.db.transaction().execute(async (trx) => {
    await upsertSettings(trx, ctx.scope.organisationId, { retention_months: retentionMonths });
    await audit(trx, ctx, 'integrity.settings.update', {
      type: 'integrity_settings',
      id: ctx.scope.organisationId,
    });
  });
  return getReportSettings(ctx.db, ctx.scope.organisationId);
}
