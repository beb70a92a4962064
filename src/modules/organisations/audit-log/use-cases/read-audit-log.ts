import { audit, auditSeparately } from '../../../../platform/audit/audit';
import {
  type AuditFilter,
  auditEvents,
  searchAudit,
  verifyOrganisationChain,
} from '../../../../platform/audit/audit-query';
import type { CsvValue } from '../../../../platform/files/csv';
import { displayNames } from '../../../../platform/identity';
import { addDays, amsterdamToInstant } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import type { AuditFilterQuery } from '../audit-log.schemas';

/** The start of a day in Amsterdam, as an instant. */
function dayStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return amsterdamToInstant(y, m, d, 0, 0);
}

/** The query's filters as the audit store takes them: a period of whole Amsterdam days. */
export function toFilter(q: AuditFilterQuery): AuditFilter {
  return {
    actorId: q.personId,
    objectType: q.objectType,
    objectId: q.objectId,
    action: q.action,
    from: q.from ? dayStart(q.from) : undefined,
    to: q.to ? dayStart(addDays(q.to, 1)) : undefined,
  };
}

type EventRow = Awaited<ReturnType<typeof searchAudit>>['rows'][number];

function present(row: EventRow, names: Map<string, string>) {
  return {
    id: Number(row.id),
    seq: row.seq === null ? null : Number(row.seq),
    at: new Date(row.at).toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName:
      row.actor_type === 'person' && row.actor_id ? (names.get(row.actor_id) ?? null) : null,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    result: row.result,
    origin: row.origin,
  };
}

const personIds = (rows: EventRow[]) =>
  rows.filter((r) => r.actor_type === 'person' && r.actor_id).map((r) => r.actor_id as string);

/** One page of the organisation's audit log; reading it is itself audited. */
export async function readAuditLog(
  ctx: UseCaseContext,
  query: AuditFilterQuery,
  page: { limit: number; offset: number },
) {
  const orgId = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const { rows, total } = await searchAudit(trx, orgId, toFilter(query), page);
    const names = await displayNames(trx, personIds(rows));
    await audit(trx, ctx, 'audit_log.view', { type: 'audit_log', id: orgId });
    return { total, events: rows.map((row) => present(row, names)) };
  });
}

export const AUDIT_CSV_HEADER = [
  'volgnummer',
  'tijdstip',
  'soort actor',
  'actor-id',
  'naam',
  'handeling',
  'objectsoort',
  'object-id',
  'resultaat',
  'herkomst',
];

/** All matching events as CSV rows (header first), read in batches; the export is audited. */
export async function exportAuditLog(
  ctx: UseCaseContext,
  query: AuditFilterQuery,
): Promise<CsvValue[][]> {
  const orgId = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    await audit(trx, ctx, 'audit_log.export', { type: 'audit_log', id: orgId });
    const rows: EventRow[] = [];
    for await (const row of auditEvents(trx, orgId, toFilter(query))) rows.push(row);
    const names = await displayNames(trx, personIds(rows));
    return [
      AUDIT_CSV_HEADER,
      ...rows.map((row) => {
        const e = present(row, names);
        return [
          e.seq,
          e.at,
          e.actorType,
          e.actorId,
          e.actorName,
          e.action,
          e.objectType,
          e.objectId,
          e.result,
          e.origin,
        ];
      }),
    ];
  });
}

/** The `audit verify` status of the organisation's chain; checking it is audited. */
export async function verifyAuditLog(ctx: UseCaseContext) {
  const orgId = ctx.scope.organisationId;
  const status = await verifyOrganisationChain(ctx, orgId);
  await auditSeparately(
    ctx.db,
    ctx,
    'audit_log.verify',
    { type: 'audit_log', id: orgId },
    status.intact ? 'success' : 'failure',
  );
  return { ...status, checkedAt: ctx.clock.now().toISOString() };
}
