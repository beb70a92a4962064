import type { Db } from '../../db/database';

/** What other parts may know of a person: never credentials. */
export interface PersonSummary {
  id: string;
  display_name: string;
  email: string;
}

export async function findPersonByEmail(db: Db, email: string) {
  return db
    .selectFrom('person')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertPerson(
  db: Db,
  values: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    isPlatformAdmin?: boolean;
  },
) {
  return db
    .insertInto('person')
    .values({
      email: values.email.toLowerCase(),
      display_name: values.displayName,
      password_hash: values.passwordHash,
      totp_secret_enc: null,
      locked_until: null,
      is_platform_admin: values.isPlatformAdmin ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setLocale(db: Db, personId: string, locale: 'nl' | 'en') {
  await db.updateTable('person').set({ locale }).where('id', '=', personId).execute();
}

export async function findPerson(db: Db, personId: string): Promise<PersonSummary | undefined> {
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/**
 * The people with these ids, iterated in display-name order as the database collates it, so
 * callers that list rows by name order them exactly as an `ORDER BY display_name` did.
 */
export async function peopleByIds(
  db: Db,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, PersonSummary>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('person')
    .select(['id', 'display_name', 'email'])
    .where('id', 'in', wanted)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Display names by person id (people not found are left out). */
export async function displayNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const people = await peopleByIds(db, ids);
  return new Map([...people.values()].map((p) => [p.id, p.display_name]));
}
