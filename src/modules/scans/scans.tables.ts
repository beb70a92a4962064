import type { ColumnType, Generated, Selectable } from 'kysely';

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

export type PlanStatus = 'open' | 'in_progress' | 'done';

export interface ScanProcessPlanTable {
  organisation_id: string;
  response_id: string;
  created_at: Generated<Date>;
}

export interface ScanProcessPlanItemTable {
  id: string;
  /** Insertion order (plan items are listed in the order they were added). */
  seq: Generated<number>;
  organisation_id: string;
  response_id: string;
  process_id: string;
  /** Encrypted JSON: title and owner role (free text). */
  item_enc: string;
  owner_person_id: string | null;
  /** YYYY-MM-DD. */
  due_date: ColumnType<string | null, string | null, string | null>;
  status: Generated<PlanStatus>;
  carried_from: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ScansTables {
  scan_risk_analysis: ScanRiskAnalysisTable;
  scan_process_plan: ScanProcessPlanTable;
  scan_process_plan_item: ScanProcessPlanItemTable;
}

export type PlanItemRow = Selectable<ScanProcessPlanItemTable>;

export type RiskAnalysisRow = Selectable<ScanRiskAnalysisTable>;
