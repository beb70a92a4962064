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
    .select(['code', 'name', 'type', 'theme'])
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

/** Every organisation with its id, code, name and type (national statistics, in code order). */
export async function listOrganisationRefs(db: Db) {
  return db
    .selectFrom('organisation')
    .select(['id', 'code', 'name', 'type', 'settings'])
    .orderBy('code')
    .execute();
}
/** Every organisation with its status and member count, for the platform admin. */
export async function listOrganisationsForAdmin(db: Db) {
  return db
    .selectFrom('organisation')
    .leftJoin('membership', 'membership.organisation_id', 'organisation.id')
    .select((eb) => [
      'organisation.id',
      'organisation.type',
      'organisation.code',
      'organisation.name',
      'organisation.created_at',
      'organisation.deactivated_at',
      eb.fn.count<number>(sql`distinct membership.person_id`).as('members'),
    ])
    .groupBy('organisation.id')
    .orderBy('organisation.type')
    .orderBy('organisation.name')
    .execute();
}

/** Codes of all organisations on the platform (to mark the official list's entries present). */
export async function organisationCodes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('organisation').select('code').execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * Deactivate (`at` a time) or reactivate (`null`) an organisation; answers whether its state
 * changed (deactivating twice keeps the first time).
 */
export async function setOrganisationDeactivated(
  db: Db,
  organisationId: string,
  at: Date | null,
): Promise<boolean> {
  const result = await db
    .updateTable('organisation')
    .set({ deactivated_at: at })
    .where('id', '=', organisationId)
    .where('deactivated_at', at ? 'is' : 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function renameOrganisation(db: Db, organisationId: string, name: string) {
  await db.updateTable('organisation').set({ name }).where('id', '=', organisationId).execute();
}
