import type { AgendaTables } from './agenda/agenda.tables';
import type { CustodyTables } from './custody/custody.tables';
import type { DeclarationsTables } from './declarations/declarations.tables';
import type { ReportsTables } from './reports/reports.tables';

/** Every table of the integrity module, as Kysely sees them. */
export interface IntegrityTables
  extends ReportsTables,
    CustodyTables,
    DeclarationsTables,
    AgendaTables {}
