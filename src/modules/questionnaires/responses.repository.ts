import type { Db } from '../../db/database';
import {
  membershipsByEmail,
  organisationName as nameOfOrganisation,
  organisationIdsOfType,
} from '../../platform/identity';
import type { ParticipantRole, RespondentKind, ResponseRow } from './questionnaires.tables';

/*
 * SQL for responses, participants and anonymous responses. Answers arrive here
 * already encrypted; this file never sees plaintext answers.
 */

export async function insertResponse(
  db: Db,
  values: {
    organisationId: string;
    versionOwnerId: string;
    versionId: string;
    questionnaireKey: string;
    respondent: RespondentKind;
    eraseAfter: Date;
  },
) {
  return db
    .insertInto('questionnaire_response')
    .values({
      organisation_id: values.organisationId,
      version_owner_id: values.versionOwnerId,
      version_id: values.versionId,
      questionnaire_key: values.questionnaireKey,
      respondent: values.respondent,
      answers_enc: null,
      current_section: null,
      scores: null,
      result_enc: null,
      total_score: null,
      submitted_at: null,
      erase_after: values.eraseAfter,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertParticipants(
  db: Db,
  organisationId: string,
  responseId: string,
  participants: { personId: string; role: ParticipantRole }[],
) {
  if (participants.length === 0) return;
  await db
    .insertInto('questionnaire_participant')
    .values(
      participants.map((p) => ({
        organisation_id: organisationId,
        response_id: responseId,
        person_id: p.personId,
        role: p.role,
      })),
    )
    .execute();
}

export async function deleteParticipantsWithRole(
  db: Db,
  organisationId: string,
  responseId: string,
  role: ParticipantRole,
) {
  await db
    .deleteFrom('questionnaire_participant')
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .where('role', '=', role)
    .execute();
}

export async function listParticipants(db: Db, organisationId: string, responseId: string) {
  return db
    .selectFrom('questionnaire_participant')
    .select(['person_id', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .execute();
}

/** A response of this organisation, locked for update when `lock` is set (inside a transaction). */
export async function findResponse(
  db: Db,
  organisationId: string,
  responseId: string,
  lock = false,
): Promise<ResponseRow | undefined> {
  let q = db
    .selectFrom('questionnaire_response')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', responseId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Responses in which a person takes part, newest first. */
export async function listResponsesOfPerson(db: Db, organisationId: string, personId: string) {
  return db
    .selectFrom('questionnaire_response as r')
    .innerJoin('questionnaire_participant as p', (j) =>
      j.onRef('p.organisation_id', '=', 'r.organisation_id').onRef('p.response_id', '=', 'r.id'),
    )
    .innerJoin('questionnaire_version as v', (j) =>
      j.onRef('v.organisation_id', '=', 'r.version_owner_id').onRef('v.id', '=', 'r.version_id'),
    )
    .select([
      'r.id',
      'r.version_owner_id',
      'r.version_id',
      'r.questionnaire_key',
      'r.respondent',
      'r.status',
      'r.current_section',
      'r.created_at',
      'r.updated_at',
      'r.submitted_at',
      'p.role as participantRole',
      'v.questionnaire_id',
      'v.version',
      'v.definition',
    ])
    .where('r.organisation_id', '=', organisationId)
    .where('p.person_id', '=', personId)
    .orderBy('r.updated_at', 'desc')
    .execute();
}

export async function updateResponse(
  db: Db,
  organisationId: string,
  responseId: string,
  patch: Partial<{
    answers_enc: string | null;
    current_section: string | null;
    status: 'in_progress' | 'submitted';
    scores: string | null;
    result_enc: string | null;
    total_score: number | null;
    submitted_at: Date | null;
    erase_after: Date;
  }>,
) {
  return db
    .updateTable('questionnaire_response')
    .set({ ...patch, updated_at: new Date() } as never)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', responseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteResponse(db: Db, organisationId: string, responseId: string) {
  await db
    .deleteFrom('questionnaire_response')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', responseId)
    .execute();
}

/**
 * The submitted response before this one, of the same instrument, that the
 * same person took part in with the same role kind (for "compared with your
 * previous attempt").
 */
export async function findPreviousSubmitted(
  db: Db,
  organisationId: string,
  current: Pick<ResponseRow, 'id' | 'questionnaire_key' | 'respondent' | 'submitted_at'>,
  personId: string,
) {
  return db
    .selectFrom('questionnaire_response as r')
    .innerJoin('questionnaire_participant as p', (j) =>
      j.onRef('p.organisation_id', '=', 'r.organisation_id').onRef('p.response_id', '=', 'r.id'),
    )
    .selectAll('r')
    .where('r.organisation_id', '=', organisationId)
    .where('p.person_id', '=', personId)
    .where('r.questionnaire_key', '=', current.questionnaire_key)
    .where('r.respondent', '=', current.respondent)
    .where('r.status', '=', 'submitted')
    .where('r.id', '!=', current.id)
    .where('r.submitted_at', '<', current.submitted_at ?? new Date())
    .orderBy('r.submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Per organisation of one type: the plain scores of its latest submitted
 * response to a version (benchmark input; team instruments only store them).
 */
export async function latestScoresPerOrganisation(
  db: Db,
  versionOwnerId: string,
  versionId: string,
  organisationType: string,
) {
  const ofType = await organisationIdsOfType(db, organisationType as never);
  if (ofType.length === 0) return [];
  return db
    .selectFrom('questionnaire_response as r')
    .select(['r.organisation_id', 'r.scores', 'r.submitted_at'])
    .where('r.version_owner_id', '=', versionOwnerId)
    .where('r.version_id', '=', versionId)
    .where('r.status', '=', 'submitted')
    .where('r.scores', 'is not', null)
    .where('r.organisation_id', 'in', ofType)
    .orderBy('r.organisation_id')
    .orderBy('r.submitted_at', 'desc')
    .execute();
}

/** Plain scores of this organisation's submitted responses to one instrument (aggregates). */
export async function organisationScores(db: Db, organisationId: string, questionnaireKey: string) {
  return db
    .selectFrom('questionnaire_response')
    .select(['version_id', 'scores'])
    .where('organisation_id', '=', organisationId)
    .where('questionnaire_key', '=', questionnaireKey)
    .where('status', '=', 'submitted')
    .where('scores', 'is not', null)
    .execute();
}

export async function insertAnonymous(
  db: Db,
  values: {
    organisationId: string;
    versionOwnerId: string;
    versionId: string;
    source: 'survey' | 'opt_in_scores';
    receivedOn: string;
    answers: unknown | null;
    openTextEnc: string | null;
    attributes: Record<string, unknown>;
    scores: unknown | null;
  },
) {
  return db
    .insertInto('questionnaire_anonymous_response')
    .values({
      organisation_id: values.organisationId,
      version_owner_id: values.versionOwnerId,
      version_id: values.versionId,
      source: values.source,
      received_on: values.receivedOn,
      answers: values.answers === null ? null : JSON.stringify(values.answers),
      open_text_enc: values.openTextEnc,
      attributes: JSON.stringify(values.attributes),
      scores: values.scores === null ? null : JSON.stringify(values.scores),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function listAnonymous(
  db: Db,
  organisationId: string,
  versionIds: string[],
  source?: 'survey' | 'opt_in_scores',
) {
  if (versionIds.length === 0) return [];
  let q = db
    .selectFrom('questionnaire_anonymous_response')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('version_id', 'in', versionIds);
  if (source) q = q.where('source', '=', source);
  // Random order: the physical order of rows must not hint at who answered when.
  return q.orderBy('id').execute();
}

/** Responses whose retention period has passed. */
export async function eraseExpired(db: Db, now: Date) {
  const result = await db
    .deleteFrom('questionnaire_response')
    .where('erase_after', '<', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Is this person a member of the organisation (any role)? */
export { isMember } from '../../platform/identity';

/** Members of the organisation with one of these roles, by e-mail (for naming team members). */
export async function findMemberByEmail(db: Db, organisationId: string, email: string) {
  const rows = await membershipsByEmail(db, organisationId, email);
  return rows.map(({ id, display_name, role }) => ({ id, display_name, role }));
}

export { displayNames as personNames } from '../../platform/identity';

export async function organisationName(db: Db, organisationId: string) {
  return (await nameOfOrganisation(db, organisationId)) ?? '';
}

/** Submitted responses of this organisation to one version (exports). */
export async function submittedOfVersion(db: Db, organisationId: string, versionId: string) {
  return db
    .selectFrom('questionnaire_response')
    .select(['id', 'answers_enc', 'scores', 'submitted_at'])
    .where('organisation_id', '=', organisationId)
    .where('version_id', '=', versionId)
    .where('status', '=', 'submitted')
    .orderBy('id')
    .execute();
}

/** The responses to one instrument in which a person takes part, with their part. */
export async function participationsOf(
  db: Db,
  organisationId: string,
  personId: string,
  questionnaireKey: string,
) {
  return db
    .selectFrom('questionnaire_response as r')
    .innerJoin('questionnaire_participant as p', (j) =>
      j.onRef('p.organisation_id', '=', 'r.organisation_id').onRef('p.response_id', '=', 'r.id'),
    )
    .select(['r.id as responseId', 'p.role', 'r.status', 'r.submitted_at', 'r.created_at'])
    .where('r.organisation_id', '=', organisationId)
    .where('p.person_id', '=', personId)
    .where('r.questionnaire_key', '=', questionnaireKey)
    .orderBy('r.created_at', 'desc')
    .execute();
}
