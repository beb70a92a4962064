import { audit } from '../../../platform/audit/audit';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  dashboardBreakdown,
  dashboardHandling,
  dashboardKinds,
  firstContactWorkingDays,
} from '../../incidents';
import { integrityClockCounts } from '../../integrity';
import { periodRange } from '../dashboard-periods';
import { presentDashboard } from '../insight.presenter';
import type { Dashboard, DashboardQuery } from '../insight.schemas';

/**
 * The organisation's dashboard: counts of its reports over the chosen periods (by kind,
 * channel, target and place), how they were handled, and the integrity channel's legal
 * clocks. Aggregates only, never a case; the view is audited.
 */
export async function getDashboard(ctx: UseCaseContext, query: DashboardQuery): Promise<Dashboard> {
  const today = amsterdamDate(ctx.clock.now());
  const range = periodRange(query.granularity, query.from, query.to, today);
  const organisationId = ctx.scope.organisationId;
  const filter = {
    organisationId,
    unit: range.granularity,
    from: range.fromDate,
    until: range.untilDate,
    kind: query.kind ?? null,
    today,
  };
  return ctx.db.transaction().execute(async (trx) => {
    const breakdown = await dashboardBreakdown(trx, filter);
    const kinds = await dashboardKinds(trx, filter);
    const handling = await dashboardHandling(trx, filter);
    const clocks = await integrityClockCounts(trx, filter);
    const days = await firstContactWorkingDays(trx, organisationId);
    await audit(trx, ctx, 'insight.dashboard.view', { type: 'organisation', id: organisationId });
    return presentDashboard({
      range,
      kind: filter.kind,
      firstContactWorkingDays: days,
      breakdown,
      kinds,
      handling,
      clocks,
    });
  });
}
