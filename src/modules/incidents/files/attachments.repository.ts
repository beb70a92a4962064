/** SQL of a report's attachments: evidence files and original e-mails. */

import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database';
import type { IncidentAttachmentTable } from '../incidents.tables';

/** What a report's attachment list shows: never the content. */
const ATTACHMENT_COLUMNS = [
  'id',
  'kind',
  'file_name_enc',
  'media_type',
  'size_bytes',
  'sha256',
  'created_at',
  'added_by_role',
] as const;

export async function insertAttachment(db: Db, values: Insertable<IncidentAttachmentTable>) {
  return db
    .insertInto('incident_attachment')
    .values(values)
    .returning(ATTACHMENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function listAttachments(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_attachment')
    .select(ATTACHMENT_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findAttachmentContent(
  db: Db,
  organisationId: string,
  incidentId: string,
  attachmentId: string,
) {
  return db
    .selectFrom('incident_attachment')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function listAttachmentContents(db: Db, organisationId: string, incidentId: string) {
  return db
    .selectFrom('incident_attachment')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
