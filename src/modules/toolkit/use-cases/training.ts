import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { calendarInvitation } from '../calendar';
import { isVisibleIn } from '../toolkit.policy';
import {
  countConfirmed,
  findItemById,
  findSessionForUpdate,
  findSignup,
  insertSignup,
  isHidden,
  waitingPosition,
} from '../toolkit.repository';

type Trx = UseCaseContext['db'];

/** A session of a training visible in this organisation, locked; 404 otherwise. */
export async function visibleSession(ctx: UseCaseContext, trx: Trx, sessionId: string) {
  const session = await findSessionForUpdate(trx, sessionId);
  const item = session ? await findItemById(trx, session.item_id) : undefined;
  if (!session || !item || !isVisibleIn(ctx.scope, item) || !isVisibleIn(ctx.scope, session)) {
    throw notFound('Deze bijeenkomst');
  }
  if (await isHidden(trx, ctx.scope.organisationId, item.id)) throw notFound('Deze bijeenkomst');
  return { session, item };
}

/** A called-off session takes no new sign-ups and no changes (409, saying so). */
export function refuseIfCancelled(session: { cancelled_at: Date | null }): void {
  if (session.cancelled_at !== null) {
    throw new AppError('conflict', 'Deze bijeenkomst is geannuleerd en gaat niet door.');
  }
}

/**
 * Sign the acting person up for a session that has not ended: confirmed while places are
 * left, otherwise on the waiting list. Signing up twice returns the existing sign-up.
 */
export async function signUp(ctx: UseCaseContext, sessionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session } = await visibleSession(ctx, trx, sessionId);
    let signup = await findSignup(trx, session.id, ctx.scope.actorId);
    if (!signup) {
      refuseIfCancelled(session);
      // Until it ends: someone who turns up at the door can still be signed up and marked present.
      if (new Date(session.ends_at) <= ctx.clock.now()) {
        throw new AppError(
          'conflict',
          'Deze bijeenkomst is al voorbij. Aanmelden kan tot het einde; kies een andere datum.',
        );
      }
      const confirmed = await countConfirmed(trx, session.id);
      signup = await insertSignup(trx, {
        session_id: session.id,
        organisation_id: ctx.scope.organisationId,
        person_id: ctx.scope.actorId,
        status: confirmed < session.capacity ? 'confirmed' : 'waiting',
      });
      await audit(trx, ctx, 'training_signup.create', { type: 'training_signup', id: signup.id });
    }
    return {
      sessionId: session.id,
      status: signup.status,
      position:
        signup.status === 'waiting' ? await waitingPosition(trx, session.id, signup.id) : null,
    };
  });
}

/** The calendar invitation (.ics) of a session the acting person signed up for. */
export async function sessionCalendar(ctx: UseCaseContext, sessionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session, item } = await visibleSession(ctx, trx, sessionId);
    const signup = await findSignup(trx, session.id, ctx.scope.actorId);
    if (!signup) throw notFound('Uw aanmelding');
    const waiting =
      session.cancelled_at !== null
        ? ' (geannuleerd)'
        : signup.status === 'waiting'
          ? ' (u staat op de wachtlijst)'
          : '';
    return calendarInvitation({
      uid: `${signup.id}@weerbaar`,
      stamp: ctx.clock.now(),
      start: new Date(session.starts_at),
      end: new Date(session.ends_at),
      summary: `${item.title}${waiting}`,
      description: `${item.summary}\n\n${ctx.config.publicUrl}/toolkit/${item.slug}`,
      location: session.place ?? session.online_url,
      url: session.online_url,
      cancelled: session.cancelled_at !== null,
    });
  });
}
