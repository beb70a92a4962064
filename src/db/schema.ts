import type { OrganisationsTables } from '../modules/organisations/organisations.tables';
import type { PlatformTables } from '../platform/platform.tables';

/** The whole database as Kysely sees it: each module contributes its own tables. */
export interface Database extends PlatformTables, OrganisationsTables {}
