import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import { hashPassword } from '../platform/auth/local-login';
import type { Role } from '../platform/auth/roles';
import { createSession, SESSION_COOKIE } from '../platform/auth/session-store';
import { newSecret, sha256 } from '../platform/auth/tokens';
import type { OrganisationType } from '../platform/identity';
import { addRoles, insertOrganisation, insertPerson } from '../platform/identity';

const unique = () => randomBytes(4).toString('hex');

/** A new organisation with a unique code; tests never share one, so no cleanup is needed. */
export async function buildOrganisation(
  db: Db,
  overrides: { type?: OrganisationType; name?: string; code?: string } = {},
) {
  const id = unique();
  return insertOrganisation(db, {
    type: overrides.type ?? 'gemeente',
    code: overrides.code ?? `GMT${id}`,
    name: overrides.name ?? `Testgemeente ${id}`,
  });
}

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  /** Headers for a logged-in cookie session, CSRF token included. */
  headers: Record<string, string>;
}

/** A person with roles in one organisation and a live session. */
export async function buildPerson(
  db: Db,
  organisationId: string | null,
  roles: Role[] = ['reporter'],
  overrides: { password?: string; platformAdmin?: boolean; displayName?: string } = {},
): Promise<TestPerson> {
  const password = overrides.password ?? `pw-${unique()}-${unique()}`;
  const email = `p${unique()}@test.weerbaar.nl`;
  const person = await insertPerson(db, {
    email,
    displayName: overrides.displayName ?? `Test Persoon ${unique()}`,
    passwordHash: await hashPassword(password),
    isPlatformAdmin: overrides.platformAdmin,
  });
  if (organisationId && roles.length > 0) await addRoles(db, organisationId, person.id, roles);
  const session = await createSession(db, person.id, 'local');
  return {
    id: person.id,
    email,
    password,
    headers: { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken },
  };
}

/**
 * A platform admin as after a login with password + TOTP: TOTP enabled and a
 * session that used it, so platform-admin routes accept the session.
 */
export async function buildPlatformAdmin(
  db: Db,
  organisationId: string | null = null,
  roles: Role[] = [],
): Promise<TestPerson> {
  const admin = await buildPerson(db, organisationId, roles, { platformAdmin: true });
  await db.updateTable('person').set({ totp_enabled: true }).where('id', '=', admin.id).execute();
  const session = await createSession(db, admin.id, 'local', { secondFactor: true });
  return {
    ...admin,
    headers: { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken },
  };
}

/** An API token for one role in one organisation; returns the Authorization header. */
export async function buildApiToken(db: Db, organisationId: string, role: Role) {
  const token = newSecret('wbt');
  await db
    .insertInto('api_token')
    .values({
      organisation_id: organisationId,
      name: 'test',
      role,
      token_hash: sha256(token),
      created_by: null,
      expires_at: null,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  return { authorization: `Bearer ${token}` };
}
