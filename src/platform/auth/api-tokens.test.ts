import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { buildOrganisation } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { API_TOKEN_TRUST_MS, forgetApiToken, resolveApiToken } from './api-tokens';
import { newSecret, sha256 } from './tokens';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function newToken(expiresAt: Date | null = null) {
  const org = await buildOrganisation(database.db);
  const token = newSecret('wbt');
  const { id } = await database.db
    .insertInto('api_token')
    .values({
      organisation_id: org.id,
      name: 'koppeling',
      role: 'reporter',
      token_hash: sha256(token),
      created_by: null,
      expires_at: expiresAt,
      revoked_at: null,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, id, org };
}

/** What another instance of the application does: revoke in the database only. */
const revokeElsewhere = (id: string) =>
  database.db
    .updateTable('api_token')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .execute();

describe('API token trust', () => {
  it('notices a revocation made by another instance within the trust period', async () => {
    const { token, id, org } = await newToken();
    const t0 = Date.now();
    const actor = await resolveApiToken(database.db, token, t0);
    expect(actor).toMatchObject({ type: 'api_token', tokenId: id, organisationId: org.id });
    await revokeElsewhere(id);
    expect(await resolveApiToken(database.db, token, t0 + 1_000)).toEqual(actor);
    expect(await resolveApiToken(database.db, token, t0 + API_TOKEN_TRUST_MS + 1)).toBeNull();
  });

  it('stops at once when this instance revokes the token', async () => {
    const { token, id } = await newToken();
    const t0 = Date.now();
    expect(await resolveApiToken(database.db, token, t0)).not.toBeNull();
    await revokeElsewhere(id);
    forgetApiToken(database.db, id);
    expect(await resolveApiToken(database.db, token, t0 + 1)).toBeNull();
  });

  it('honours the token expiry even while trusted', async () => {
    const t0 = Date.now();
    const { token } = await newToken(new Date(t0 + 2_000));
    expect(await resolveApiToken(database.db, token, t0)).not.toBeNull();
    expect(await resolveApiToken(database.db, token, t0 + 3_000)).toBeNull();
  });

  it('refuses unknown tokens and records last use at most once a minute', async () => {
    expect(await resolveApiToken(database.db, newSecret('wbt'))).toBeNull();
    const { token, id } = await newToken();
    const lastUsed = async () =>
      (
        await database.db
          .selectFrom('api_token')
          .select('last_used_at')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    const t0 = Date.now();
    await resolveApiToken(database.db, token, t0);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await resolveApiToken(database.db, token, t0 + API_TOKEN_TRUST_MS + 1);
    expect(await lastUsed()).toEqual(first);
  });
});
