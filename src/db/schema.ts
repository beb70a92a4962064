import type { BibobTables } from '../modules/bibob/bibob.tables';
import type { DistrictsTables } from '../modules/districts/districts.tables';
import type { IncidentsTables } from '../modules/incidents/incidents.tables';
import type { IncidentStatisticsTables } from '../modules/incidents/statistics.tables';
import type { InsightTables } from '../modules/insight/insight.tables';
import type { IntegrityTables } from '../modules/integrity/integrity.tables';
import type { MonitorTables } from '../modules/monitor/monitor.tables';
import type { NationalTables } from '../modules/national/national.tables';
import type { NotificationsTables } from '../modules/notifications/notifications.tables';
import type { OrganisationsTables } from '../modules/organisations/organisations.tables';
import type { QuestionnairesTables } from '../modules/questionnaires/questionnaires.tables';
import type { ScansTables } from '../modules/scans/scans.tables';
import type { SupportTables } from '../modules/support/support.tables';
import type { ToolkitTables } from '../modules/toolkit/toolkit.tables';
import type { IdentityTables } from '../platform/identity/identity.tables';
import type { PlatformTables } from '../platform/platform.tables';

/** The whole database as Kysely sees it: each module contributes its own tables. */
export interface Database
  extends PlatformTables,
    IdentityTables,
    OrganisationsTables,
    MonitorTables,
    IncidentsTables,
    IntegrityTables,
    QuestionnairesTables,
    ScansTables,
    SupportTables,
    ToolkitTables,
    IncidentStatisticsTables,
    NationalTables,
    InsightTables,
    NotificationsTables,
    BibobTables,
    DistrictsTables {}
