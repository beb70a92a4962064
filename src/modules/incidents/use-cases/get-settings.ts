import type { Db } from '../../../db/database';
import { DEFAULT_SETTINGS, type IncidentSettings } from '../incident-settings';
import { findSettings } from '../settings.repository';

/**
 * Intake reads the settings on every report; a short in-process cache saves that
 * query. A change reaches this instance at once and other instances within the TTL,
 * which only matters for the first-contact date of reports filed in that window.
 */
export const SETTINGS_CACHE_TTL_MS = 30_000;
const cache = new Map<string, { at: number; settings: IncidentSettings }>();

/** Settings for the hot path (intake), cached for SETTINGS_CACHE_TTL_MS. */
export async function cachedIncidentSettings(db: Db, organisationId: string) {
  const hit = cache.get(organisationId);
  if (hit && Date.now() - hit.at < SETTINGS_CACHE_TTL_MS) return hit.settings;
  const settings = await getIncidentSettings(db, organisationId);
  cache.set(organisationId, { at: Date.now(), settings });
  return settings;
}

/** Forget the cached settings of an organisation (after its admin changed them). */
export function forgetIncidentSettings(organisationId: string): void {
  cache.delete(organisationId);
}

/** The organisation's register settings, or the defaults when none were saved. */
export async function getIncidentSettings(
  db: Db,
  organisationId: string,
): Promise<IncidentSettings> {
  const row = await findSettings(db, organisationId);
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    firstContactWorkingDays: row.first_contact_working_days,
    aftercareSchedule: row.aftercare_schedule,
    retentionMonths: row.retention_months,
    retentionAction: row.retention_action,
    emailIntakeEnabled: row.email_intake_enabled,
    organisationAddress: row.organisation_address,
  };
}
