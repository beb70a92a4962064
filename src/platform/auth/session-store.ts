import type { Db } from '../../db/database';
import type { Actor, MembershipSummary } from './actor';
import { isRole, type Role } from './roles';
import { newSecret, sha256 } from './tokens';

/** Sessions end after this long without use… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'weerbaar_session';

export async function createSession(
  db: Db,
  personId: string,
  method: 'local' | 'oidc',
): Promise<{ token: string; csrfToken: string }> {
  const token = newSecret('wbs');
  const csrfToken = newSecret('wbc', 24);
  await db
    .insertInto('session')
    .values({
      id_hash: sha256(token),
      person_id: personId,
      csrf_token: csrfToken,
      auth_method: method,
      expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS),
    })
    .execute();
  return { token, csrfToken };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', sha256(token)).execute();
}

export async function loadMemberships(db: Db, personId: string): Promise<MembershipSummary[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisation_id')
    .select([
      'organisation.id as organisationId',
      'organisation.code',
      'organisation.name',
      'organisation.type',
      'membership.role',
    ])
    .where('membership.person_id', '=', personId)
    .orderBy('organisation.name')
    .execute();
  const byOrg = new Map<string, MembershipSummary>();
  for (const row of rows) {
    let m = byOrg.get(row.organisationId);
    if (!m) {
      m = {
        organisationId: row.organisationId,
        code: row.code,
        name: row.name,
        type: row.type,
        roles: [],
      };
      byOrg.set(row.organisationId, m);
    }
    if (isRole(row.role)) m.roles.push(row.role as Role);
  }
  return [...byOrg.values()];
}

/** Resolve a session cookie to an actor; expired or idle sessions are removed. */
export async function resolveSession(db: Db, token: string): Promise<Actor | null> {
  const idHash = sha256(token);
  const row = await db
    .selectFrom('session')
    .innerJoin('person', 'person.id', 'session.person_id')
    .select([
      'session.person_id',
      'session.csrf_token',
      'session.expires_at',
      'session.last_seen_at',
      'person.display_name',
      'person.email',
      'person.locale',
      'person.is_platform_admin',
    ])
    .where('session.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (
    new Date(row.expires_at).getTime() < now ||
    new Date(row.last_seen_at).getTime() + SESSION_IDLE_MS < now
  ) {
    await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
    return null;
  }
  // Touch at most once a minute: saves a write per request.
  if (new Date(row.last_seen_at).getTime() + 60_000 < now) {
    await db
      .updateTable('session')
      .set({ last_seen_at: new Date() })
      .where('id_hash', '=', idHash)
      .execute();
  }
  return {
    type: 'person',
    personId: row.person_id,
    displayName: row.display_name,
    email: row.email,
    locale: row.locale,
    isPlatformAdmin: row.is_platform_admin,
    memberships: await loadMemberships(db, row.person_id),
    csrfToken: row.csrf_token,
    sessionIdHash: idHash,
  };
}
