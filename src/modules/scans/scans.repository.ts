import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { CandidateStage, Office, ScanProcessPlanItemTable } from './scans.tables';

export async function insertRiskAnalysis(
  db: Db,
  values: {
    organisationId: string;
    responseId: string;
    office: Office;
    trackingEnc: string | null;
  },
) {
  return db
    .insertInto('scan_risk_analysis')
    .values({
      organisation_id: values.organisationId,
      response_id: values.responseId,
      office: values.office,
      tracking_enc: values.trackingEnc,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRiskAnalysis(
  db: Db,
  organisationId: string,
  responseId: string,
  lock = false,
) {
  let q = db
    .selectFrom('scan_risk_analysis')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listRiskAnalyses(db: Db, organisationId: string, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('scan_risk_analysis')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', 'in', responseIds)
    .execute();
}

export async function updateRiskAnalysis(
  db: Db,
  organisationId: string,
  responseId: string,
  patch: { stage: CandidateStage; trackingEnc: string },
) {
  return db
    .updateTable('scan_risk_analysis')
    .set({ stage: patch.stage, tracking_enc: patch.trackingEnc, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/* Improvement plan of the scan of vulnerable processes. */

export async function findPlan(db: Db, organisationId: string, responseId: string) {
  return db
    .selectFrom('scan_process_plan')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .executeTakeFirst();
}

export async function insertPlan(db: Db, organisationId: string, responseId: string) {
  await db
    .insertInto('scan_process_plan')
    .values({ organisation_id: organisationId, response_id: responseId })
    .execute();
}

export async function listPlanItems(db: Db, organisationId: string, responseId: string) {
  return db
    .selectFrom('scan_process_plan_item')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .orderBy('seq')
    .execute();
}

/** Open items of the organisation's most recent earlier plan (for carry-over). */
export async function openItemsOfLatestPlanBefore(
  db: Db,
  organisationId: string,
  responseId: string,
) {
  const latest = await db
    .selectFrom('scan_process_plan')
    .select('response_id')
    .where('organisation_id', '=', organisationId)
    .where('response_id', '!=', responseId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return [];
  return db
    .selectFrom('scan_process_plan_item')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', latest.response_id)
    .where('status', '!=', 'done')
    .orderBy('seq')
    .execute();
}

export async function insertPlanItem(db: Db, values: Insertable<ScanProcessPlanItemTable>) {
  return db
    .insertInto('scan_process_plan_item')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPlanItem(
  db: Db,
  organisationId: string,
  responseId: string,
  itemId: string,
) {
  return db
    .selectFrom('scan_process_plan_item')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('response_id', '=', responseId)
    .where('id', '=', itemId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updatePlanItem(
  db: Db,
  organisationId: string,
  itemId: string,
  patch: Updateable<ScanProcessPlanItemTable>,
) {
  return db
    .updateTable('scan_process_plan_item')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', itemId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
