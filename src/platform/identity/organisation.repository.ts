import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { OrganisationType } from './identity.tables';

export async function findOrganisation(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation')
    .selectAll()
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

export async function findOrganisationByCode(db: Db, code: string) {
  return db.selectFrom('organisation').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listOrganisations(db: Db) {
  return db
    .selectFrom('organisation')
    .select(['code', 'name', 'type'])
    .orderBy('type')
    .orderBy('name')
    .execute();
}

export async function insertOrganisation(
  db: Db,
  values: { type: OrganisationType; code: string; name: string; theme?: Record<string, string> },
) {
  return db
    .insertInto('organisation')
    .values({ ...values, theme: JSON.stringify(values.theme ?? {}) as never })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateTheme(db: Db, organisationId: string, theme: Record<string, string>) {
  return db
    .updateTable('organisation')
    .set({ theme: JSON.stringify(theme) as never })
    .where('id', '=', organisationId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function organisationName(db: Db, organisationId: string) {
  const row = await db
    .selectFrom('organisation')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.name;
}

/** Ids of the organisations whose code, lower-cased, is `tag` (codes are case-sensitive). */
export async function organisationIdsByCodeTag(db: Db, tag: string) {
  const rows = await db
    .selectFrom('organisation')
    .select('id')
    .where(sql<string>`lower(code)`, '=', tag)
    .execute();
  return rows.map((r) => r.id);
}

export async function organisationIdsOfType(db: Db, type: OrganisationType) {
  const rows = await db.selectFrom('organisation').select('id').where('type', '=', type).execute();
  return rows.map((r) => r.id);
}

export async function renameOrganisation(db: Db, organisationId: string, name: string) {
  await db.updateTable('organisation').set({ name }).where('id', '=', organisationId).execute();
}
