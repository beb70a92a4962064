import type { Insertable } from 'kysely';
import type { Db } from '../../../../db/database';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { notFound } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { openText, sealRequired, sealText } from '../../shared/sealing';
import type { ReportStatus } from '../case-status';
import { acknowledgementDueOn, feedbackDueOn } from '../legal-clock';
import type { OpenedMessage, OpenedReport } from '../reports.presenter';
import { findReport, insertEvent, insertReport, listMessages } from '../reports.repository';
import type { ReportContent } from '../reports.schemas';
import type { AuthorRole, IntegrityReportRow, IntegrityReportTable } from '../reports.tables';

/** The legal clocks of a report the organisation receives at `now`. */
export function clocksFrom(now: Date) {
  const receivedOn = amsterdamDate(now);
  const acknowledgementDue = acknowledgementDueOn(receivedOn);
  return {
    received_at: now,
    acknowledgement_due_on: acknowledgementDue,
    // Until acknowledged, feedback is due 3 months after the acknowledgement term ends.
    feedback_due_on: feedbackDueOn(acknowledgementDue, null),
  };
}

export interface NewReport {
  organisationId: string;
  content: ReportContent;
  channel: IntegrityReportRow['channel'];
  intake: IntegrityReportRow['intake'];
  status: Extract<ReportStatus, 'received' | 'with_counsellor'>;
  recipientId?: string | null;
  counsellorId?: string | null;
  reporterRef?: string | null;
  receipt?: { lookup: string; hash: string } | null;
  now: Date;
}

/** Insert a report with its narrative encrypted and, when received, its clocks running. */
export async function createReport(trx: Db, keyring: KeyRing, input: NewReport) {
  const org = input.organisationId;
  const values: Insertable<IntegrityReportTable> = {
    organisation_id: org,
    channel: input.channel,
    intake: input.intake,
    status: input.status,
    category: input.content.category,
    subject_type: input.content.subjectType,
    summary_enc: await sealRequired(trx, keyring, org, input.content.summary),
    description_enc: await sealRequired(trx, keyring, org, input.content.description),
    subject_enc: await sealText(trx, keyring, org, input.content.subject),
    occurred_enc: await sealText(trx, keyring, org, input.content.occurred),
    recipient_id: input.recipientId ?? null,
    counsellor_id: input.counsellorId ?? null,
    consent_enc: null,
    consent_recorded_at: null,
    handler_id: null,
    reporter_ref: input.reporterRef ?? null,
    receipt_lookup: input.receipt?.lookup ?? null,
    receipt_hash: input.receipt?.hash ?? null,
    received_at: null,
    acknowledgement_due_on: null,
    acknowledged_at: null,
    acknowledgement_reminded_on: null,
    feedback_due_on: null,
    feedback_at: null,
    feedback_reminded_on: null,
    assessment_enc: null,
    assessed_at: null,
    decision: null,
    decision_reason_enc: null,
    decided_at: null,
    outcome: null,
    outcome_enc: null,
    measures_enc: null,
    concluded_at: null,
    closed_at: null,
    ...(input.status === 'received' ? clocksFrom(input.now) : {}),
  };
  return insertReport(trx, values);
}

/** Add a step to the case file; a note is encrypted. */
export async function recordEvent(
  trx: Db,
  keyring: KeyRing,
  organisationId: string,
  reportId: string,
  type: string,
  actor: { role: AuthorRole | 'custodian' | 'system'; id: string | null },
  note?: string | null,
) {
  await insertEvent(trx, {
    organisation_id: organisationId,
    report_id: reportId,
    type,
    actor_role: actor.role,
    actor_id: actor.role === 'reporter' ? null : actor.id,
    note_enc: await sealText(trx, keyring, organisationId, note),
  });
}

/** Decrypt the narrative of a report. */
export async function openReport(
  db: Db,
  keyring: KeyRing,
  row: IntegrityReportRow,
): Promise<OpenedReport> {
  const org = row.organisation_id;
  return {
    summary: (await openText(db, keyring, org, row.summary_enc)) ?? '',
    description: (await openText(db, keyring, org, row.description_enc)) ?? '',
    subject: await openText(db, keyring, org, row.subject_enc),
    occurred: await openText(db, keyring, org, row.occurred_enc),
  };
}

/** The conversation of a report, decrypted. */
export async function openMessages(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  reportId: string,
): Promise<OpenedMessage[]> {
  const rows = await listMessages(db, organisationId, reportId);
  const out: OpenedMessage[] = [];
  for (const row of rows) {
    out.push({ row, body: (await openText(db, keyring, organisationId, row.body_enc)) ?? '' });
  }
  return out;
}

/**
 * A report for a handler (the route policy checked the role), or 404. An intake a
 * counsellor still holds is visible to that counsellor only, until the reporter
 * consents to passing it on.
 */
export async function loadCase(
  trx: Db,
  ctx: UseCaseContext,
  reportId: string,
  forUpdate = false,
): Promise<IntegrityReportRow> {
  const row = await findReport(trx, ctx.scope.organisationId, reportId, forUpdate);
  if (!row) throw notFound('Deze melding');
  if (row.status === 'with_counsellor' && row.counsellor_id !== ctx.scope.actorId) {
    throw notFound('Deze melding');
  }
  return row;
}

/** The role in which the acting staff member writes on a case. */
export function staffRoleOn(row: IntegrityReportRow, personId: string): 'handler' | 'counsellor' {
  return row.intake === 'counsellor' && row.counsellor_id === personId ? 'counsellor' : 'handler';
}
