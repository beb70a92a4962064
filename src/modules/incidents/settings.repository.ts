/** SQL of an organisation's incident settings (deadlines, aftercare schedule, retention). */

import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { IncidentSettingsTable } from './incidents.tables';

export async function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('incident_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(db: Db, values: Insertable<IncidentSettingsTable>) {
  const row = { ...values, aftercare_schedule: JSON.stringify(values.aftercare_schedule) as never };
  return db
    .insertInto('incident_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...row, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
