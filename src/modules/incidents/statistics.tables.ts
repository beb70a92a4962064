/**
 * The statistical rollup of the incident register (ADR 0036): counts only, per
 * organisation x quarter x target group x kind. No narrative, no person.
 */

/** Who the incident was aimed at, as the national statistics count it. */
export type TargetGroup = 'office_holder' | 'employee' | 'relative' | 'other';

export interface IncidentStatisticsTable {
  organisation_id: string;
  /** First day of the quarter (YYYY-MM-DD). */
  quarter: string;
  target_group: TargetGroup;
  /** An incident kind, or '*' for reports of any kind (each report counted once). */
  kind: string;
  incidents: number;
  police: number;
}

export interface IncidentStatisticsStateTable {
  id: boolean;
  refreshed_at: Date;
  incidents: string;
}

export interface IncidentStatisticsTables {
  incident_statistics: IncidentStatisticsTable;
  incident_statistics_state: IncidentStatisticsStateTable;
}
