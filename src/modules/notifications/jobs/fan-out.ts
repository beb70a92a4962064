import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { membersWithRoles } from '../../../platform/identity';
import {
  DEFAULT_DELIVERY,
  type Delivery,
  EVENT_RULES,
  NOTIFICATION_EVENT_TYPES,
  type NotificationEvent,
} from '../notification-events';
import { findSettings, insertNotifications, preferencesFor } from '../notifications.repository';
import { MAIL_DELIVER_QUEUE, MAIL_MAX_ATTEMPTS } from './queues';

/** The fan-out job's payload, as `eventPayload` wrote it. */
const EventPayload = z.object({
  type: z.enum(NOTIFICATION_EVENT_TYPES),
  organisationId: z.uuid(),
  objectType: z.string(),
  objectId: z.string(),
  at: z.iso.datetime(),
  urgent: z.boolean(),
  ownerId: z.uuid().nullable(),
});

/** The people an event is for: its owner while they hold one of its roles, else all who do. */
export async function recipientsOf(
  deps: Pick<AppDeps, 'db'>,
  event: Pick<NotificationEvent, 'type' | 'organisationId' | 'ownerId'>,
): Promise<string[]> {
  const members = await membersWithRoles(
    deps.db,
    event.organisationId,
    EVENT_RULES[event.type].roles,
  );
  const ids = [...new Set(members.map((m) => m.id))];
  if (EVENT_RULES[event.type].ownerOnly) {
    return event.ownerId && ids.includes(event.ownerId) ? [event.ownerId] : [];
  }
  return event.ownerId && ids.includes(event.ownerId) ? [event.ownerId] : ids;
}

/**
 * Turn one event into a notification per recipient, each delivered as that person chose (or
 * else as the organisation set as default): a mail job now, the digest, or the app only. An
 * urgent incident also goes to the organisation's team address when it has one. All in one
 * transaction, so a retry after a failure starts clean.
 */
export async function fanOut(
  deps: Pick<AppDeps, 'db' | 'jobs'>,
  payload: unknown,
): Promise<number> {
  const parsed = EventPayload.safeParse(payload);
  if (!parsed.success) return 0; // A malformed payload never becomes valid by retrying.
  const event = parsed.data;
  const org = event.organisationId;
  const people = await recipientsOf(deps, event);
  const chosen = await preferencesFor(deps.db, org, event.type, people);
  const settings = await findSettings(deps.db, org);
  const fallback: Delivery = settings?.defaults?.[event.type] ?? DEFAULT_DELIVERY;
  const common = {
    organisation_id: org,
    event_type: event.type,
    object_type: event.objectType,
    object_id: event.objectId,
    urgent: event.urgent,
    occurred_at: new Date(event.at),
    read_at: null,
    mailed_at: null,
    digest_id: null,
  };
  const rows: { person_id: string | null; delivery: Delivery }[] = people.map((personId) => ({
    person_id: personId,
    delivery: chosen.get(personId) ?? fallback,
  }));
  if (event.urgent && event.type.startsWith('incident.') && settings?.team_address_enc) {
    rows.push({ person_id: null, delivery: 'now' });
  }
  await deps.db.transaction().execute(async (trx) => {
    const inserted = await insertNotifications(
      trx,
      rows.map((r) => ({ ...common, ...r })),
    );
    for (const row of inserted) {
      if (row.delivery !== 'now') continue;
      await deps.jobs.enqueue(
        trx,
        MAIL_DELIVER_QUEUE,
        { organisationId: org, notificationId: row.id },
        { maxAttempts: MAIL_MAX_ATTEMPTS },
      );
    }
  });
  return rows.length;
}
