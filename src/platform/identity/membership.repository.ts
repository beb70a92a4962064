import type { Db } from '../../db/database';
import type { Role } from '../auth/roles';

/** One row per membership, with when the person last signed in and, if so, since when deactivated. */
export async function listMembers(db: Db, organisationId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .leftJoin('membership_status as ms', (join) =>
      join
        .onRef('ms.organisation_id', '=', 'membership.organisation_id')
        .onRef('ms.person_id', '=', 'membership.person_id'),
    )
    .select([
      'person.id as personId',
      'person.display_name',
      'person.email',
      'person.last_sign_in_at',
      'membership.role',
      'ms.deactivated_at',
    ])
    .where('membership.organisation_id', '=', organisationId)
    .orderBy('person.display_name')
    .execute();
}

/** One row per membership with one of `roles`, ordered by display name. */
export async function membersWithRoles(db: Db, organisationId: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id', 'person.display_name', 'person.email', 'membership.role'])
    .where('membership.organisation_id', '=', organisationId)
    .where('membership.role', 'in', [...roles])
    .orderBy('person.display_name')
    .execute();
}

/** Every member once (any role), with their name, ordered by display name. */
export async function memberNames(db: Db, organisationId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id', 'person.display_name'])
    .distinct()
    .where('membership.organisation_id', '=', organisationId)
    .orderBy('person.display_name')
    .execute();
}

/** The memberships of the member with this address (one row per role; none for a non-member). */
export async function membershipsByEmail(db: Db, organisationId: string, email: string) {
  return (
    db
      .selectFrom('membership')
      .innerJoin('person', 'person.id', 'membership.person_id')
      .select(['person.id', 'person.display_name', 'person.email', 'membership.role'])
      .where('membership.organisation_id', '=', organisationId)
      // person.email is stored lower-case (a check constraint holds it).
      .where('person.email', '=', email.toLowerCase())
      .execute()
  );
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

/** Person ids among `ids` that are members of the organisation (any role). */
export async function membersAmong(db: Db, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('membership')
    .select(['person_id'])
    .distinct()
    .where('organisation_id', '=', organisationId)
    .where('person_id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.person_id));
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

/** Administrators of the organisation who are not deactivated. */
export async function countAdmins(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'org_admin')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('membership_status as ms')
            .select('ms.person_id')
            .whereRef('ms.organisation_id', '=', 'membership.organisation_id')
            .whereRef('ms.person_id', '=', 'membership.person_id'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isMember(db: Db, organisationId: string, personId: string) {
  const row = await db
    .selectFrom('membership')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Whether every membership of the person is in a deactivated organisation (and there is at
 * least one): such a person has nowhere left to work and is refused at sign-in (ADR 0034).
 */
export async function onlyDeactivatedMemberships(db: Db, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisation_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('organisation.deactivated_at').as('deactivated'),
    ])
    .where('membership.person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.total) > 0 && Number(row.total) === Number(row.deactivated);
}

/** Since when the member is deactivated in the organisation, or null when active. */
export async function deactivatedSince(db: Db, organisationId: string, personId: string) {
  const row = await db
    .selectFrom('membership_status')
    .select('deactivated_at')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row ? new Date(row.deactivated_at) : null;
}

/** Deactivate (true) or reactivate (false) a member; their roles stay as they are. */
export async function setDeactivated(
  db: Db,
  organisationId: string,
  personId: string,
  deactivated: boolean,
) {
  if (deactivated) {
    await db
      .insertInto('membership_status')
      .values({ organisation_id: organisationId, person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('membership_status')
      .where('organisation_id', '=', organisationId)
      .where('person_id', '=', personId)
      .execute();
  }
}

/** Remove a person from the organisation: their roles and status go; the person's account stays. */
export async function removeMember(db: Db, organisationId: string, personId: string) {
  await setDeactivated(db, organisationId, personId, false);
  await replaceRoles(db, organisationId, personId, []);
}
