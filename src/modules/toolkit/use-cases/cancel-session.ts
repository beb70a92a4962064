import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { notify } from '../../notifications';
import { allSignupsOf, deleteSession, markSessionCancelled } from '../training.repository';
import { keptSession } from './sessions';
import { refuseIfCancelled } from './training';

/**
 * Call off a session the acting person keeps, before it begins. Without sign-ups it is
 * deleted; otherwise it is marked cancelled so the sign-ups stay for the record, and every
 * signed-up person (of any organisation, confirmed or waiting) is told through their
 * notifications. A cancelled session takes no sign-ups and gets no reminder.
 */
export async function cancelSession(ctx: UseCaseContext, sessionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session, item } = await keptSession(ctx, trx, sessionId);
    refuseIfCancelled(session);
    if (new Date(session.starts_at) <= ctx.clock.now()) {
      throw new AppError(
        'conflict',
        'De bijeenkomst is al begonnen; annuleren kan alleen vóór het begin.',
      );
    }
    const object = { type: 'training_session', id: session.id };
    const signups = await allSignupsOf(trx, session.id);
    if (signups.length === 0) {
      await deleteSession(trx, session.id);
      await audit(trx, ctx, 'training_session.delete', object);
      return { outcome: 'deleted' as const, notified: 0 };
    }
    const now = ctx.clock.now();
    await markSessionCancelled(trx, session.id, now, ctx.scope.actorId);
    for (const signup of signups) {
      await notify(trx, {
        type: 'training.cancelled',
        organisationId: signup.organisation_id,
        objectType: 'toolkit_item',
        objectId: item.slug,
        at: now,
        ownerId: signup.person_id,
      });
    }
    await audit(trx, ctx, 'training_session.cancel', object);
    return { outcome: 'cancelled' as const, notified: signups.length };
  });
}
