/** SQL of the retention job: expired reports, anonymising and deleting them. */

import type { Db } from '../../../db/database';

/** Closed or referred reports closed before the organisation's cut-off, not yet anonymised. */
export async function expiredReports(db: Db, organisationId: string, cutoff: Date) {
  return db
    .selectFrom('incident')
    .select(['id'])
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['closed', 'referred'])
    .where('closed_at', '<', cutoff)
    .where('anonymised_at', 'is', null)
    .execute();
}

/** Organisations that have reports closed at some time (candidates for retention). */
export async function organisationsWithClosedReports(db: Db) {
  const rows = await db
    .selectFrom('incident')
    .select('organisation_id')
    .distinct()
    .where('closed_at', 'is not', null)
    .where('anonymised_at', 'is', null)
    .execute();
  return rows.map((r) => r.organisation_id);
}

/**
 * Remove everything that can identify a person or tell their story: narrative, names,
 * contact details, messages, files, notes. Categories and dates stay for statistics.
 */
export async function anonymiseIncident(db: Db, organisationId: string, id: string) {
  await db
    .deleteFrom('incident_attachment')
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .deleteFrom('incident_message')
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_measure')
    .set({ note_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_aftercare_task')
    .set({ outcome_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident_event')
    .set({ note_enc: null, actor_id: null })
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', id)
    .execute();
  await db
    .updateTable('incident')
    .set({
      author_type: null,
      author_id: null,
      idempotency_key: null,
      idempotency_hash: null,
      victim_name_enc: null,
      contact_phone_enc: null,
      location_detail_enc: null,
      narrative_enc: null,
      perpetrator_description_enc: null,
      witnesses_enc: null,
      email_sender_enc: null,
      email_subject_enc: null,
      risk_note_enc: null,
      handler_id: null,
      anonymised_at: new Date(),
      updated_at: new Date(),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteIncident(db: Db, organisationId: string, id: string) {
  await db
    .deleteFrom('incident')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}
