import type { Generated, Selectable } from 'kysely';

export type Population = 'office_holders' | 'civil_servants';
export type WaveStatus = 'draft' | 'fielding' | 'closed' | 'published';
export type Layer = 'municipality' | 'province' | 'water_board' | 'central_government';
export type StratumRole =
  | 'councillor'
  | 'alderman'
  | 'mayor'
  | 'provincial_councillor'
  | 'deputy'
  | 'kings_commissioner'
  | 'water_board_member'
  | 'civil_servant';
export type Gender = 'man' | 'vrouw' | 'anders';
export type ResponseSource = 'survey' | 'import' | 'synthetic';
export type ImportFormat = 'csv' | 'sav';
export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** A structured answer as the questionnaire engine produces it. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export interface MonitorWaveTable {
  organisation_id: string;
  id: Generated<string>;
  year: number;
  population: Population;
  title: string;
  questionnaire_key: string;
  questionnaire_version_id: string | null;
  field_start: string;
  field_end: string;
  status: Generated<WaveStatus>;
  synthetic: Generated<boolean>;
  min_cell_size: Generated<number>;
  created_at: Generated<Date>;
}

export interface MonitorStratumTable {
  organisation_id: string;
  wave_id: string;
  id: Generated<string>;
  code: string;
  layer: Layer;
  role: StratumRole;
  size_class: string;
  population_count: number;
  sample_size: number | null;
}

export interface MonitorInvitationTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  stratum_id: string;
  email_enc: string | null;
  token_enc: string | null;
  token_hash: string;
  used: Generated<boolean>;
  sent_at: Date | null;
  reminders_sent: Generated<number>;
  last_mailed_at: Date | null;
}

export interface MonitorResponseInboxTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  stratum_id: string;
  gender: Gender | null;
  answers: Answers;
  open_text_enc: string | null;
}

export interface MonitorImportTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  format: ImportFormat;
  status: Generated<ImportStatus>;
  phase: Generated<string>;
  file_enc: Buffer | null;
  mapping: unknown;
  processed_rows: Generated<number>;
  total_rows: number | null;
  imported_rows: Generated<number>;
  errors: Generated<unknown>;
  notes: Generated<unknown>;
  created_by: string | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

export interface MonitorResponseTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  stratum_id: string;
  source: ResponseSource;
  import_id: string | null;
  received_on: string | null;
  weight: number | null;
  gender: Gender | null;
  answers: Answers;
  indicator_values: Record<string, number>;
  open_text_enc: string | null;
}

export interface MonitorIndicatorTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  questions: string[];
  condition: unknown;
  base_condition: unknown | null;
  base_label: string;
  comparability_key: string;
  comparability_note: string | null;
  sort_order: Generated<number>;
}

export interface MonitorPublicationTable {
  organisation_id: string;
  id: Generated<string>;
  wave_id: string;
  title: string;
  content: unknown;
  published_by: string | null;
  published_at: Generated<Date>;
}

export interface MonitorTables {
  monitor_wave: MonitorWaveTable;
  monitor_stratum: MonitorStratumTable;
  monitor_invitation: MonitorInvitationTable;
  monitor_response_inbox: MonitorResponseInboxTable;
  monitor_import: MonitorImportTable;
  monitor_response: MonitorResponseTable;
  monitor_indicator: MonitorIndicatorTable;
  monitor_publication: MonitorPublicationTable;
}

export type WaveRow = Selectable<MonitorWaveTable>;
export type StratumRow = Selectable<MonitorStratumTable>;
export type InvitationRow = Selectable<MonitorInvitationTable>;
export type ImportRow = Selectable<MonitorImportTable>;
export type ResponseRow = Selectable<MonitorResponseTable>;
export type IndicatorRow = Selectable<MonitorIndicatorTable>;
export type PublicationRow = Selectable<MonitorPublicationTable>;
