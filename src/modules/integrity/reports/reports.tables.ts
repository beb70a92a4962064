import type { Generated, Selectable } from 'kysely';
import type { FileChunkTable } from '../../../platform/files/chunk-store';
import type { ReportChannel, SubjectType } from '../integrity.vocabulary';
import type { ReportStatus } from './case-status';

export type AuthorRole = 'reporter' | 'handler' | 'counsellor';
export type Decision = 'investigate' | 'no_investigation';
export type Outcome = 'unfounded' | 'founded' | 'not_investigated';
export type ClockName = 'acknowledgement' | 'feedback';

export interface IntegritySettingsTable {
  organisation_id: string;
  retention_months: Generated<number>;
  gift_threshold_cents: Generated<number>;
  updated_at: Generated<Date>;
}

export interface IntegrityReportTable {
  organisation_id: string;
  id: Generated<string>;
  number: Generated<number>;
  channel: ReportChannel;
  intake: 'web' | 'counsellor';
  status: ReportStatus;
  category: string;
  subject_type: SubjectType;
  summary_enc: string;
  description_enc: string;
  subject_enc: string | null;
  occurred_enc: string | null;
  recipient_id: string | null;
  counsellor_id: string | null;
  consent_enc: string | null;
  consent_recorded_at: Date | null;
  handler_id: string | null;
  reporter_ref: string | null;
  receipt_lookup: string | null;
  receipt_hash: string | null;
  received_at: Date | null;
  acknowledgement_due_on: string | null;
  acknowledged_at: Date | null;
  acknowledgement_reminded_on: string | null;
  feedback_due_on: string | null;
  feedback_at: Date | null;
  feedback_reminded_on: string | null;
  assessment_enc: string | null;
  assessed_at: Date | null;
  decision: Decision | null;
  decision_reason_enc: string | null;
  decided_at: Date | null;
  outcome: Outcome | null;
  outcome_enc: string | null;
  measures_enc: string | null;
  concluded_at: Date | null;
  closed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type IntegrityReportRow = Selectable<IntegrityReportTable>;

export interface IntegrityReporterIdentityTable {
  organisation_id: string;
  report_id: string;
  identity_enc: string;
  created_at: Generated<Date>;
}

export interface IntegrityMessageTable {
  organisation_id: string;
  id: Generated<string>;
  report_id: string;
  kind: 'message' | 'acknowledgement' | 'feedback';
  author_role: AuthorRole;
  author_id: string | null;
  body_enc: string;
  /** Rounded down to the minute for an anonymous reporter's message. */
  created_at: Generated<Date>;
  /** Insertion order: the conversation's order, as reporter times are rounded. */
  seq: Generated<number>;
}
export type IntegrityMessageRow = Selectable<IntegrityMessageTable>;

export interface IntegrityAttachmentTable {
  organisation_id: string;
  id: Generated<string>;
  report_id: string;
  message_id: string | null;
  added_by_role: AuthorRole;
  meta_enc: string;
  /** The single sealed blob of files stored before chunking; null for chunked files. */
  content_enc: Buffer | null;
  created_at: Generated<Date>;
}

export interface IntegrityCaseEventTable {
  organisation_id: string;
  id: Generated<string>;
  report_id: string;
  type: string;
  actor_role: AuthorRole | 'custodian' | 'system';
  actor_id: string | null;
  note_enc: string | null;
  /** Rounded down to the minute for an anonymous reporter's step. */
  at: Generated<Date>;
  /** Insertion order: the case file's order, as reporter times are rounded. */
  seq: Generated<number>;
}

export interface IntegrityClockBreachTable {
  organisation_id: string;
  report_id: string;
  clock: ClockName;
  due_on: string;
  detected_at: Generated<Date>;
  met_at: Date | null;
}

export interface IntegrityReceiptSessionTable {
  organisation_id: string;
  id_hash: string;
  report_id: string;
  expires_at: Date;
}

export interface IntegrityUnmaskRequestTable {
  organisation_id: string;
  id: Generated<string>;
  report_id: string;
  requested_by: string;
  reason_enc: string;
  requested_at: Generated<Date>;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  decided_by: string | null;
  decision_note_enc: string | null;
  decided_at: Date | null;
  access_until: Date | null;
}
export type IntegrityUnmaskRequestRow = Selectable<IntegrityUnmaskRequestTable>;

export interface ReportsTables {
  integrity_settings: IntegritySettingsTable;
  integrity_report: IntegrityReportTable;
  integrity_reporter_identity: IntegrityReporterIdentityTable;
  integrity_message: IntegrityMessageTable;
  integrity_attachment: IntegrityAttachmentTable;
  integrity_attachment_chunk: FileChunkTable;
  integrity_case_event: IntegrityCaseEventTable;
  integrity_clock_breach: IntegrityClockBreachTable;
  integrity_receipt_session: IntegrityReceiptSessionTable;
  integrity_unmask_request: IntegrityUnmaskRequestTable;
}
