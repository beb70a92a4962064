import type { Db } from '../../db/database';
import type { BibobArea } from './bibob.tables';

/** The Bibob module's only SQL. Every query names the organisation. */

// ── Settings ────────────────────────────────────────────────────────────────

export async function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('bibob_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(
  db: Db,
  organisationId: string,
  values: {
    advice_weeks: number;
    advice_extension_weeks: number;
    decision_weeks: number;
    questionnaire_days: number;
    zienswijze_days: number;
    policy_renewal_years: number;
    retention_months: number;
  },
) {
  return db
    .insertInto('bibob_settings')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...values, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Organisations with Bibob settings or cases: the retention job visits each. */
export async function organisationsWithClosedCases(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('bibob_case')
    .select('organisation_id')
    .distinct()
    .where('status', '=', 'closed')
    .execute();
  return rows.map((r) => r.organisation_id);
}

// ── Policy ──────────────────────────────────────────────────────────────────

export async function listPolicyVersions(db: Db, organisationId: string) {
  return db
    .selectFrom('bibob_policy_version')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findPolicyVersion(
  db: Db,
  organisationId: string,
  version: number,
  lock = false,
) {
  let q = db
    .selectFrom('bibob_policy_version')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertPolicyVersion(
  db: Db,
  values: {
    organisationId: string;
    title: string;
    items: unknown;
    renewalYears: number;
    createdBy: string;
  },
) {
  const latest = await db
    .selectFrom('bibob_policy_version')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('organisation_id', '=', values.organisationId)
    .executeTakeFirst();
  return db
    .insertInto('bibob_policy_version')
    .values({
      organisation_id: values.organisationId,
      version: Number(latest?.max ?? 0) + 1,
      title: values.title,
      items: JSON.stringify(values.items),
      renewal_years: values.renewalYears,
      created_by: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function adoptPolicyVersion(
  db: Db,
  organisationId: string,
  version: number,
  adoption: { adoptedBy: string; adoptedOn: string },
) {
  return db
    .updateTable('bibob_policy_version')
    .set({ adopted_by: adoption.adoptedBy, adopted_on: adoption.adoptedOn, reminded_at: null })
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adopted versions not yet reminded of, across organisations (the reminder job filters further). */
export async function adoptedUnreminded(db: Db) {
  return db
    .selectFrom('bibob_policy_version')
    .selectAll()
    .where('adopted_on', 'is not', null)
    .where('reminded_at', 'is', null)
    .execute();
}

/** The newest adopted version number per organisation among `organisationIds`. */
export async function newestAdopted(db: Db, organisationId: string) {
  return db
    .selectFrom('bibob_policy_version')
    .select('version')
    .where('organisation_id', '=', organisationId)
    .where('adopted_on', 'is not', null)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function markReminded(db: Db, organisationId: string, version: number, at: Date) {
  await db
    .updateTable('bibob_policy_version')
    .set({ reminded_at: at })
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version)
    .where('reminded_at', 'is', null)
    .execute();
}

// ── Cases ───────────────────────────────────────────────────────────────────

export async function insertCase(
  db: Db,
  values: {
    organisationId: string;
    kind: BibobArea;
    receivedOn: string;
    referenceEnc: string;
    applicantNameEnc: string;
    fileEnc: string;
  },
) {
  return db
    .insertInto('bibob_case')
    .values({
      organisation_id: values.organisationId,
      kind: values.kind,
      received_on: values.receivedOn,
      reference_enc: values.referenceEnc,
      applicant_name_enc: values.applicantNameEnc,
      file_enc: values.fileEnc,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findCase(db: Db, organisationId: string, caseId: string, lock = false) {
  let q = db
    .selectFrom('bibob_case')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', caseId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listCases(db: Db, organisationId: string) {
  return db
    .selectFrom('bibob_case')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('received_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function updateCase(
  db: Db,
  organisationId: string,
  caseId: string,
  patch: {
    file_enc?: string;
    answers_enc?: string;
    questionnaire_version_id?: string;
    questionnaire_sent_on?: string;
    questionnaire_submitted_on?: string;
    status?: 'open' | 'closed';
    closed_on?: string | null;
  },
) {
  return db
    .updateTable('bibob_case')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Delete closed cases closed before `before`; their links and documents go with them. */
export async function deleteClosedBefore(db: Db, organisationId: string, before: string) {
  const rows = await db
    .deleteFrom('bibob_case')
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'closed')
    .where('closed_on', '<', before)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

// ── Applicant links ─────────────────────────────────────────────────────────

/** Revoke every open link of a case (a new link replaces the old one). */
export async function revokeLinks(db: Db, organisationId: string, caseId: string, at: Date) {
  await db
    .updateTable('bibob_questionnaire_link')
    .set({ revoked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('case_id', '=', caseId)
    .where('revoked_at', 'is', null)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertLink(
  db: Db,
  values: { organisationId: string; caseId: string; tokenHash: string; expiresAt: Date },
) {
  return db
    .insertInto('bibob_questionnaire_link')
    .values({
      organisation_id: values.organisationId,
      case_id: values.caseId,
      token_hash: values.tokenHash,
      expires_at: values.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findLinkByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('bibob_questionnaire_link')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Use a link once: true only for the one request that flips it. */
export async function useLink(db: Db, id: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('bibob_questionnaire_link')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function openLinkOf(db: Db, organisationId: string, caseId: string) {
  return db
    .selectFrom('bibob_questionnaire_link')
    .select(['expires_at'])
    .where('organisation_id', '=', organisationId)
    .where('case_id', '=', caseId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// ── Documents ───────────────────────────────────────────────────────────────

export async function insertDocument(
  db: Db,
  values: {
    organisationId: string;
    caseId: string;
    fileNameEnc: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    /** The officer; null for the applicant, who uploads through the link. */
    addedBy: string | null;
  },
) {
  return db
    .insertInto('bibob_document')
    .values({
      organisation_id: values.organisationId,
      case_id: values.caseId,
      file_name_enc: values.fileNameEnc,
      media_type: values.mediaType,
      size_bytes: values.sizeBytes,
      sha256: values.sha256,
      added_by: values.addedBy,
      from_applicant: values.addedBy === null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDocuments(db: Db, organisationId: string, caseId: string) {
  return db
    .selectFrom('bibob_document')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

export async function findDocument(
  db: Db,
  organisationId: string,
  caseId: string,
  documentId: string,
) {
  return db
    .selectFrom('bibob_document')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('case_id', '=', caseId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}
