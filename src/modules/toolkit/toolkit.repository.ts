/** The toolkit module's only SQL: items, hidden national items, sessions and sign-ups. */
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type {
  Audience,
  Theme,
  ToolkitItemTable,
  ToolkitKind,
  ToolkitNormTable,
  TrainingSessionTable,
  TrainingSignupTable,
} from './toolkit.tables';

export interface ItemFilter {
  q?: string;
  audience?: Audience;
  theme?: Theme;
  kind?: ToolkitKind;
}

/**
 * National items and the organisation's own, with whether the organisation hid them,
 * filtered; `q` searches title, summary and body with Dutch full-text search (stemmed,
 * so "bedreiging" finds "bedreigingen") or, for partial words, a title match.
 */
export async function listItems(db: Db, organisationId: string, filter: ItemFilter) {
  let q = db
    .selectFrom('toolkit_item as i')
    .leftJoin('toolkit_hidden as h', (j) =>
      j.onRef('h.item_id', '=', 'i.id').on('h.organisation_id', '=', organisationId),
    )
    .selectAll('i')
    .select((eb) => eb('h.item_id', 'is not', null).as('hidden'))
    .where((eb) =>
      eb.or([eb('i.organisation_id', 'is', null), eb('i.organisation_id', '=', organisationId)]),
    );
  if (filter.kind) q = q.where('i.kind', '=', filter.kind);
  if (filter.audience) q = q.where(sql<boolean>`${filter.audience} = any(i.audiences)`);
  if (filter.theme) q = q.where(sql<boolean>`${filter.theme} = any(i.themes)`);
  const text = filter.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`to_tsvector('dutch', i.title || ' ' || i.summary || ' ' || i.body) @@ plainto_tsquery('dutch', ${text})`,
        eb('i.title', 'ilike', like),
      ]),
    );
  }
  return q.orderBy('i.published_on', 'desc').orderBy('i.title', 'asc').execute();
}

export async function findItemBySlug(db: Db, slug: string) {
  return db.selectFrom('toolkit_item').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findItemById(db: Db, id: string) {
  return db.selectFrom('toolkit_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function slugTaken(db: Db, slug: string) {
  const row = await db
    .selectFrom('toolkit_item')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertItem(db: Db, values: Insertable<ToolkitItemTable>) {
  return db.insertInto('toolkit_item').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function isHidden(db: Db, organisationId: string, itemId: string) {
  const row = await db
    .selectFrom('toolkit_hidden')
    .select('item_id')
    .where('organisation_id', '=', organisationId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setHidden(db: Db, organisationId: string, itemId: string, hidden: boolean) {
  if (hidden) {
    await db
      .insertInto('toolkit_hidden')
      .values({ organisation_id: organisationId, item_id: itemId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('toolkit_hidden')
      .where('organisation_id', '=', organisationId)
      .where('item_id', '=', itemId)
      .execute();
  }
}

export async function insertSession(db: Db, values: Insertable<TrainingSessionTable>) {
  return db.insertInto('training_session').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * The sessions of an item open to this organisation (national ones and its own), soonest
 * first, with the number of confirmed sign-ups.
 */
export async function listSessions(db: Db, itemId: string, organisationId: string) {
  return db
    .selectFrom('training_session as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('training_signup as u')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('u.session_id', '=', 's.id')
        .where('u.status', '=', 'confirmed')
        .as('confirmed'),
    )
    .where('s.item_id', '=', itemId)
    .where((eb) =>
      eb.or([eb('s.organisation_id', 'is', null), eb('s.organisation_id', '=', organisationId)]),
    )
    .orderBy('s.starts_at', 'asc')
    .execute();
}

/** One session, locked so concurrent sign-ups are counted one at a time. */
export async function findSessionForUpdate(db: Db, sessionId: string) {
  return db
    .selectFrom('training_session')
    .selectAll()
    .where('id', '=', sessionId)
    .forUpdate()
    .executeTakeFirst();
}

export async function countConfirmed(db: Db, sessionId: string) {
  const row = await db
    .selectFrom('training_signup')
    .select((e) => e.fn.countAll<string>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSignup(db: Db, sessionId: string, personId: string) {
  return db
    .selectFrom('training_signup')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The acting person's sign-ups for the given sessions. */
export async function listSignupsOf(db: Db, personId: string, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('training_signup')
    .selectAll()
    .where('person_id', '=', personId)
    .where('session_id', 'in', [...sessionIds])
    .execute();
}

export async function insertSignup(db: Db, values: Insertable<TrainingSignupTable>) {
  return db.insertInto('training_signup').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Waiting-list position of a sign-up (1 = next in line). Compared in the database: its
 * timestamps have microseconds, a JavaScript Date only milliseconds, so a Date read back
 * would sort the sign-up before itself on PostgreSQL.
 */
export async function waitingPosition(db: Db, sessionId: string, signupId: string) {
  const row = await db
    .selectFrom('training_signup')
    .select((e) => e.fn.countAll<string>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waiting')
    .where(
      'created_at',
      '<=',
      db
        .selectFrom('training_signup as own')
        .select('own.created_at')
        .where('own.id', '=', signupId),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Change an item's content (its slug stays, so links keep working). */
export async function updateItem(
  db: Db,
  id: string,
  values: Omit<Insertable<ToolkitItemTable>, 'organisation_id' | 'slug'>,
) {
  return db
    .updateTable('toolkit_item')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteItem(db: Db, id: string) {
  await db.deleteFrom('toolkit_item').where('id', '=', id).execute();
}

/** Titles of items by slug (for advice that names items by their key). */
export async function titlesBySlug(db: Db, slugs: readonly string[]) {
  if (slugs.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('toolkit_item')
    .select(['slug', 'title'])
    .where('slug', 'in', [...slugs])
    .where('organisation_id', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.slug, r.title]));
}

export async function updateSession(
  db: Db,
  id: string,
  values: Pick<
    Insertable<TrainingSessionTable>,
    'starts_at' | 'ends_at' | 'place' | 'online_url' | 'capacity'
  >,
) {
  return db
    .updateTable('training_session')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The sign-ups of one organisation for a session, in sign-up order. */
export async function listSessionSignups(db: Db, sessionId: string, organisationId: string) {
  return db
    .selectFrom('training_signup')
    .select(['id', 'person_id', 'status', 'attended_at'])
    .where('session_id', '=', sessionId)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'asc')
    .execute();
}

export async function findSignupById(db: Db, signupId: string) {
  return db.selectFrom('training_signup').selectAll().where('id', '=', signupId).executeTakeFirst();
}

export async function setAttended(
  db: Db,
  signupId: string,
  attendedAt: Date | null,
  recordedBy: string,
) {
  return db
    .updateTable('training_signup')
    .set({ attended_at: attendedAt, attendance_recorded_by: recordedBy })
    .where('id', '=', signupId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Attended trainings of an organisation's people: person, item, session date. */
export async function attendedTrainings(db: Db, organisationId: string) {
  return db
    .selectFrom('training_signup as u')
    .innerJoin('training_session as s', 's.id', 'u.session_id')
    .innerJoin('toolkit_item as i', 'i.id', 's.item_id')
    .select(['u.person_id', 'i.slug', 'i.title', 's.starts_at', 'u.attended_at'])
    .where('u.organisation_id', '=', organisationId)
    .where('u.attended_at', 'is not', null)
    .orderBy('s.starts_at', 'asc')
    .execute();
}

/**
 * Confirmed sign-ups not yet reminded whose session starts within the window, with their
 * session; one reminder per sign-up.
 */
export async function signupsToRemind(db: Db, from: Date, until: Date) {
  return db
    .selectFrom('training_signup as u')
    .innerJoin('training_session as s', 's.id', 'u.session_id')
    .innerJoin('toolkit_item as i', 'i.id', 's.item_id')
    .select(['u.id', 'u.organisation_id', 'u.person_id', 's.starts_at', 'i.slug'])
    .where('u.status', '=', 'confirmed')
    .where('u.reminded_at', 'is', null)
    .where('s.cancelled_at', 'is', null)
    .where('s.starts_at', '>', from)
    .where('s.starts_at', '<=', until)
    .execute();
}

export async function markReminded(db: Db, signupId: string, at: Date) {
  await db
    .updateTable('training_signup')
    .set({ reminded_at: at })
    .where('id', '=', signupId)
    .where('reminded_at', 'is', null)
    .execute();
}

export async function findNorm(db: Db, organisationId: string) {
  return db
    .selectFrom('toolkit_norm')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertNorm(db: Db, values: Insertable<ToolkitNormTable>) {
  return db
    .insertInto('toolkit_norm')
    .values(values)
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        body: values.body,
        published: values.published,
        adopted_on: values.adopted_on,
        updated_by: values.updated_by,
        updated_at: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
