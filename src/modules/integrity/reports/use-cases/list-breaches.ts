import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { presentBreach } from '../reports.presenter';
import { listBreaches as listRows } from '../reports.repository';

/** The register of breaches of the legal clocks (no content; references and dates). */
export async function listBreaches(ctx: UseCaseContext) {
  const rows = await listRows(ctx.db, ctx.scope.organisationId);
  await ctx.db
    .transaction()
    .execute((trx) =>
      audit(trx, ctx, 'integrity.breach.list', { type: 'integrity_clock_breach', id: null }),
    );
  return rows.map(presentBreach);
}
