/** SQL of a report's timeline: the events of its handling, in order. */

import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { IncidentEventTable } from './incidents.tables';

export async function insertEvent(db: Db, values: Insertable<IncidentEventTable>) {
  await db.insertInto('incident_event').values(values).execute();
}

export async function listEvents(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_event')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('seq')
    .execute();
}
