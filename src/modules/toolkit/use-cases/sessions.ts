import { audit } from '../../../platform/audit/audit';
import { AppError, invalidField, notFound } from '../../../platform/errors/app-error';
import { withPeople } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import { canKeep, canRecordAttendance, isVisibleIn } from '../toolkit.policy';
import { presentSession } from '../toolkit.presenter';
import {
  countConfirmed,
  findItemBySlug,
  findSignupById,
  insertSession,
  isHidden,
  listSessionSignups,
  setAttended,
  updateSession,
} from '../toolkit.repository';
import { moveUpFromWaitingList } from './move-up';
import { refuseIfCancelled, visibleSession } from './training';

type Trx = UseCaseContext['db'];

export interface SessionInput {
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  national?: boolean;
}

const columns = (input: SessionInput) => ({
  starts_at: new Date(input.startsAt),
  ends_at: new Date(input.endsAt),
  place: input.place,
  online_url: input.onlineUrl,
  capacity: input.capacity,
});

function mayPlanNational(ctx: UseCaseContext): boolean {
  return ctx.scope.actor.type === 'person' && ctx.scope.actor.isPlatformAdmin;
}

/**
 * The org admin plans a session of a training visible in the organisation (its own or a
 * national one): the session is the organisation's own. A platform admin may open a session
 * of a national training to every organisation.
 */
export async function createSession(ctx: UseCaseContext, slug: string, input: SessionInput) {
  const national = input.national === true;
  if (national && !mayPlanNational(ctx)) {
    throw new AppError('forbidden', 'Alleen het platformbeheer plant landelijke bijeenkomsten.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const item = await findItemBySlug(trx, slug);
    if (!item || !isVisibleIn(ctx.scope, item)) throw notFound('Dit toolkit-item');
    if (await isHidden(trx, ctx.scope.organisationId, item.id)) throw notFound('Dit toolkit-item');
    if (item.kind !== 'training') {
      throw new AppError('conflict', 'Alleen een training heeft bijeenkomsten.');
    }
    if (national && item.organisation_id !== null) {
      throw new AppError(
        'conflict',
        'Een landelijke bijeenkomst hoort bij een landelijke training.',
      );
    }
    const row = await insertSession(trx, {
      ...columns(input),
      item_id: item.id,
      organisation_id: national ? null : ctx.scope.organisationId,
    });
    await audit(trx, ctx, 'training_session.create', { type: 'training_session', id: row.id });
    return presentSession({ ...row, confirmed: 0 }, null);
  });
}

/** A session the acting person keeps (own organisation's, or national for a platform admin). */
export async function keptSession(ctx: UseCaseContext, trx: Trx, sessionId: string) {
  const found = await visibleSession(ctx, trx, sessionId);
  if (!canKeep(ctx.scope, found.session)) {
    throw new AppError('forbidden', 'Deze bijeenkomst wordt door een ander bijgehouden.');
  }
  return found;
}

/** Change a session's date, place or link and capacity; never below the confirmed sign-ups. */
export async function editSession(ctx: UseCaseContext, sessionId: string, input: SessionInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session, item } = await keptSession(ctx, trx, sessionId);
    refuseIfCancelled(session);
    const confirmed = await countConfirmed(trx, session.id);
    if (input.capacity < confirmed) {
      throw invalidField(
        'body.capacity',
        `Minimaal ${confirmed} plaatsen: zoveel mensen zijn al bevestigd.`,
      );
    }
    const row = await updateSession(trx, session.id, columns(input));
    await audit(trx, ctx, 'training_session.update', { type: 'training_session', id: row.id });
    // More places: the waiting list moves up at once.
    const movedUp = await moveUpFromWaitingList(ctx, trx, row, item.slug);
    return presentSession({ ...row, confirmed: confirmed + movedUp }, null);
  });
}

/** A session with this organisation's sign-ups and attendance (handlers and the org admin). */
export async function sessionSignups(ctx: UseCaseContext, sessionId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { session, item } = await visibleSession(ctx, trx, sessionId);
    const rows = await listSessionSignups(trx, session.id, ctx.scope.organisationId);
    const named = await withPeople(trx, rows, (r) => r.person_id, { name: 'display_name' });
    const confirmed = await countConfirmed(trx, session.id);
    await audit(trx, ctx, 'training_signup.list', { type: 'training_session', id: session.id });
    return {
      session: presentSession({ ...session, confirmed }, null),
      itemSlug: item.slug,
      itemTitle: item.title,
      editable: canKeep(ctx.scope, session),
      signups: named.map((r) => ({
        id: r.id,
        personId: r.person_id,
        name: r.name,
        status: r.status,
        attended: r.attended_at !== null,
      })),
    };
  });
}

/** Record whether a person of this organisation attended a session (or undo it). */
export async function recordAttendance(
  ctx: UseCaseContext,
  sessionId: string,
  signupId: string,
  attended: boolean,
) {
  if (!canRecordAttendance(ctx.scope)) throw notFound('Deze aanmelding');
  return ctx.db.transaction().execute(async (trx) => {
    const { session } = await visibleSession(ctx, trx, sessionId);
    const signup = await findSignupById(trx, signupId);
    if (
      !signup ||
      signup.session_id !== session.id ||
      signup.organisation_id !== ctx.scope.organisationId
    ) {
      throw notFound('Deze aanmelding');
    }
    refuseIfCancelled(session);
    if (attended && new Date(session.starts_at) > ctx.clock.now()) {
      throw new AppError('conflict', 'Aanwezigheid legt u vast als de bijeenkomst is begonnen.');
    }
    const row = await setAttended(
      trx,
      signup.id,
      attended ? ctx.clock.now() : null,
      ctx.scope.actorId,
    );
    await audit(trx, ctx, attended ? 'training_signup.attended' : 'training_signup.absent', {
      type: 'training_signup',
      id: row.id,
    });
    return { id: row.id, attended: row.attended_at !== null };
  });
}
