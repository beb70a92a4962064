import type { Generated, Selectable } from 'kysely';
import type { FileChunkTable } from '../../platform/files/chunk-store';
import type { IncidentStatus } from './incident-status';
import type {
  Channel,
  FiledBy,
  Impact,
  IncidentKind,
  IncidentSource,
  Location,
  MeasureStatus,
  MeasureType,
  PerpetratorType,
  Priority,
  ReporterGroup,
  Target,
} from './incident-vocabulary';

export interface AftercareStep {
  unit: 'working_days' | 'days';
  amount: number;
}

export interface IncidentSettingsTable {
  organisation_id: string;
  first_contact_working_days: number;
  aftercare_schedule: AftercareStep[];
  retention_months: number;
  retention_action: 'anonymise' | 'delete';
  /** Forwarded mail to meldingen+<code>@<SMTP_INTAKE_DOMAIN> becomes drafts. */
  email_intake_enabled: Generated<boolean>;
  organisation_address: string | null;
  updated_at: Generated<Date>;
}

export interface IncidentTable {
  organisation_id: string;
  id: Generated<string>;
  number: Generated<number>;
  source: IncidentSource;
  status: Generated<IncidentStatus>;
  author_type: 'person' | 'api_token' | null;
  author_id: string | null;
  idempotency_key: string | null;
  idempotency_hash: string | null;
  reporter_group: ReporterGroup;
  target: Target;
  victim_name_enc: string | null;
  contact_phone_enc: string | null;
  occurred_on: string;
  occurred_time: string | null;
  location: Location;
  location_detail_enc: string | null;
  /** CBS wijk or buurt code (WKxxxxxx, BUxxxxxxxx) of a report in a public place (ADR 0044). */
  district_code: Generated<string | null>;
  channel: Channel;
  kinds: IncidentKind[];
  narrative_enc: string | null;
  perpetrator_known: boolean;
  perpetrator_type: PerpetratorType | null;
  perpetrator_repeat: Generated<boolean>;
  perpetrator_description_enc: string | null;
  impacts: Generated<Impact[]>;
  witnesses: Generated<boolean>;
  witnesses_enc: string | null;
  police_called: Generated<boolean>;
  email_sender_enc: string | null;
  email_subject_enc: string | null;
  email_sent_at: Date | null;
  priority: Generated<Priority>;
  risk_repeat: Generated<boolean>;
  risk_weapon: Generated<boolean>;
  risk_home_address_known: Generated<boolean>;
  risk_threat_to_relatives: Generated<boolean>;
  risk_note_enc: string | null;
  triaged_at: Date | null;
  handler_id: string | null;
  first_contact_due_on: string;
  first_contact_at: Date | null;
  first_contact_reminded_on: string | null;
  closed_at: Date | null;
  anonymised_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IncidentAttachmentTable {
  organisation_id: string;
  incident_id: string;
  id: Generated<string>;
  kind: 'evidence' | 'email_original';
  file_name_enc: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** The single sealed blob of files stored before chunking; null for chunked files. */
  content_enc: Buffer | null;
  added_by_type: 'person' | 'api_token' | 'system';
  added_by_id: string | null;
  added_by_role: 'reporter' | 'handler' | 'system';
  created_at: Generated<Date>;
}

export interface IncidentMessageTable {
  organisation_id: string;
  incident_id: string;
  id: Generated<string>;
  author_role: 'reporter' | 'handler';
  author_id: string | null;
  body_enc: string;
  created_at: Generated<Date>;
}

export interface IncidentMeasureTable {
  organisation_id: string;
  incident_id: string;
  id: Generated<string>;
  type: MeasureType;
  status: Generated<MeasureStatus>;
  filed_by: FiledBy | null;
  use_organisation_address: Generated<boolean>;
  planned_on: string | null;
  done_on: string | null;
  note_enc: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IncidentAftercareTaskTable {
  organisation_id: string;
  incident_id: string;
  id: Generated<string>;
  label: string;
  due_on: string;
  status: Generated<'planned' | 'done' | 'cancelled'>;
  outcome_enc: string | null;
  reminded_on: string | null;
  done_at: Date | null;
  created_at: Generated<Date>;
}

export interface IncidentEventTable {
  organisation_id: string;
  incident_id: string;
  id: Generated<string>;
  seq: Generated<number>;
  type: string;
  from_status: string | null;
  to_status: string | null;
  note_enc: string | null;
  actor_role: 'reporter' | 'handler' | 'system';
  actor_id: string | null;
  at: Generated<Date>;
}

/** A forwarded e-mail waiting for its person to complete it into a report. */
export interface IncidentDraftTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  original_enc: Buffer;
  original_sha256: string;
  original_size_bytes: number;
  forward_found: 'attachment' | 'inline' | 'none';
  email_sender_enc: string | null;
  email_subject_enc: string | null;
  email_sent_at: Date | null;
  text_enc: string | null;
  received_at: Generated<Date>;
  expires_at: Date;
}

export interface IncidentsTables {
  incident_settings: IncidentSettingsTable;
  incident: IncidentTable;
  incident_attachment: IncidentAttachmentTable;
  incident_attachment_chunk: FileChunkTable;
  incident_message: IncidentMessageTable;
  incident_measure: IncidentMeasureTable;
  incident_aftercare_task: IncidentAftercareTaskTable;
  incident_event: IncidentEventTable;
  incident_draft: IncidentDraftTable;
}

export type IncidentRow = Selectable<IncidentTable>;
export type AttachmentRow = Selectable<IncidentAttachmentTable>;
export type MessageRow = Selectable<IncidentMessageTable>;
export type MeasureRow = Selectable<IncidentMeasureTable>;
export type AftercareTaskRow = Selectable<IncidentAftercareTaskTable>;
export type EventRow = Selectable<IncidentEventTable>;
export type SettingsRow = Selectable<IncidentSettingsTable>;
export type DraftRow = Selectable<IncidentDraftTable>;
