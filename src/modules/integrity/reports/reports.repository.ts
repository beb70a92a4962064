import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import { membersWithRoles } from '../../../platform/identity';
import type { ReportStatus } from './case-status';
import type {
  ClockName,
  IntegrityAttachmentTable,
  IntegrityCaseEventTable,
  IntegrityMessageTable,
  IntegrityReportTable,
} from './reports.tables';

// ── reports ─────────────────────────────────────────────────────────────────

export async function insertReport(db: Db, values: Insertable<IntegrityReportTable>) {
  return db.insertInto('integrity_report').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findReport(db: Db, organisationId: string, id: string, forUpdate = false) {
  let q = db
    .selectFrom('integrity_report')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function updateReport(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IntegrityReportTable>,
) {
  return db
    .updateTable('integrity_report')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteReport(db: Db, organisationId: string, id: string) {
  await db
    .deleteFrom('integrity_report')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** The receipt row for a lookup index, or nothing. */
export async function findByReceiptLookup(db: Db, organisationId: string, lookup: string) {
  return db
    .selectFrom('integrity_report')
    .select(['id', 'receipt_hash'])
    .where('organisation_id', '=', organisationId)
    .where('receipt_lookup', '=', lookup)
    .executeTakeFirst();
}

export async function listByReporterRef(db: Db, organisationId: string, reporterRef: string) {
  return db
    .selectFrom('integrity_report')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('reporter_ref', '=', reporterRef)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * The handlers' case list: reports that reached the organisation, plus the intakes the
 * acting counsellor still holds (nobody else sees those before consent).
 */
export async function listCases(
  db: Db,
  organisationId: string,
  options: { statuses?: readonly ReportStatus[]; actorId: string },
) {
  let q = db
    .selectFrom('integrity_report')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where((eb) =>
      eb.or([eb('status', '<>', 'with_counsellor'), eb('counsellor_id', '=', options.actorId)]),
    );
  if (options.statuses?.length) q = q.where('status', 'in', [...options.statuses]);
  return q.orderBy('number', 'desc').limit(1000).execute();
}

// ── identity ────────────────────────────────────────────────────────────────

export async function insertIdentity(
  db: Db,
  organisationId: string,
  reportId: string,
  identityEnc: string,
) {
  await db
    .insertInto('integrity_reporter_identity')
    .values({ organisation_id: organisationId, report_id: reportId, identity_enc: identityEnc })
    .execute();
}

export async function findIdentity(db: Db, organisationId: string, reportId: string) {
  return db
    .selectFrom('integrity_reporter_identity')
    .select(['identity_enc'])
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}

export async function deleteIdentity(db: Db, organisationId: string, reportId: string) {
  await db
    .deleteFrom('integrity_reporter_identity')
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .execute();
}

// ── messages, attachments, events ───────────────────────────────────────────

export async function insertMessage(db: Db, values: Insertable<IntegrityMessageTable>) {
  return db.insertInto('integrity_message').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function listMessages(db: Db, organisationId: string, reportId: string) {
  return db
    .selectFrom('integrity_message')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .orderBy('seq')
    .execute();
}

export async function insertAttachment(db: Db, values: Insertable<IntegrityAttachmentTable>) {
  return db
    .insertInto('integrity_attachment')
    .values(values)
    .returning(['id', 'message_id', 'added_by_role', 'meta_enc', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listAttachments(db: Db, organisationId: string, reportId: string) {
  return db
    .selectFrom('integrity_attachment')
    .select(['id', 'message_id', 'added_by_role', 'meta_enc', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .execute();
}

export async function findAttachment(
  db: Db,
  organisationId: string,
  reportId: string,
  attachmentId: string,
) {
  return db
    .selectFrom('integrity_attachment')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function insertEvent(db: Db, values: Insertable<IntegrityCaseEventTable>) {
  await db.insertInto('integrity_case_event').values(values).execute();
}

export async function listEvents(db: Db, organisationId: string, reportId: string) {
  return db
    .selectFrom('integrity_case_event')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('report_id', '=', reportId)
    .orderBy('seq')
    .execute();
}

// ── clock breaches ──────────────────────────────────────────────────────────

/** Record that a clock ran out (once per report and clock); `metAt` when it was met late. */
export async function recordBreach(
  db: Db,
  organisationId: string,
  reportId: string,
  clock: ClockName,
  dueOn: string,
  metAt: Date | null = null,
) {
  await db
    .insertInto('integrity_clock_breach')
    .values({
      organisation_id: organisationId,
      report_id: reportId,
      clock,
      due_on: dueOn,
      met_at: metAt,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'report_id', 'clock']).doUpdateSet((eb) => ({
        met_at: eb.fn.coalesce('integrity_clock_breach.met_at', eb.val(metAt)),
      })),
    )
    .execute();
}

export async function listBreaches(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_clock_breach as b')
    .innerJoin('integrity_report as r', (j) =>
      j.onRef('r.organisation_id', '=', 'b.organisation_id').onRef('r.id', '=', 'b.report_id'),
    )
    .select(['b.report_id', 'b.clock', 'b.due_on', 'b.detected_at', 'b.met_at', 'r.number'])
    .where('b.organisation_id', '=', organisationId)
    .orderBy('b.due_on', 'desc')
    .execute();
}

// ── receipt sessions ────────────────────────────────────────────────────────

export async function insertReceiptSession(
  db: Db,
  values: { organisation_id: string; id_hash: string; report_id: string; expires_at: Date },
) {
  await db.insertInto('integrity_receipt_session').values(values).execute();
}

export async function findReceiptSession(db: Db, organisationId: string, idHash: string) {
  return db
    .selectFrom('integrity_receipt_session')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchReceiptSession(
  db: Db,
  organisationId: string,
  idHash: string,
  expiresAt: Date,
) {
  await db
    .updateTable('integrity_receipt_session')
    .set({ expires_at: expiresAt })
    .where('organisation_id', '=', organisationId)
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteReceiptSession(db: Db, organisationId: string, idHash: string) {
  await db
    .deleteFrom('integrity_receipt_session')
    .where('organisation_id', '=', organisationId)
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteExpiredReceiptSessions(db: Db, now: Date) {
  const result = await db
    .deleteFrom('integrity_receipt_session')
    .where('expires_at', '<', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A report's id by its number (the demo loader knows reports by their reference). */
export async function reportIdByNumber(db: Db, organisationId: string, number: number) {
  return db
    .selectFrom('integrity_report')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
}

// ── people ──────────────────────────────────────────────────────────────────

/** Integrity officers and confidential counsellors of an organisation (who may receive reports). */
export async function listIntegrityStaff(db: Db, organisationId: string) {
  return membersWithRoles(db, organisationId, ['integrity_officer', 'confidential_counsellor']);
}

export { displayNames, findPerson } from '../../../platform/identity';

// ── settings ────────────────────────────────────────────────────────────────

export async function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(
  db: Db,
  organisationId: string,
  patch: { retention_months?: number; gift_threshold_cents?: number },
) {
  return db
    .insertInto('integrity_settings')
    .values({ organisation_id: organisationId, ...patch })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...patch, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Demo data only: give a demo report a receipt that is documented for trying the channel. */
export async function replaceReceipt(
  db: Db,
  organisationId: string,
  reportId: string,
  receipt: { lookup: string; hash: string },
) {
  await db
    .updateTable('integrity_report')
    .set({ receipt_lookup: receipt.lookup, receipt_hash: receipt.hash })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', reportId)
    .execute();
}
