import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { buildOrganisation } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { KeyRing } from '../crypto/keyring';
import { generateMasterKey } from '../crypto/master-key';
import { GENESIS_HASH, plainLink } from './audit-chain';
import { AuditKeys } from './audit-key';
import { appendAudit, ensureRekeyed, sealAudit, verifyAudit } from './audit-log';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

/** A chain as sealed before ADR 0019: plain SHA-256 links, inserted as they stood. */
async function legacyChain(organisationId: string, n: number) {
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      organisation_id: organisationId,
      seq,
      at: new Date(Date.UTC(2026, 10, 1, 9, seq)).toISOString(),
      actor_type: 'person',
      actor_id: `p${seq}`,
      action: 'report.read',
      object_type: 'report',
      object_id: `r${seq}`,
      result: 'success',
      origin: 'web',
      prev_hash: prev,
    };
    const hash = plainLink(fields);
    await h.db
      .insertInto('audit_event')
      .values({ ...fields, at: new Date(fields.at), hash })
      .execute();
    prev = hash;
  }
  await h.db
    .insertInto('audit_chain')
    .values({ organisation_id: organisationId, last_seq: n, last_hash: prev })
    .execute();
  // The migration marks a database that had chains as pending re-keying.
  await h.db
    .insertInto('audit_rekey_pending')
    .defaultValues()
    .onConflict((oc) => oc.doNothing())
    .execute();
}

describe('re-keying chains sealed with plain SHA-256', () => {
  it('verifies the old chain, re-seals it under the key once, and records a chain that was already broken', async () => {
    const intact = await buildOrganisation(h.db);
    const broken = await buildOrganisation(h.db);
    await legacyChain(intact.id, 4);
    await legacyChain(broken.id, 4);
    await sql`alter table audit_event disable trigger audit_event_no_update`.execute(h.db);
    await sql`update audit_event set actor_id = 'forged' where organisation_id = ${broken.id} and seq = 2`.execute(
      h.db,
    );
    await sql`alter table audit_event enable trigger audit_event_no_update`.execute(h.db);
    const before = await h.db
      .selectFrom('audit_event')
      .select('hash')
      .where('organisation_id', '=', intact.id)
      .orderBy('seq')
      .execute();

    const keys = await AuditKeys.load(h.db, new KeyRing(generateMasterKey()));
    const rekeyed = await ensureRekeyed(h.db, keys);
    expect(rekeyed).toContainEqual({ organisationId: intact.id, events: 4, brokenAt: null });
    expect(rekeyed).toContainEqual({ organisationId: broken.id, events: 4, brokenAt: 2 });
    await sealAudit(h.db, keys);

    const after = await h.db
      .selectFrom('audit_event')
      .select(['hash', 'action', 'result', 'object_id'])
      .where('organisation_id', '=', broken.id)
      .orderBy('seq')
      .execute();
    // The old break survives re-keying as a keyed event of its own.
    expect(after[4]).toMatchObject({
      action: 'audit.chain_rekeyed',
      result: 'failure',
      object_id: 'seq:2',
    });
    const relinked = await h.db
      .selectFrom('audit_event')
      .select('hash')
      .where('organisation_id', '=', intact.id)
      .orderBy('seq')
      .limit(4)
      .execute();
    expect(relinked.map((r) => r.hash)).not.toEqual(before.map((r) => r.hash));
    const result = await verifyAudit(h.db, keys);
    expect(result.breaks.filter((b) => [intact.id, broken.id].includes(b.organisationId))).toEqual(
      [],
    );

    // Once done, sealed links can no longer be rewritten, and a second run does nothing.
    await expect(
      sql`update audit_event set hash = 'x' where organisation_id = ${intact.id} and seq = 1`.execute(
        h.db,
      ),
    ).rejects.toThrow(/append-only/);
    const again = await AuditKeys.load(h.db, new KeyRing(generateMasterKey())).catch(() => null);
    expect(again).toBeNull(); // another master key cannot open the audit key
  });

  it('keeps the audit key through a master-key rewrap', async () => {
    // A database of its own: the audit key above belongs to another master key.
    const own = await createTestDatabase();
    const db = own.db;
    const org = await buildOrganisation(db);
    const first = generateMasterKey();
    const ring = new KeyRing(first);
    const keys = await AuditKeys.load(db, ring);
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        organisationId: org.id,
        actorType: 'system',
        actorId: null,
        action: 'test.rewrap',
        objectType: 'x',
        objectId: null,
        result: 'success',
        origin: 'job',
      }),
    );
    await sealAudit(db, keys);
    const next = generateMasterKey();
    await db.transaction().execute((trx) => ring.rewrapAll(trx, next));
    const reloaded = await AuditKeys.load(db, new KeyRing(next));
    const result = await verifyAudit(db, reloaded);
    expect(result.breaks.filter((b) => b.organisationId === org.id)).toEqual([]);
    expect(reloaded.publicKeyPem).toBe(keys.publicKeyPem);
    await own.close();
  });
});
