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
  created_at: Generated<Date>;
}

export interface TrainingSignupTable {
  id: Generated<string>;
  session_id: string;
  organisation_id: string;
  person_id: string;
  status: SignupStatus;
  created_at: Generated<Date>;
}

export interface ToolkitTables {
  toolkit_item: ToolkitItemTable;
  toolkit_hidden: ToolkitHiddenTable;
  training_session: TrainingSessionTable;
  training_signup: TrainingSignupTable;
}

export type ToolkitItemRow = Selectable<ToolkitItemTable>;
export type TrainingSessionRow = Selectable<TrainingSessionTable>;
