import type { Db } from '../../db/database';
import type { Role } from '../../platform/auth/roles';
import type { OrganisationType } from './organisations.tables';

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

export async function listMembers(db: Db, organisationId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id as personId', 'person.display_name', 'person.email', 'membership.role'])
    .where('membership.organisation_id', '=', organisationId)
    .orderBy('person.display_name')
    .execute();
}

export async function memberRoles(
  db: Db,
  organisationId: string,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('membership')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
  return rows.map((r) => r.role);
}

export async function replaceRoles(
  db: Db,
  organisationId: string,
  personId: string,
  roles: readonly Role[],
) {
  await db
    .deleteFrom('membership')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
  if (roles.length > 0) {
    await db
      .insertInto('membership')
      .values(roles.map((role) => ({ organisation_id: organisationId, person_id: personId, role })))
      .execute();
  }
}

export async function addRoles(
  db: Db,
  organisationId: string,
  personId: string,
  roles: readonly Role[],
) {
  await db
    .insertInto('membership')
    .values(roles.map((role) => ({ organisation_id: organisationId, person_id: personId, role })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function countAdmins(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'org_admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listTokens(db: Db, organisationId: string) {
  return db
    .selectFrom('api_token')
    .select(['id', 'name', 'role', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function insertToken(
  db: Db,
  values: {
    organisationId: string;
    name: string;
    role: Role;
    tokenHash: string;
    createdBy: string | null;
    expiresAt: Date | null;
  },
) {
  return db
    .insertInto('api_token')
    .values({
      organisation_id: values.organisationId,
      name: values.name,
      role: values.role,
      token_hash: values.tokenHash,
      created_by: values.createdBy,
      expires_at: values.expiresAt,
      revoked_at: null,
      last_used_at: null,
    })
    .returning(['id', 'name', 'role', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

export async function revokeToken(db: Db, organisationId: string, tokenId: string) {
  return db
    .updateTable('api_token')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
