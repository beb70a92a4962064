/** SQL of national releases (immutable rows: the database refuses UPDATE and DELETE). */
import type { Db } from '../../db/database';
import type { NationalReleaseRow } from './national.tables';

export interface NewRelease {
  quarter: string;
  corrects_id: string | null;
  k: number;
  licence: string;
  published_by: string | null;
  published_at: Date;
  tables: unknown;
  dictionary: unknown;
}

export async function insertRelease(db: Db, release: NewRelease): Promise<NationalReleaseRow> {
  return db
    .insertInto('national_release')
    .values({
      ...release,
      tables: JSON.stringify(release.tables),
      dictionary: JSON.stringify(release.dictionary),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Release metadata, newest first, with the number of cells (not the tables). */
export async function listReleases(db: Db) {
  return db
    .selectFrom('national_release')
    .select(['id', 'quarter', 'corrects_id', 'k', 'licence', 'published_at'])
    .select((eb) => eb.fn<number>('jsonb_array_length', [eb.ref('tables')]).as('cells'))
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findRelease(db: Db, id: string): Promise<NationalReleaseRow | undefined> {
  return db.selectFrom('national_release').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function latestRelease(db: Db): Promise<NationalReleaseRow | undefined> {
  return db
    .selectFrom('national_release')
    .selectAll()
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function releaseExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('national_release')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
