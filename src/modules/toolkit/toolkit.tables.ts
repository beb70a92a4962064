import type { Generated, Selectable } from 'kysely';

export type ToolkitKind = 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
export type Audience = 'office_holder' | 'civil_servant' | 'clerk' | 'mayor';
export type Theme = 'aggression' | 'online_intimidation' | 'integrity' | 'undermining' | 'bibob';
export type SignupStatus = 'confirmed' | 'waiting';

export interface ToolkitItemTable {
  id: Generated<string>;
  /** Null for a national item kept by the platform. */
  organisation_id: string | null;
  slug: string;
  kind: ToolkitKind;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  source: string;
  published_on: string;
  audiences: Audience[];
  themes: Theme[];
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ToolkitHiddenTable {
  organisation_id: string;
  item_id: string;
}

export interface TrainingSessionTable {
  id: Generated<string>;
  item_id: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  capacity: number;
  /** The organisation that planned the session; null for a national session. */
  organisation_id: string | null;
  created_at: Generated<Date>;
  /** Set when the session was called off; its sign-ups stay for the record. */
  cancelled_at: Date | null;
  cancelled_by: string | null;
}

export interface TrainingSignupTable {
  id: Generated<string>;
  session_id: string;
  organisation_id: string;
  person_id: string;
  status: SignupStatus;
  created_at: Generated<Date>;
  /** Set when the organisation recorded that the person attended. */
  attended_at: Date | null;
  attendance_recorded_by: string | null;
  /** Set when the reminder a day before the session was sent. */
  reminded_at: Date | null;
}

export interface ToolkitNormTable {
  organisation_id: string;
  /** Markdown. */
  body: string;
  published: boolean;
  adopted_on: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** The training an organisation requires of new office holders (ADR 0052). */
export interface ToolkitRequiredTrainingTable {
  organisation_id: string;
  /** Null when the chosen item was deleted: the national default applies again. */
  item_id: string | null;
  within_months: number;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface ToolkitTables {
  toolkit_item: ToolkitItemTable;
  toolkit_hidden: ToolkitHiddenTable;
  training_session: TrainingSessionTable;
  training_signup: TrainingSignupTable;
  toolkit_norm: ToolkitNormTable;
  toolkit_required_training: ToolkitRequiredTrainingTable;
}

export type ToolkitItemRow = Selectable<ToolkitItemTable>;
export type TrainingSessionRow = Selectable<TrainingSessionTable>;
