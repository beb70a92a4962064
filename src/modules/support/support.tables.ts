import type { Generated, Selectable } from 'kysely';

export type SupportKind = 'support_team' | 'legal' | 'home_security';
export type SupportUrgency = 'normal' | 'urgent';
export type SupportStatus =
  | 'new'
  | 'accepted'
  | 'contact_recorded'
  | 'follow_up'
  | 'assessment'
  | 'measure'
  | 'done'
  | 'closed';
export type ConsentMethod = 'in_person' | 'phone' | 'email' | 'in_writing';
export type ContactPreference = 'phone' | 'email' | 'via_handler';

export interface SupportRequestTable {
  id: Generated<string>;
  number: Generated<number>;
  /** The requesting organisation. */
  organisation_id: string;
  /** The support team organisation that works the request. */
  support_team_id: string;
  kind: SupportKind;
  urgency: SupportUrgency;
  status: Generated<SupportStatus>;
  status_on: string;
  requested_by: string | null;
  on_behalf: Generated<boolean>;
  /** Who gave consent (the person supported), encrypted with the team's key. */
  consent_name_enc: string | null;
  consent_given_on: string | null;
  consent_method: ConsentMethod | null;
  contact_preference: ContactPreference;
  /** Encrypted JSON (SharedDetails): only what the person chose to share. */
  shared_enc: string;
  incident_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SupportRequestEventTable {
  id: Generated<string>;
  request_id: string;
  status: SupportStatus;
  occurred_on: string;
  note_enc: string | null;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface SupportTables {
  support_request: SupportRequestTable;
  support_request_event: SupportRequestEventTable;
}

export type SupportRequestRow = Selectable<SupportRequestTable>;
export type SupportRequestEventRow = Selectable<SupportRequestEventTable>;
