/**
 * The statistical rollup of the incident register (ADR 0036): counts only, per
 * organisation x quarter x target group x kind. No narrative, no person.
 */

import type { TargetGroup } from './dashboard.repository';

/** Who the incident was aimed at: the same groups as the organisation dashboard. */
export type { TargetGroup };

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

/**
 * The organisation dashboard's counts (ADR 0043), kept exact by triggers on incident: per
 * organisation x month it happened x kind ('*' = every report) x dimension x value.
 */
export interface IncidentDashboardCountsTable {
  organisation_id: string;
  /** First day of the month (YYYY-MM-DD). */
  month: string;
  kind: string;
  dimension: 'channel' | 'location' | 'target' | 'kind';
  value: string;
  n: number;
}

export interface IncidentStatisticsTables {
  incident_statistics: IncidentStatisticsTable;
  incident_dashboard_counts: IncidentDashboardCountsTable;
  incident_statistics_state: IncidentStatisticsStateTable;
}
