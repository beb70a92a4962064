import { auditStaff, type IntegrityContext } from '../../shared/context';
import { presentBreach } from '../reports.presenter';
import { listBreaches as listRows } from '../reports.repository';

/** The register of breaches of the legal clocks (no content; references and dates). */
export async function listBreaches(ctx: IntegrityContext) {
  const rows = await listRows(ctx.db, ctx.scope.organisationId);
  await ctx.db
    .transaction()
    .execute((trx) =>
      auditStaff(trx, ctx, 'integrity.breach.list', 'integrity_clock_breach', null),
    );
  return rows.map(presentBreach);
}
