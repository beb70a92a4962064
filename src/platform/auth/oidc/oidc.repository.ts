import type { Db } from '../../../db/database';
import { addRoles, isMember } from '../../identity';
import type { Role } from '../roles';

// Every function takes the pool or, inside a transaction, the transaction.

export type OidcConfigRow = {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret_enc: string | null;
  scopes: string;
  enabled: boolean;
  default_role: string;
};

/** Enabled IdPs with their organisation, for the login page. */
export async function listEnabledProviders(db: Db) {
  return db
    .selectFrom('oidc_config')
    .innerJoin('organisation', 'organisation.id', 'oidc_config.organisation_id')
    .select(['organisation.code', 'organisation.name'])
    .where('oidc_config.enabled', '=', true)
    .where('organisation.deactivated_at', 'is', null)
    .orderBy('organisation.name')
    .execute();
}

export async function findEnabledConfigByCode(db: Db, organisationCode: string) {
  return db
    .selectFrom('oidc_config')
    .innerJoin('organisation', 'organisation.id', 'oidc_config.organisation_id')
    .selectAll('oidc_config')
    .where('organisation.code', '=', organisationCode)
    .where('oidc_config.enabled', '=', true)
    .where('organisation.deactivated_at', 'is', null)
    .executeTakeFirst();
}

export async function findConfig(
  db: Db,
  organisationId: string,
): Promise<OidcConfigRow | undefined> {
  return db
    .selectFrom('oidc_config')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertConfig(db: Db, row: OidcConfigRow): Promise<OidcConfigRow> {
  const { organisation_id: _, ...changes } = row;
  return db
    .insertInto('oidc_config')
    .values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertLoginState(
  db: Db,
  values: {
    stateHash: string;
    organisationId: string;
    codeVerifier: string;
    nonce: string;
    returnTo: string;
    expiresAt: Date;
  },
) {
  await db
    .insertInto('oidc_login_state')
    .values({
      state: values.stateHash,
      organisation_id: values.organisationId,
      code_verifier: values.codeVerifier,
      nonce: values.nonce,
      return_to: values.returnTo,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** Take a login state out of the table: a second callback with the same state finds nothing. */
export async function consumeLoginState(db: Db, stateHash: string) {
  return db
    .deleteFrom('oidc_login_state')
    .where('state', '=', stateHash)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteExpiredLoginStates(db: Db, now: Date) {
  await db.deleteFrom('oidc_login_state').where('expires_at', '<', now).execute();
}

/** The person linked to (issuer, subject) and whether they hold any role in the organisation. */
export async function findLinkedPerson(
  db: Db,
  issuer: string,
  subject: string,
  organisationId: string,
) {
  const row = await db
    .selectFrom('oidc_identity')
    .innerJoin('person', 'person.id', 'oidc_identity.person_id')
    .select(['oidc_identity.person_id', 'person.email'])
    .where('oidc_identity.issuer', '=', issuer)
    .where('oidc_identity.subject', '=', subject)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.person_id,
    email: row.email,
    isMember: await isMember(db, organisationId, row.person_id),
  };
}

/** The e-mail domains the platform admin verified for the organisation, sorted. */
export async function listVerifiedDomains(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_domain')
    .select('domain')
    .where('organisation_id', '=', organisationId)
    .orderBy('domain')
    .execute();
  return rows.map((r) => r.domain);
}

/** Replace the organisation's verified domains with this list. */
export async function replaceVerifiedDomains(
  db: Db,
  organisationId: string,
  domains: readonly string[],
) {
  await db
    .deleteFrom('organisation_domain')
    .where('organisation_id', '=', organisationId)
    .execute();
  if (domains.length === 0) return;
  await db
    .insertInto('organisation_domain')
    .values(domains.map((domain) => ({ organisation_id: organisationId, domain })))
    .execute();
}

/** The person with this address and whether they hold any role in the organisation. */
export async function findPersonByEmailIn(db: Db, email: string, organisationId: string) {
  const person = await db
    .selectFrom('person')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (!person) return null;
  return { id: person.id, isMember: await isMember(db, organisationId, person.id) };
}

export async function insertOidcPerson(db: Db, email: string, displayName: string) {
  const row = await db
    .insertInto('person')
    .values({
      email,
      display_name: displayName,
      password_hash: null,
      totp_secret_enc: null,
      locked_until: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function linkIdentity(db: Db, issuer: string, subject: string, personId: string) {
  await db.insertInto('oidc_identity').values({ issuer, subject, person_id: personId }).execute();
}

export async function grantRole(db: Db, organisationId: string, personId: string, role: Role) {
  await addRoles(db, organisationId, personId, [role]);
}
