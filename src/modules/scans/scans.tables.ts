import type { Generated, Selectable } from 'kysely';

export type Office = 'wethouder' | 'gedeputeerde';
export type CandidateStage =
  | 'commissioned'
  | 'discussed'
  | 'advice_given'
  | 'appointed'
  | 'not_appointed'
  | 'withdrawn';

export interface ScanRiskAnalysisTable {
  organisation_id: string;
  response_id: string;
  office: Office;
  stage: Generated<CandidateStage>;
  /** Encrypted JSON: VOG requested/received dates, discussion and decision dates, notes. */
  tracking_enc: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ScansTables {
  scan_risk_analysis: ScanRiskAnalysisTable;
}

export type RiskAnalysisRow = Selectable<ScanRiskAnalysisTable>;
