import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit';
import { AppError, invalidField, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { isOwnTeam } from '../support.policy';
import { findRequest, insertEvent, updateStatus } from '../support.repository';
import type { ProgressBody } from '../support.schemas';
import { canMoveTo } from '../support-status';

/**
 * The team records a step (accept, contact, follow-up, assessment, measure, done, close)
 * with its date and an optional note (encrypted with the team's key). Steps follow the
 * request's track; a step out of order is refused and nothing is saved.
 */
export async function recordProgress(
  ctx: UseCaseContext,
  requestId: string,
  body: z.infer<typeof ProgressBody>,
) {
  const today = amsterdamDate(ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findRequest(trx, requestId, true);
    if (!row || !isOwnTeam(ctx.scope, row)) throw notFound('Deze aanvraag');
    if (!canMoveTo(row.kind, row.status, body.status)) {
      const message = `Na de stap "${row.status}" kan "${body.status}" niet worden vastgelegd.`;
      throw new AppError('invalid_transition', message, {
        fields: [{ field: 'body.status', message }],
        extra: { from: row.status, to: body.status },
      });
    }
    if (body.on > today) throw invalidField('body.on', 'De datum ligt in de toekomst.');
    if (body.on < row.status_on) {
      throw invalidField('body.on', 'De datum ligt vóór die van de vorige stap.');
    }
    await insertEvent(trx, {
      request_id: row.id,
      status: body.status,
      occurred_on: body.on,
      note_enc: body.note
        ? await ctx.keyring.encryptText(trx, row.support_team_id, body.note)
        : null,
      actor_id: ctx.scope.actorId,
    });
    await updateStatus(trx, row.id, body.status, body.on);
    await audit(trx, ctx, `support_request.${body.status}`, {
      type: 'support_request',
      id: row.id,
    });
  });
}
