import { audit } from '../../../platform/audit/audit';
import { invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { DEFAULT_DELIVERY, DIGEST_TIME, eventTypesFor } from '../notification-events';
import { findSettings, preferencesOf, savePreferences } from '../notifications.repository';
import type { PreferencesBody } from '../notifications.schemas';

/** Your delivery per event type your roles receive: your choice, or the organisation's default. */
export async function getPreferences(ctx: UseCaseContext) {
  const { organisationId, actorId } = ctx.scope;
  const own = new Map(
    (await preferencesOf(ctx.db, organisationId, actorId)).map((p) => [p.event_type, p.delivery]),
  );
  const defaults = (await findSettings(ctx.db, organisationId))?.defaults ?? {};
  return {
    digestTime: DIGEST_TIME,
    items: eventTypesFor(ctx.scope.roles).map((eventType) => ({
      eventType,
      delivery: own.get(eventType) ?? defaults[eventType] ?? DEFAULT_DELIVERY,
      chosen: own.has(eventType),
    })),
  };
}

/** Save your choices; an event type your roles do not receive is refused, naming the field. */
export async function updatePreferences(ctx: UseCaseContext, body: PreferencesBody) {
  const allowed = new Set(eventTypesFor(ctx.scope.roles));
  const seen = new Set<string>();
  body.preferences.forEach((p, i) => {
    if (!allowed.has(p.eventType))
      throw invalidField(
        `body.preferences.${i}.eventType`,
        'Dit soort notificatie krijgt u niet met uw rollen in deze organisatie.',
      );
    if (seen.has(p.eventType))
      throw invalidField(
        `body.preferences.${i}.eventType`,
        'Dit soort notificatie staat er twee keer in.',
      );
    seen.add(p.eventType);
  });
  const { organisationId, actorId } = ctx.scope;
  await ctx.db.transaction().execute(async (trx) => {
    await savePreferences(trx, organisationId, actorId, body.preferences);
    await audit(trx, ctx, 'notification.preferences.update', { type: 'person', id: actorId });
  });
  return getPreferences(ctx);
}
