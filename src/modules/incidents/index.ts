import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { contributeIncidentDemo } from './incidents.demo';
import { incidentsRoutes } from './incidents.routes';
import { registerIncidentJobs } from './jobs/register-jobs';

/** The incident register (meldingen): intake, register, handling, aftercare, police report. */
export const incidentsModule: AppModule = {
  name: 'incidents',
  register: async (app, deps) => {
    registerIncidentJobs(deps);
    await incidentsRoutes(app, deps);
  },
};

registerDemoContributor(contributeIncidentDemo);

/**
 * Start the SMTP listener for forwarded e-mail (SMTP_INTAKE_PORT); null when it is off.
 * Each accepted message becomes a private draft for the member who forwarded it.
 */
export { startMailIntake } from './mail-intake/smtp-intake';

/**
 * Columns of the `incident` table that hold no narrative and no person, which the
 * insight dashboards may count (always with small-cell suppression). The same fields
 * carry `x-statistics: true` in the report schema (ReportBody) and so in the OpenAPI
 * document. Nothing else of a report may leave this module for statistics.
 */
export const INCIDENT_STATISTICS_FIELDS = [
  'organisation_id',
  'created_at',
  'occurred_on',
  'status',
  'source',
  'reporter_group',
  'target',
  'location',
  'channel',
  'kinds',
  'perpetrator_known',
  'perpetrator_type',
  'perpetrator_repeat',
  'impacts',
  'witnesses',
  'police_called',
  'priority',
  // Set by a handler for a report in a public place, never by the report form (ADR 0044).
  'district_code',
] as const;

/** One of the statistics columns. */
export type IncidentStatisticsField = (typeof INCIDENT_STATISTICS_FIELDS)[number];

/** Grouped counts of one organisation's reports for the insight dashboard. */
export {
  type BreakdownDimension,
  type BreakdownRow,
  type DashboardFilter,
  type DashboardUnit,
  type DistrictCounts,
  dashboardBreakdown,
  dashboardDistricts,
  dashboardHandling,
  dashboardKinds,
  firstContactWorkingDays,
  type HandlingRow,
  type KindRow,
  registeredOwnReports,
  TARGET_GROUPS,
  type TargetGroup,
} from './dashboard.repository';
/** The workflow statuses of a report. */
export { INCIDENT_STATUSES } from './incident-status';
/** The closed vocabularies of a report (kinds, channels, locations, ...), with Dutch labels. */
export {
  CHANNELS,
  IMPACTS,
  INCIDENT_KINDS,
  LABELS_NL as INCIDENT_LABELS_NL,
  LOCATIONS,
  REPORTER_GROUPS,
  TARGETS,
} from './incident-vocabulary';

/** An incident's reference, kinds and date for a referral to the support team (no narrative). */
export { incidentReferralFacts } from './referral.repository';
/** How long closed incident reports are kept: the term the retention job applies. */
export { incidentRetentionTerm } from './retention-term';
/**
 * The statistical rollup (counts per organisation x quarter x target group x kind):
 * rebuilt by the national module's job, read for national statistics, and synthetic
 * reports for demo data and the insight benchmark (ADR 0036).
 */
export {
  incidentStatisticsRefreshedAt,
  insertSyntheticIncidents,
  readIncidentStatistics,
  rebuildIncidentStatistics,
  type StatisticsRow,
  type SyntheticLoad,
} from './statistics.repository';
