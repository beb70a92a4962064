import type { Generated } from 'kysely';

/** The organisation's number of office holders and employees (entered by its admin). */
export interface InsightHeadcountTable {
  organisation_id: string;
  office_holders: number;
  employees: number;
  updated_at: Generated<Date>;
}

export interface InsightTables {
  insight_headcount: InsightHeadcountTable;
}
