import type { Db } from '../../../db/database';
import { json } from '../monitor.jsonb';

export async function savePublication(
  db: Db,
  values: {
    organisationId: string;
    waveId: string;
    title: string;
    content: unknown;
    publishedBy: string | null;
  },
) {
  const set = {
    title: values.title,
    content: json(values.content),
    published_by: values.publishedBy,
    published_at: new Date(),
  };
  return db
    .insertInto('monitor_publication')
    .values({ organisation_id: values.organisationId, wave_id: values.waveId, ...set })
    .onConflict((oc) => oc.columns(['organisation_id', 'wave_id']).doUpdateSet(set))
    .returningAll()
    .executeTakeFirstOrThrow();
}

const columns = [
  'p.organisation_id',
  'p.id',
  'p.wave_id',
  'p.title',
  'p.published_by',
  'p.published_at',
  'w.year',
  'w.population',
  'w.synthetic',
] as const;

export async function listPublications(db: Db, organisationId: string) {
  return db
    .selectFrom('monitor_publication as p')
    .innerJoin('monitor_wave as w', (j) =>
      j.onRef('w.organisation_id', '=', 'p.organisation_id').onRef('w.id', '=', 'p.wave_id'),
    )
    .select([...columns])
    .where('p.organisation_id', '=', organisationId)
    .orderBy('w.year', 'desc')
    .orderBy('w.population')
    .execute();
}

export async function findPublication(db: Db, organisationId: string, id: string) {
  return db
    .selectFrom('monitor_publication as p')
    .innerJoin('monitor_wave as w', (j) =>
      j.onRef('w.organisation_id', '=', 'p.organisation_id').onRef('w.id', '=', 'p.wave_id'),
    )
    .select([...columns, 'p.content'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function findPublicationOfWave(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_publication')
    .select(['id'])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .executeTakeFirst();
}

/** Every published report on the platform, newest first: published reports are public. */
export async function listAllPublications(db: Db) {
  return db
    .selectFrom('monitor_publication as p')
    .innerJoin('monitor_wave as w', (j) =>
      j.onRef('w.organisation_id', '=', 'p.organisation_id').onRef('w.id', '=', 'p.wave_id'),
    )
    .select([...columns])
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id')
    .execute();
}

/** A published report by its id alone, for the public pages. */
export async function findPublishedReport(db: Db, id: string) {
  return db
    .selectFrom('monitor_publication as p')
    .innerJoin('monitor_wave as w', (j) =>
      j.onRef('w.organisation_id', '=', 'p.organisation_id').onRef('w.id', '=', 'p.wave_id'),
    )
    .select([...columns, 'p.content'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
