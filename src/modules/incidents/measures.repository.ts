/** SQL of a report's measures (police report, security, ...) and aftercare check-ins. */

import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { IncidentAftercareTaskTable, IncidentMeasureTable } from './incidents.tables';

export async function insertMeasure(db: Db, values: Insertable<IncidentMeasureTable>) {
  return db.insertInto('incident_measure').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateMeasure(
  db: Db,
  organisationId: string,
  incidentId: string,
  id: string,
  patch: Updateable<IncidentMeasureTable>,
) {
  return db
    .updateTable('incident_measure')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function listMeasures(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_measure')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export async function insertTasks(db: Db, values: Insertable<IncidentAftercareTaskTable>[]) {
  if (values.length === 0) return [];
  return db.insertInto('incident_aftercare_task').values(values).returningAll().execute();
}

export async function updateTask(
  db: Db,
  organisationId: string,
  incidentId: string,
  id: string,
  patch: Updateable<IncidentAftercareTaskTable>,
) {
  return db
    .updateTable('incident_aftercare_task')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function listTasks(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_aftercare_task')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
}

/** A measure's type and date, which a change is checked against. */
export async function findMeasure(db: Db, organisationId: string, incidentId: string, id: string) {
  return db
    .selectFrom('incident_measure')
    .select(['type', 'done_on'])
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}
