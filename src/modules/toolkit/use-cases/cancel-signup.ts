import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { findSignup } from '../toolkit.repository';
import { deleteSignup } from '../training.repository';
import { moveUpFromWaitingList } from './move-up';
import { refuseIfCancelled, visibleSession } from './training';

/**
 * The acting person cancels their sign-up for a session that has not begun. A confirmed
 * place that frees goes to the first person on the waiting list in the same transaction,
 * under the session row's lock. Returns how many people moved up.
 */
export async function cancelSignup(ctx: UseCaseContext, sessionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session, item } = await visibleSession(ctx, trx, sessionId);
    const signup = await findSignup(trx, session.id, ctx.scope.actorId);
    if (!signup) throw notFound('Uw aanmelding');
    refuseIfCancelled(session);
    if (new Date(session.starts_at) <= ctx.clock.now()) {
      throw new AppError(
        'conflict',
        'De bijeenkomst is al begonnen. Afmelden kan alleen vóór het begin; laat de organisator weten dat u niet komt.',
      );
    }
    await deleteSignup(trx, signup.id);
    await audit(trx, ctx, 'training_signup.cancel', { type: 'training_signup', id: signup.id });
    const movedUp =
      signup.status === 'confirmed' ? await moveUpFromWaitingList(ctx, trx, session, item.slug) : 0;
    return { movedUp };
  });
}
