import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { eventTypesFor } from '../notification-events';
import { presentNotification } from '../notifications.presenter';
import { countUnread, listOwn, markAllRead, markRead } from '../notifications.repository';

/** The event types the caller may see now: a role taken away hides its notifications. */
const visibleTypes = (ctx: UseCaseContext) => eventTypesFor(ctx.scope.roles);

/** Your notifications in this organisation, newest first, with the unread count. */
export async function listNotifications(ctx: UseCaseContext) {
  const types = visibleTypes(ctx);
  const { organisationId, actorId } = ctx.scope;
  const rows = await listOwn(ctx.db, organisationId, actorId, types);
  return {
    unread: await countUnread(ctx.db, organisationId, actorId, types),
    items: rows.map(presentNotification),
  };
}

/** Mark one of your notifications read; someone else's answers 404 like a missing one. */
export async function markNotificationRead(ctx: UseCaseContext, notificationId: string) {
  const types = visibleTypes(ctx);
  const { organisationId, actorId } = ctx.scope;
  return ctx.db.transaction().execute(async (trx) => {
    const found = await markRead(
      trx,
      organisationId,
      actorId,
      notificationId,
      types,
      ctx.clock.now(),
    );
    if (!found) throw notFound('Deze notificatie');
    return { unread: await countUnread(trx, organisationId, actorId, types) };
  });
}

/** Mark all your notifications in this organisation read. */
export async function markAllNotificationsRead(ctx: UseCaseContext) {
  const types = visibleTypes(ctx);
  const { organisationId, actorId } = ctx.scope;
  await ctx.db
    .transaction()
    .execute((trx) => markAllRead(trx, organisationId, actorId, types, ctx.clock.now()));
  return { unread: 0 };
}
