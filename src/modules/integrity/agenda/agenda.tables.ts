import type { Generated, Selectable } from 'kysely';

export interface IntegrityMeetingTable {
  organisation_id: string;
  id: Generated<string>;
  title: string;
  meets_on: string;
  source: 'manual' | 'csv' | 'json';
  created_by: string | null;
  created_at: Generated<Date>;
  notified_at: Date | null;
}
export type MeetingRow = Selectable<IntegrityMeetingTable>;

export interface IntegrityAgendaItemTable {
  organisation_id: string;
  id: Generated<string>;
  meeting_id: string;
  position: number;
  item_no: string;
  title_enc: string;
  description_enc: string | null;
}
export type AgendaItemRow = Selectable<IntegrityAgendaItemTable>;

export interface IntegrityAgendaMatchTable {
  organisation_id: string;
  id: Generated<string>;
  meeting_id: string;
  item_id: string;
  declaration_id: string;
  person_id: string;
  score: number;
  explanation_enc: string;
  status: Generated<'open' | 'dismissed'>;
  notified_at: Date | null;
  decision: 'abstain' | 'participate' | null;
  motivation_enc: string | null;
  decided_at: Date | null;
}
export type AgendaMatchRow = Selectable<IntegrityAgendaMatchTable>;

export interface AgendaTables {
  integrity_meeting: IntegrityMeetingTable;
  integrity_agenda_item: IntegrityAgendaItemTable;
  integrity_agenda_match: IntegrityAgendaMatchTable;
}
