/** The notifications module's only SQL. The db or transaction is passed in. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { Delivery, NotificationEventType } from './notification-events';
import type { NotificationTable } from './notifications.tables';

/** Longest list the app shows (newest first). */
export const LIST_LIMIT = 100;

export async function insertNotifications(db: Db, rows: readonly Insertable<NotificationTable>[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('notification')
    .values([...rows])
    .returning(['id', 'person_id', 'delivery'])
    .execute();
}

/** People's own choices for one event type. */
export async function preferencesFor(
  db: Db,
  organisationId: string,
  eventType: NotificationEventType,
  personIds: readonly string[],
): Promise<Map<string, Delivery>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preference')
    .select(['person_id', 'delivery'])
    .where('organisation_id', '=', organisationId)
    .where('event_type', '=', eventType)
    .where('person_id', 'in', [...personIds])
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.delivery]));
}

/** One person's own choices in one organisation. */
export async function preferencesOf(db: Db, organisationId: string, personId: string) {
  return db
    .selectFrom('notification_preference')
    .select(['event_type', 'delivery'])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
}

export async function savePreferences(
  db: Db,
  organisationId: string,
  personId: string,
  choices: readonly { eventType: NotificationEventType; delivery: Delivery }[],
) {
  if (choices.length === 0) return;
  await db
    .insertInto('notification_preference')
    .values(
      choices.map((c) => ({
        organisation_id: organisationId,
        person_id: personId,
        event_type: c.eventType,
        delivery: c.delivery,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id', 'event_type']).doUpdateSet((eb) => ({
        delivery: eb.ref('excluded.delivery'),
        updated_at: new Date(),
      })),
    )
    .execute();
}

export async function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('notification_setting')
    .select(['defaults', 'team_address_enc', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function saveSettings(
  db: Db,
  organisationId: string,
  defaults: Partial<Record<NotificationEventType, Delivery>>,
  teamAddressEnc: string | null,
) {
  // node-postgres would send an object as-is; jsonb wants it serialised.
  const json = JSON.stringify(defaults) as never;
  await db
    .insertInto('notification_setting')
    .values({ organisation_id: organisationId, defaults: json, team_address_enc: teamAddressEnc })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        defaults: json,
        team_address_enc: teamAddressEnc,
        updated_at: new Date(),
      }),
    )
    .execute();
}

/** A person's own notifications of `types`, newest first. */
export async function listOwn(
  db: Db,
  organisationId: string,
  personId: string,
  types: readonly NotificationEventType[],
) {
  if (types.length === 0) return [];
  return db
    .selectFrom('notification')
    .select(['id', 'event_type', 'object_type', 'object_id', 'urgent', 'occurred_at', 'read_at'])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('event_type', 'in', [...types])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(LIST_LIMIT)
    .execute();
}

export async function countUnread(
  db: Db,
  organisationId: string,
  personId: string,
  types: readonly NotificationEventType[],
): Promise<number> {
  if (types.length === 0) return 0;
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('event_type', 'in', [...types])
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Mark one own notification read; false when it is not the person's (or not visible). */
export async function markRead(
  db: Db,
  organisationId: string,
  personId: string,
  id: string,
  types: readonly NotificationEventType[],
  at: Date,
): Promise<boolean> {
  if (types.length === 0) return false;
  const row = await db
    .updateTable('notification')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .where('event_type', 'in', [...types])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markAllRead(
  db: Db,
  organisationId: string,
  personId: string,
  types: readonly NotificationEventType[],
  at: Date,
): Promise<number> {
  if (types.length === 0) return 0;
  const result = await db
    .updateTable('notification')
    .set({ read_at: at })
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('event_type', 'in', [...types])
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findNotification(db: Db, organisationId: string, id: string) {
  return db
    .selectFrom('notification')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function markMailed(db: Db, organisationId: string, ids: readonly string[], at: Date) {
  if (ids.length === 0) return;
  await db
    .updateTable('notification')
    .set({ mailed_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
}

/** People with digest notifications not yet in a digest, created before `before`. */
export async function pendingDigestRecipients(db: Db, before: Date) {
  return db
    .selectFrom('notification')
    .select(['organisation_id', 'person_id'])
    .distinct()
    .where('delivery', '=', 'digest')
    .where('digest_id', 'is', null)
    .where('person_id', 'is not', null)
    .where('created_at', '<', before)
    .execute();
}

/** The person's digest for `day`, or undefined when that day's digest already exists. */
export async function createDigest(db: Db, organisationId: string, personId: string, day: string) {
  const row = await db
    .insertInto('notification_digest')
    .values({ organisation_id: organisationId, person_id: personId, digest_on: day })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id', 'digest_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function attachToDigest(
  db: Db,
  organisationId: string,
  personId: string,
  digestId: string,
  before: Date,
): Promise<number> {
  const result = await db
    .updateTable('notification')
    .set({ digest_id: digestId })
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('delivery', '=', 'digest')
    .where('digest_id', 'is', null)
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findDigest(db: Db, organisationId: string, id: string) {
  return db
    .selectFrom('notification_digest')
    .select(['id', 'person_id', 'digest_on'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function digestItems(db: Db, organisationId: string, digestId: string) {
  return db
    .selectFrom('notification')
    .select(['id', 'event_type', 'object_id', 'urgent', 'occurred_at', 'mailed_at'])
    .where('organisation_id', '=', organisationId)
    .where('digest_id', '=', digestId)
    .orderBy('occurred_at')
    .execute();
}
