import type { z } from 'zod';
import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { presentSettings } from '../bibob.presenter';
import { findSettings, upsertSettings } from '../bibob.repository';
import type { Settings, SettingsBody } from '../bibob.schemas';

/** The organisation's terms (defaults until it sets its own). */
export async function loadSettings(db: Db, organisationId: string): Promise<Settings> {
  return presentSettings(await findSettings(db, organisationId));
}

/** Read the terms. */
export async function getSettings(ctx: UseCaseContext): Promise<Settings> {
  return loadSettings(ctx.db, ctx.scope.organisationId);
}

/** Change some of the terms; the rest keep their value. */
export async function updateSettings(
  ctx: UseCaseContext,
  body: z.infer<typeof SettingsBody>,
): Promise<Settings> {
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const s = { ...(await loadSettings(trx, org)), ...body };
    const row = await upsertSettings(trx, org, {
      advice_weeks: s.adviceWeeks,
      advice_extension_weeks: s.adviceExtensionWeeks,
      decision_weeks: s.decisionWeeks,
      questionnaire_days: s.questionnaireDays,
      zienswijze_days: s.zienswijzeDays,
      policy_renewal_years: s.policyRenewalYears,
      retention_months: s.retentionMonths,
    });
    await audit(trx, ctx, 'bibob.settings.update', { type: 'bibob_settings', id: org });
    return presentSettings(row);
  });
}
