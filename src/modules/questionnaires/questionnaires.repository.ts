import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { PLATFORM_OWNER_ID } from './questionnaires.constants';
import type { VersionRow } from './questionnaires.tables';

/*
 * SQL for instruments and their versions. Definitions are not personal data
 * and are stored as plain JSON. Responses live in responses.repository.ts.
 */

/** Owners whose definitions an organisation may use: itself and the platform. */
export const visibleOwners = (organisationId: string) => [organisationId, PLATFORM_OWNER_ID];

export async function findQuestionnaireByKey(db: Db, ownerId: string, key: string) {
  return db
    .selectFrom('questionnaire')
    .selectAll()
    .where('organisation_id', '=', ownerId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function findQuestionnaire(db: Db, organisationId: string, questionnaireId: string) {
  return db
    .selectFrom('questionnaire')
    .selectAll()
    .where('organisation_id', 'in', visibleOwners(organisationId))
    .where('id', '=', questionnaireId)
    .executeTakeFirst();
}

export async function insertQuestionnaire(db: Db, ownerId: string, key: string) {
  return db
    .insertInto('questionnaire')
    .values({ organisation_id: ownerId, key })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Every instrument an organisation may use, with all its versions (newest first). */
export async function listQuestionnaires(db: Db, organisationId: string) {
  return db
    .selectFrom('questionnaire as q')
    .innerJoin('questionnaire_version as v', (j) =>
      j
        .onRef('v.organisation_id', '=', 'q.organisation_id')
        .onRef('v.questionnaire_id', '=', 'q.id'),
    )
    .select([
      'q.organisation_id as ownerId',
      'q.id as questionnaireId',
      'q.key',
      'v.id as versionId',
      'v.version',
      'v.status',
      'v.definition',
      'v.published_at',
      'v.created_at',
    ])
    .where('q.organisation_id', 'in', visibleOwners(organisationId))
    .orderBy('q.key')
    .orderBy('v.version', 'desc')
    .execute();
}

export async function listVersions(db: Db, ownerId: string, questionnaireId: string) {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('organisation_id', '=', ownerId)
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version', 'desc')
    .execute();
}

/** A version the organisation may see (its own or a platform one), by id. */
export async function findVersion(
  db: Db,
  organisationId: string,
  versionId: string,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('organisation_id', 'in', visibleOwners(organisationId))
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export async function findVersionByOwner(db: Db, ownerId: string, versionId: string) {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('organisation_id', '=', ownerId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** The newest published version of an instrument, by owner and key. */
export async function latestPublishedByKey(db: Db, ownerId: string, key: string) {
  return db
    .selectFrom('questionnaire_version as v')
    .innerJoin('questionnaire as q', (j) =>
      j
        .onRef('q.organisation_id', '=', 'v.organisation_id')
        .onRef('q.id', '=', 'v.questionnaire_id'),
    )
    .selectAll('v')
    .where('q.organisation_id', '=', ownerId)
    .where('q.key', '=', key)
    .where('v.status', '=', 'published')
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findDraft(db: Db, ownerId: string, questionnaireId: string) {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('organisation_id', '=', ownerId)
    .where('questionnaire_id', '=', questionnaireId)
    .where('status', '=', 'draft')
    .forUpdate()
    .executeTakeFirst();
}

export async function maxVersion(db: Db, ownerId: string, questionnaireId: string) {
  const row = await db
    .selectFrom('questionnaire_version')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('organisation_id', '=', ownerId)
    .where('questionnaire_id', '=', questionnaireId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertVersion(
  db: Db,
  values: {
    ownerId: string;
    questionnaireId: string;
    version: number;
    status: 'draft' | 'published';
    definition: unknown;
    contentHash: string;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('questionnaire_version')
    .values({
      organisation_id: values.ownerId,
      questionnaire_id: values.questionnaireId,
      version: values.version,
      status: values.status,
      definition: JSON.stringify(values.definition),
      content_hash: values.contentHash,
      created_by: values.createdBy,
      published_at: values.status === 'published' ? new Date() : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replaceDraft(
  db: Db,
  ownerId: string,
  versionId: string,
  definition: unknown,
  contentHash: string,
) {
  return db
    .updateTable('questionnaire_version')
    .set({ definition: JSON.stringify(definition), content_hash: contentHash })
    .where('organisation_id', '=', ownerId)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function markPublished(db: Db, ownerId: string, versionId: string) {
  return db
    .updateTable('questionnaire_version')
    .set({ status: 'published', published_at: new Date() })
    .where('organisation_id', '=', ownerId)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirst();
}

export async function deleteDraft(db: Db, ownerId: string, versionId: string) {
  const result = await db
    .deleteFrom('questionnaire_version')
    .where('organisation_id', '=', ownerId)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Serialise writers of one owner's definitions (platform seeding on two instances at once). */
export async function lockDefinitions(db: Db, ownerId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`questionnaire:${ownerId}`}))`.execute(db);
}
