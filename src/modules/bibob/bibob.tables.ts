import type { Generated, Selectable } from 'kysely';
import type { FileChunkTable } from '../../platform/files/chunk-store';

export type BibobArea = 'permit' | 'subsidy' | 'real_estate' | 'tender';
export type CaseStatus = 'open' | 'closed';

export interface BibobSettingsTable {
  organisation_id: string;
  advice_weeks: Generated<number>;
  advice_extension_weeks: Generated<number>;
  decision_weeks: Generated<number>;
  questionnaire_days: Generated<number>;
  zienswijze_days: Generated<number>;
  policy_renewal_years: Generated<number>;
  retention_months: Generated<number>;
  updated_at: Generated<Date>;
}

export interface BibobPolicyVersionTable {
  organisation_id: string;
  version: number;
  title: string;
  /** JSON array of PolicyItem (bibob.schemas.ts); the policy is an organisation document, not personal data. */
  items: unknown;
  adopted_by: string | null;
  adopted_on: string | null;
  renewal_years: number;
  reminded_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface BibobCaseTable {
  id: Generated<string>;
  organisation_id: string;
  kind: BibobArea;
  status: Generated<CaseStatus>;
  received_on: string;
  reference_enc: string;
  applicant_name_enc: string;
  /** Encrypted JSON CaseFile (subject, checklist, risk, advice, intent, decision). */
  file_enc: string;
  /** Encrypted JSON of the applicant's answers; null until submitted. */
  answers_enc: string | null;
  questionnaire_version_id: string | null;
  questionnaire_sent_on: string | null;
  questionnaire_submitted_on: string | null;
  closed_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BibobQuestionnaireLinkTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  created_at: Generated<Date>;
}

export interface BibobDocumentTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string;
  file_name_enc: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  added_by: string | null;
  /** Uploaded by the applicant through the questionnaire link. */
  from_applicant: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface BibobTables {
  bibob_settings: BibobSettingsTable;
  bibob_policy_version: BibobPolicyVersionTable;
  bibob_case: BibobCaseTable;
  bibob_questionnaire_link: BibobQuestionnaireLinkTable;
  bibob_document: BibobDocumentTable;
  bibob_document_chunk: FileChunkTable;
}

export type SettingsRow = Selectable<BibobSettingsTable>;
export type PolicyVersionRow = Selectable<BibobPolicyVersionTable>;
export type CaseRow = Selectable<BibobCaseTable>;
export type DocumentRow = Selectable<BibobDocumentTable>;
