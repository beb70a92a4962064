import type { Db } from '../../db/database';
import type { CandidateStage, Office } from './scans.tables';

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
