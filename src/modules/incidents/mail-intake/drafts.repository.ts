import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database';
import {
  findPerson,
  membershipsByEmail,
  organisationIdsByCodeTag,
} from '../../../platform/identity';
import type { IncidentDraftTable } from '../incidents.tables';

/**
 * SQL of forwarded-mail intake and drafts. Every draft query names the organisation
 * and the person: a draft belongs to one person, and no query can reach another's.
 */

/** Roles that may report, and so may own a draft (incidents.policy canReport). */
const REPORTING_ROLES = ['reporter', 'handler'] as const;

/**
 * Organisations whose code gives this intake tag and which have e-mail intake on.
 * Codes are unique but case-sensitive, so two could share a tag: the caller refuses
 * the address then rather than guess.
 */
export async function findIntakeOrganisations(db: Db, tag: string) {
  const ids = await organisationIdsByCodeTag(db, tag);
  if (ids.length === 0) return [];
  return db
    .selectFrom('incident_settings')
    .select(['organisation_id as id'])
    .where('organisation_id', 'in', ids)
    .where('email_intake_enabled', '=', true)
    .limit(2)
    .execute();
}

/** The member of the organisation with this address who may report, or undefined. */
export async function findReportingMember(db: Db, organisationId: string, email: string) {
  const memberships = await membershipsByEmail(db, organisationId, email.trim());
  const reporting = memberships.find((m) =>
    (REPORTING_ROLES as readonly string[]).includes(m.role),
  );
  return reporting && { id: reporting.id, email: reporting.email };
}

export async function insertDraft(db: Db, values: Insertable<IncidentDraftTable>) {
  return db
    .insertInto('incident_draft')
    .values(values)
    .returning(['id', 'organisation_id', 'person_id'])
    .executeTakeFirstOrThrow();
}

const SUMMARY_COLUMNS = [
  'id',
  'original_sha256',
  'original_size_bytes',
  'forward_found',
  'email_sender_enc',
  'email_subject_enc',
  'email_sent_at',
  'received_at',
  'expires_at',
] as const;

/** The person's drafts, newest first (not the message bytes). */
export async function listDrafts(db: Db, organisationId: string, personId: string, limit: number) {
  return db
    .selectFrom('incident_draft')
    .select(SUMMARY_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

/** One of the person's drafts with its pre-filled text (not the message bytes). */
export async function findDraft(db: Db, organisationId: string, personId: string, id: string) {
  return db
    .selectFrom('incident_draft')
    .select([...SUMMARY_COLUMNS, 'text_enc'])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The encrypted message as received, of one of the person's drafts. */
export async function findDraftOriginal(
  db: Db,
  organisationId: string,
  personId: string,
  id: string,
) {
  return db
    .selectFrom('incident_draft')
    .select([
      'id',
      'original_enc',
      'original_sha256',
      'email_sender_enc',
      'email_subject_enc',
      'email_sent_at',
      'received_at',
    ])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Delete one of the person's drafts; false when it was not there (any more). */
export async function deleteDraft(db: Db, organisationId: string, personId: string, id: string) {
  const row = await db
    .deleteFrom('incident_draft')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Delete drafts past their expiry; returns what went, for the audit trail. */
export async function deleteExpiredDrafts(db: Db, now: Date) {
  return db
    .deleteFrom('incident_draft')
    .where('expires_at', '<=', now)
    .returning(['organisation_id', 'id'])
    .execute();
}

/** The address of the person a draft belongs to, or undefined once the draft is gone. */
export async function draftOwnerEmail(db: Db, organisationId: string, draftId: string) {
  const row = await db
    .selectFrom('incident_draft')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', draftId)
    .executeTakeFirst();
  return row ? (await findPerson(db, row.person_id))?.email : undefined;
}
