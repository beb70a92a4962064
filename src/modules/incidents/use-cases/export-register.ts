import type { Readable } from 'node:stream';
import { audit } from '../../../platform/audit/audit';
import { amsterdamDate, amsterdamDateOrEmpty } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { type Table, toCsv, toXlsx } from '../exports/tabular';
import { labelNl } from '../incident-vocabulary';
import { referenceOf } from '../incidents.presenter';
import { listRegister } from '../register.repository';
import type { RegisterQuery } from '../register.schemas';
import { filterOf } from './list-register';

/** Largest export; a register with more reports is exported in periods (from/to filters). */
export const EXPORT_ROW_LIMIT = 50_000;

/**
 * Export the register as CSV or XLSX for handlers. Only categories, dates and
 * statuses: narrative text, names and contact details stay in Weerbaar, so an export
 * that is mailed around does not spread a victim's story.
 */
export async function exportRegister(
  ctx: UseCaseContext,
  q: Omit<RegisterQuery, 'limit' | 'offset' | 'q'>,
  format: 'csv' | 'xlsx',
): Promise<Readable> {
  const rows = await listRegister(
    ctx.db,
    ctx.scope.organisationId,
    filterOf(ctx, { ...q, limit: EXPORT_ROW_LIMIT, offset: 0 }),
    { limit: EXPORT_ROW_LIMIT, offset: 0 },
  );
  const table: Table = {
    columns: [
      'Kenmerk',
      'Ontvangen op',
      'Datum voorval',
      'Status',
      'Prioriteit',
      'Soort',
      'Kanaal',
      'Plaats',
      'Melder is',
      'Behandelaar',
      'Eerste contact uiterlijk',
      'Eerste contact op',
      'Termijn verstreken',
    ],
    rows: rows.map((r) => [
      referenceOf(r),
      amsterdamDate(new Date(r.created_at)),
      r.occurred_on,
      labelNl(r.status),
      labelNl(r.priority),
      r.kinds.map(labelNl).join(', '),
      labelNl(r.channel),
      labelNl(r.location),
      labelNl(r.reporter_group),
      r.handler_name ?? '',
      r.first_contact_due_on,
      amsterdamDateOrEmpty(r.first_contact_at),
      Boolean(r.overdue),
    ]),
  };
  await ctx.db.transaction().execute((trx) =>
    audit(trx, ctx, `incident.register.export_${format}`, {
      type: 'incident_register',
      id: null,
    }),
  );
  return format === 'csv' ? toCsv(table) : toXlsx(table);
}
