import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import { withPeople } from '../../../platform/identity';
import type { IntegrityAgendaMatchTable, IntegrityMeetingTable } from './agenda.tables';

export async function insertMeeting(db: Db, values: Insertable<IntegrityMeetingTable>) {
  return db.insertInto('integrity_meeting').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findMeeting(db: Db, organisationId: string, id: string) {
  return db
    .selectFrom('integrity_meeting')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listMeetings(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_meeting as m')
    .selectAll('m')
    .select((eb) => [
      eb
        .selectFrom('integrity_agenda_item as i')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('i.organisation_id', '=', 'm.organisation_id')
        .whereRef('i.meeting_id', '=', 'm.id')
        .as('item_count'),
      eb
        .selectFrom('integrity_agenda_match as x')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('x.organisation_id', '=', 'm.organisation_id')
        .whereRef('x.meeting_id', '=', 'm.id')
        .where('x.status', '=', 'open')
        .as('open_matches'),
    ])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('m.meets_on', 'desc')
    .limit(200)
    .execute();
}

export async function markMeetingNotified(db: Db, organisationId: string, id: string, now: Date) {
  await db
    .updateTable('integrity_meeting')
    .set({ notified_at: now })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function insertItem(
  db: Db,
  values: {
    organisation_id: string;
    meeting_id: string;
    position: number;
    item_no: string;
    title_enc: string;
    description_enc: string | null;
  },
) {
  return db
    .insertInto('integrity_agenda_item')
    .values(values)
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function listItems(db: Db, organisationId: string, meetingId: string) {
  return db
    .selectFrom('integrity_agenda_item')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function insertMatch(db: Db, values: Insertable<IntegrityAgendaMatchTable>) {
  await db.insertInto('integrity_agenda_match').values(values).execute();
}

const matchColumns = [
  'x.id',
  'x.meeting_id',
  'x.item_id',
  'x.declaration_id',
  'x.person_id',
  'x.score',
  'x.explanation_enc',
  'x.status',
  'x.notified_at',
  'x.decision',
  'x.motivation_enc',
  'x.decided_at',
  'd.organisation_name',
  'd.kind',
] as const;

export async function listMatches(db: Db, organisationId: string, meetingId: string) {
  const rows = await db
    .selectFrom('integrity_agenda_match as x')
    .innerJoin('integrity_declaration as d', (j) =>
      j.onRef('d.organisation_id', '=', 'x.organisation_id').onRef('d.id', '=', 'x.declaration_id'),
    )
    .select(matchColumns)
    .where('x.organisation_id', '=', organisationId)
    .where('x.meeting_id', '=', meetingId)
    .orderBy('x.score', 'desc')
    .execute();
  return withPeople(db, rows, (r) => r.person_id, { display_name: 'display_name' });
}

export async function findMatch(db: Db, organisationId: string, id: string) {
  return db
    .selectFrom('integrity_agenda_match')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateMatch(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IntegrityAgendaMatchTable>,
) {
  await db
    .updateTable('integrity_agenda_match')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** A person's open matches, with the meeting and item, for "my conflicts". */
export async function listMatchesOf(db: Db, organisationId: string, personId: string) {
  return db
    .selectFrom('integrity_agenda_match as x')
    .innerJoin('integrity_meeting as m', (j) =>
      j.onRef('m.organisation_id', '=', 'x.organisation_id').onRef('m.id', '=', 'x.meeting_id'),
    )
    .innerJoin('integrity_agenda_item as i', (j) =>
      j.onRef('i.organisation_id', '=', 'x.organisation_id').onRef('i.id', '=', 'x.item_id'),
    )
    .innerJoin('integrity_declaration as d', (j) =>
      j.onRef('d.organisation_id', '=', 'x.organisation_id').onRef('d.id', '=', 'x.declaration_id'),
    )
    .select([
      'x.id',
      'x.explanation_enc',
      'x.decision',
      'x.motivation_enc',
      'x.decided_at',
      'm.title as meeting_title',
      'm.meets_on',
      'i.item_no',
      'i.title_enc',
      'd.organisation_name',
    ])
    .where('x.organisation_id', '=', organisationId)
    .where('x.person_id', '=', personId)
    .where('x.status', '=', 'open')
    .orderBy('m.meets_on', 'desc')
    .execute();
}

/** Open, not yet notified matches of a meeting, with the holder's address. */
export async function matchesToNotify(db: Db, organisationId: string, meetingId: string) {
  const rows = await db
    .selectFrom('integrity_agenda_match as x')
    .select(['x.id', 'x.person_id'])
    .where('x.organisation_id', '=', organisationId)
    .where('x.meeting_id', '=', meetingId)
    .where('x.status', '=', 'open')
    .where('x.notified_at', 'is', null)
    .execute();
  return withPeople(db, rows, (r) => r.person_id, { email: 'email' });
}

export async function markMatchesNotified(
  db: Db,
  organisationId: string,
  ids: readonly string[],
  now: Date,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('integrity_agenda_match')
    .set({ notified_at: now })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Declarations (submitted or validated) of office holders in office, to check an agenda against. */
export async function declarationsToCheck(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom('integrity_declaration as d')
    .innerJoin('integrity_office_holder as h', (j) =>
      j
        .onRef('h.organisation_id', '=', 'd.organisation_id')
        .onRef('h.person_id', '=', 'd.person_id'),
    )
    .select([
      'd.id',
      'd.person_id',
      'd.kind',
      'd.organisation_name',
      'd.start_on',
      'd.end_on',
      'h.until',
    ])
    .where('d.organisation_id', '=', organisationId)
    .where('d.status', 'in', ['submitted', 'validated'])
    .execute();
  return withPeople(db, rows, (r) => r.person_id, { display_name: 'display_name' });
}
