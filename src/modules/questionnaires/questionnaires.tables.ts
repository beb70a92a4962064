import type { Generated, Selectable } from 'kysely';

export type VersionStatus = 'draft' | 'published';
export type RespondentKind = 'person' | 'team' | 'commissioned';
export type ResponseStatus = 'in_progress' | 'submitted';
export type ParticipantRole =
  | 'owner'
  | 'member'
  | 'subject'
  | 'commissioner'
  | 'designated_officer';

export interface QuestionnaireTable {
  organisation_id: string;
  id: Generated<string>;
  key: string;
  created_at: Generated<Date>;
}

export interface QuestionnaireVersionTable {
  organisation_id: string;
  id: Generated<string>;
  questionnaire_id: string;
  version: number;
  status: VersionStatus;
  /** The validated definition (not personal data). */
  definition: unknown;
  content_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  published_at: Date | null;
}

export interface QuestionnaireResponseTable {
  organisation_id: string;
  id: Generated<string>;
  version_owner_id: string;
  version_id: string;
  questionnaire_key: string;
  respondent: RespondentKind;
  status: Generated<ResponseStatus>;
  answers_enc: string | null;
  current_section: string | null;
  scores: unknown | null;
  result_enc: string | null;
  total_score: number | null;
  submitted_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  erase_after: Date;
}

export interface QuestionnaireParticipantTable {
  organisation_id: string;
  response_id: string;
  person_id: string;
  role: ParticipantRole;
}

export interface QuestionnaireAnonymousResponseTable {
  organisation_id: string;
  id: Generated<string>;
  version_owner_id: string;
  version_id: string;
  source: 'survey' | 'opt_in_scores';
  received_on: string;
  answers: unknown | null;
  open_text_enc: string | null;
  attributes: Generated<unknown>;
  scores: unknown | null;
}

export interface QuestionnairesTables {
  questionnaire: QuestionnaireTable;
  questionnaire_version: QuestionnaireVersionTable;
  questionnaire_response: QuestionnaireResponseTable;
  questionnaire_participant: QuestionnaireParticipantTable;
  questionnaire_anonymous_response: QuestionnaireAnonymousResponseTable;
}

export type QuestionnaireRow = Selectable<QuestionnaireTable>;
export type VersionRow = Selectable<QuestionnaireVersionTable>;
export type ResponseRow = Selectable<QuestionnaireResponseTable>;
export type ParticipantRow = Selectable<QuestionnaireParticipantTable>;
export type AnonymousResponseRow = Selectable<QuestionnaireAnonymousResponseTable>;
