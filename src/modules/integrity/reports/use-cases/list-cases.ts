import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { OPEN_STATUSES, type ReportStatus } from '../case-status';
import { presentCaseSummary } from '../reports.presenter';
import { displayNames, listCases as listRows } from '../reports.repository';
import { openReport } from './report-core';

/** The handlers' case list with both clocks; `overdue` keeps only reports past a due date. */
export async function listCases(
  ctx: UseCaseContext,
  filter: { status?: ReportStatus; overdue?: boolean; all?: boolean },
  now = new Date(),
) {
  const statuses = filter.status
    ? [filter.status]
    : filter.all
      ? undefined
      : [...OPEN_STATUSES, 'with_counsellor' as const];
  const rows = await listRows(ctx.db, ctx.scope.organisationId, {
    statuses,
    actorId: ctx.scope.actorId,
  });
  const names = await displayNames(
    ctx.db,
    rows.flatMap((r) => (r.handler_id ? [r.handler_id] : [])),
  );
  const out = [];
  for (const row of rows) {
    const opened = await openReport(ctx.db, ctx.keyring, row);
    const item = presentCaseSummary(row, opened.summary, names, now);
    if (!filter.overdue || item.overdue) out.push(item);
  }
  await ctx.db
    .transaction()
    .execute((trx) =>
      audit(trx, ctx, 'integrity.case.list', { type: 'integrity_report', id: null }),
    );
  return out;
}
