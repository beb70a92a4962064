/** SQL of the messages between reporter and handler on a report. */

import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { IncidentMessageTable } from './incidents.tables';

export async function insertMessage(db: Db, values: Insertable<IncidentMessageTable>) {
  return db.insertInto('incident_message').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listMessages(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_message')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}
