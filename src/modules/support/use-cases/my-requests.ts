import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { isSender } from '../support.policy';
import { presentMyRequest } from '../support.presenter';
import { findRequest, listEvents, listSentRequests } from '../support.repository';

/** The requests the acting person sent in this organisation, with status and dates only. */
export async function listMyRequests(ctx: UseCaseContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listSentRequests(trx, ctx.scope.organisationId, ctx.scope.actorId);
    const events = await listEvents(
      trx,
      rows.map((r) => r.id),
    );
    await audit(trx, ctx, 'support_request.list_own', { type: 'support_request', id: null });
    return rows.map((row) =>
      presentMyRequest(
        row,
        events.filter((e) => e.request_id === row.id),
      ),
    );
  });
}

/** One request the acting person sent: status and dates only; 404 for anyone else. */
export async function getMyRequest(ctx: UseCaseContext, requestId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findRequest(trx, requestId);
    if (!row || !isSender(ctx.scope, row)) throw notFound('Deze aanvraag');
    const events = await listEvents(trx, [row.id]);
    await audit(trx, ctx, 'support_request.read', { type: 'support_request', id: row.id });
    return presentMyRequest(row, events);
  });
}
