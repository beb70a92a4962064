import type { Db } from '../../db/database';
import type { Actor, MembershipSummary } from './actor';
import { isRole, type Role } from './roles';
import { newSecret, sha256 } from './tokens';

/** Sessions end after this long without use… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'weerbaar_session';

/**
 * Open a session. An OIDC session is restricted to the organisation whose IdP
 * vouched for the person (`organisationId`); `secondFactor` records that the
 * login included TOTP, which platform administration requires (ADR 0021).
 */
export async function createSession(
  db: Db,
  personId: string,
  method: 'local' | 'oidc',
  options: { organisationId?: string; secondFactor?: boolean; device?: string | null } = {},
): Promise<{ token: string; csrfToken: string }> {
  if (method === 'oidc' && !options.organisationId) {
    throw new Error('An OIDC session must be restricted to its organisation');
  }
  const token = newSecret('wbs');
  const csrfToken = newSecret('wbc', 24);
  await db
    .insertInto('session')
    .values({
      id_hash: sha256(token),
      person_id: personId,
      csrf_token: csrfToken,
      auth_method: method,
      organisation_id: options.organisationId ?? null,
      second_factor: options.secondFactor ?? false,
      device: options.device ?? null,
      expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS),
    })
    .execute();
  await db
    .updateTable('person')
    .set({ last_sign_in_at: new Date() })
    .where('id', '=', personId)
    .execute();
  return { token, csrfToken };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', sha256(token)).execute();
}

/** The person's memberships; with `onlyOrganisationId`, only the one in that organisation. */
export async function loadMemberships(
  db: Db,
  personId: string,
  onlyOrganisationId: string | null = null,
): Promise<MembershipSummary[]> {
  let query = db
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
    // No rights in a deactivated organisation (ADR 0034); memberships elsewhere stay.
    .where('organisation.deactivated_at', 'is', null)
    // A deactivated membership carries no rights: sign-in to that organisation is refused.
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
    .orderBy('organisation.name');
  if (onlyOrganisationId)
    query = query.where('membership.organisation_id', '=', onlyOrganisationId);
  const rows = await query.execute();
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
      'session.auth_method',
      'session.organisation_id',
      'session.second_factor',
      'person.display_name',
      'person.email',
      'person.locale',
      'person.is_platform_admin',
      'person.totp_enabled',
    ])
    .where('session.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (
    // An OIDC session from before sessions were restricted to their organisation: sign in again.
    (row.auth_method === 'oidc' && !row.organisation_id) ||
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
  const platformAdmin = platformAdminRights(row);
  return {
    type: 'person',
    personId: row.person_id,
    displayName: row.display_name,
    email: row.email,
    locale: row.locale,
    isPlatformAdmin: platformAdmin === 'granted',
    platformAdminNeedsSecondFactor: platformAdmin === 'needs_second_factor',
    memberships: await loadMemberships(db, row.person_id, row.organisation_id),
    sessionOrganisationId: row.organisation_id,
    csrfToken: row.csrf_token,
    sessionIdHash: idHash,
  };
}

/**
 * Platform-admin rights come only from a local session that used TOTP, of a
 * person who is a platform admin and still has TOTP enabled. A session from an
 * organisation's IdP never carries them, whoever it belongs to (ADR 0021).
 */
export function platformAdminRights(session: {
  is_platform_admin: boolean;
  auth_method: 'local' | 'oidc';
  organisation_id: string | null;
  second_factor: boolean;
  totp_enabled: boolean;
}): 'granted' | 'needs_second_factor' | 'none' {
  if (!session.is_platform_admin || session.auth_method !== 'local' || session.organisation_id) {
    return 'none';
  }
  return session.second_factor && session.totp_enabled ? 'granted' : 'needs_second_factor';
}

/** The person's open sessions, most recently used first (for "Mijn account"). */
export async function listSessions(db: Db, personId: string) {
  return db
    .selectFrom('session')
    .select(['id_hash', 'auth_method', 'device', 'created_at', 'last_seen_at', 'expires_at'])
    .where('person_id', '=', personId)
    .where('expires_at', '>', new Date())
    .where('last_seen_at', '>', new Date(Date.now() - SESSION_IDLE_MS))
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** End one session of the person; answers whether there was one. */
export async function endSession(db: Db, personId: string, idHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('session')
    .where('person_id', '=', personId)
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** End every session restricted to an organisation (its IdP's sessions, when it is deactivated). */
export async function endOrganisationSessions(db: Db, organisationId: string): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
