import type { Db } from '../../db/database';
import type { Actor } from './actor';
import { isRole, type Role } from './roles';
import { sha256 } from './tokens';

export type ApiTokenActor = Extract<Actor, { type: 'api_token' }>;

/**
 * How long a verified API token is trusted without reading it again (ADR 0014).
 * Revocation through this process takes effect at once; another instance of the
 * application notices it within this time.
 */
export const API_TOKEN_TRUST_MS = 10_000;
/** Tokens trusted at once per database; past this the cache starts over. */
const MAX_TRUSTED = 10_000;
/** `last_used_at` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface Trusted {
  actor: ApiTokenActor;
  /** Trusted until this time (epoch ms); then the token is read again. */
  until: number;
  /** The token's own expiry, checked on every use. */
  expiresAt: number | null;
}

/**
 * Per database (a process can serve several, as the tests do), keyed by the token's
 * SHA-256: the cache holds no usable secret, exactly like the api_token table.
 */
const trustedByDb = new WeakMap<Db, Map<string, Trusted>>();

function trustedFor(db: Db): Map<string, Trusted> {
  let trusted = trustedByDb.get(db);
  if (!trusted) {
    trusted = new Map();
    trustedByDb.set(db, trusted);
  }
  return trusted;
}

/** Resolve an API token (`Authorization: Bearer wbt_…`) to an actor, or null. */
export async function resolveApiToken(
  db: Db,
  token: string,
  now = Date.now(),
): Promise<ApiTokenActor | null> {
  const hash = sha256(token);
  const trusted = trustedFor(db);
  const hit = trusted.get(hash);
  if (hit && hit.until > now) {
    if (hit.expiresAt !== null && hit.expiresAt < now) {
      trusted.delete(hash);
      return null;
    }
    return hit.actor;
  }
  trusted.delete(hash);

  const row = await db
    .selectFrom('api_token')
    .innerJoin('organisation', 'organisation.id', 'api_token.organisation_id')
    .select([
      'api_token.id',
      'api_token.organisation_id',
      'api_token.role',
      'api_token.expires_at',
      'api_token.revoked_at',
      'api_token.last_used_at',
      'organisation.code',
      'organisation.type',
    ])
    .where('api_token.token_hash', '=', hash)
    // A deactivated organisation's tokens are refused (its data is kept).
    .where('organisation.deactivated_at', 'is', null)
    .executeTakeFirst();
  const expiresAt = row?.expires_at ? new Date(row.expires_at).getTime() : null;
  if (!row || row.revoked_at || (expiresAt !== null && expiresAt < now) || !isRole(row.role)) {
    return null;
  }
  if (!row.last_used_at || new Date(row.last_used_at).getTime() + LAST_USED_RESOLUTION_MS < now) {
    await db
      .updateTable('api_token')
      .set({ last_used_at: new Date(now) })
      .where('organisation_id', '=', row.organisation_id)
      .where('id', '=', row.id)
      .execute();
  }
  const actor: ApiTokenActor = {
    type: 'api_token',
    tokenId: row.id,
    organisationId: row.organisation_id,
    organisationCode: row.code,
    organisationType: row.type,
    role: row.role,
  };
  if (trusted.size >= MAX_TRUSTED) trusted.clear();
  trusted.set(hash, { actor, until: now + API_TOKEN_TRUST_MS, expiresAt });
  return actor;
}

/** Stop trusting a token in this process at once (after revoking it). */
export function forgetApiToken(db: Db, tokenId: string): void {
  const trusted = trustedByDb.get(db);
  if (!trusted) return;
  for (const [hash, entry] of trusted) {
    if (entry.actor.tokenId === tokenId) trusted.delete(hash);
  }
}

/** Stop trusting every token of an organisation in this process at once (after deactivating it). */
export function forgetOrganisationTokens(db: Db, organisationId: string): void {
  const trusted = trustedByDb.get(db);
  if (!trusted) return;
  for (const [hash, entry] of trusted) {
    if (entry.actor.organisationId === organisationId) trusted.delete(hash);
  }
}

// The organisations module's admin routes create, list and revoke tokens through these.

/** An organisation's tokens, newest first, without their hashes. */
export async function listTokens(db: Db, organisationId: string) {
  return db
    .selectFrom('api_token')
    .select(['id', 'name', 'role', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Store a new token by its hash; answers the fields shown to the admin. */
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

/** Revoke a token of the organisation unless it is revoked already. */
export async function revokeToken(db: Db, organisationId: string, tokenId: string) {
  return db
    .updateTable('api_token')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
