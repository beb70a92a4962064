import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { buildOrganisation } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { KeyRing } from '../crypto/keyring';
import { generateMasterKey } from '../crypto/master-key';
import { AuditKeys } from './audit-key';
import {
  type AuditEntry,
  appendAudit,
  sealAudit,
  type VerifyResult,
  verifyAudit,
} from './audit-log';

let h: DatabaseHandle;
let keys: AuditKeys;
beforeAll(async () => {
  h = await createTestDatabase();
  keys = await AuditKeys.load(h.db, new KeyRing(generateMasterKey()));
});
afterAll(async () => h?.close());

const entry = (organisationId: string, action: string): AuditEntry => ({
  organisationId,
  actorType: 'person',
  actorId: 'p1',
  action,
  objectType: 'report',
  objectId: 'r1',
  result: 'success',
  origin: 'web:req-1',
});

async function chainOf(orgId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await h.db.transaction().execute((trx) => appendAudit(trx, entry(orgId, `report.read.${i}`)));
  }
  await sealAudit(h.db, keys);
}

/** Other tests in this file break their chains on purpose; look at one organisation's. */
const breaksOf = (result: VerifyResult, orgId: string) =>
  result.breaks.filter((b) => b.organisationId === orgId);

const chainRows = (orgId: string) =>
  h.db
    .selectFrom('audit_event')
    .select(['id', 'seq', 'action', 'prev_hash', 'hash'])
    .where('organisation_id', '=', orgId)
    .orderBy('id')
    .execute();

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 5);
    const result = await verifyAudit(h.db, keys);
    expect(breaksOf(result, org.id)).toEqual([]);
    expect(result.events).toBeGreaterThanOrEqual(5);
  });

  it('refuses updates and deletes through the database', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 1);
    await expect(
      sql`update audit_event set action = 'x' where organisation_id = ${org.id}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from audit_event where organisation_id = ${org.id}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
  });

  it('reports the first broken link when someone with database rights alters a row', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 6);
    await h.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
      await sql`update audit_event set actor_id = 'someone-else' where organisation_id = ${org.id} and seq = 3`.execute(
        trx,
      );
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
    });
    const result = await verifyAudit(h.db, keys);
    expect(result.breaks).toContainEqual({
      organisationId: org.id,
      seq: 3,
      reason: 'hash_mismatch',
    });
  });

  it('reports a removed row as a missing link', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 6);
    await h.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
      await sql`delete from audit_event where organisation_id = ${org.id} and seq = 4`.execute(trx);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
    });
    const result = await verifyAudit(h.db, keys);
    expect(result.breaks).toContainEqual({
      organisationId: org.id,
      seq: 4,
      reason: 'missing_event',
    });
  });

  it('reports a truncated tail against the chain head', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 3);
    await h.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
      await sql`delete from audit_event where organisation_id = ${org.id} and seq = 3`.execute(trx);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
    });
    const result = await verifyAudit(h.db, keys);
    expect(result.breaks).toContainEqual({
      organisationId: org.id,
      seq: 3,
      reason: 'head_mismatch',
    });
  });

  it('rolls the audit entry back with the work it records', async () => {
    const org = await buildOrganisation(h.db);
    await expect(
      h.db.transaction().execute(async (trx) => {
        await appendAudit(trx, entry(org.id, 'report.create'));
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(await chainRows(org.id)).toEqual([]);
  });

  it('writes events without a lock and seals concurrent ones into one gapless chain', async () => {
    const org = await buildOrganisation(h.db);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        h.db.transaction().execute((trx) => appendAudit(trx, entry(org.id, `report.create.${i}`))),
      ),
    );
    const before = await chainRows(org.id);
    expect(before).toHaveLength(40);
    expect(before.every((r) => r.seq === null && r.hash === null)).toBe(true);
    expect((await verifyAudit(h.db, keys)).pending).toBeGreaterThanOrEqual(40);

    expect(await sealAudit(h.db, keys)).toBeGreaterThanOrEqual(40);
    const after = await chainRows(org.id);
    expect(after.map((r) => Number(r.seq))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (let i = 1; i < after.length; i++) expect(after[i]!.prev_hash).toBe(after[i - 1]!.hash);
    const result = await verifyAudit(h.db, keys);
    expect(result.pending).toBe(0);
    expect(breaksOf(result, org.id)).toEqual([]);
  });

  it('continues a sealed chain where it ended', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 3);
    await chainOf(org.id, 2);
    const rows = await chainRows(org.id);
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(rows[3]!.prev_hash).toBe(rows[2]!.hash);
    expect(breaksOf(await verifyAudit(h.db, keys), org.id)).toEqual([]);
  });

  it('allows sealing an event once and nothing else, not even before it is sealed', async () => {
    const org = await buildOrganisation(h.db);
    await h.db.transaction().execute((trx) => appendAudit(trx, entry(org.id, 'report.read')));
    await expect(
      sql`update audit_event set action = 'x' where organisation_id = ${org.id}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set action = 'x', seq = 1, prev_hash = 'a', hash = 'b' where organisation_id = ${org.id}`.execute(
        h.db,
      ),
    ).rejects.toThrow(/append-only/);
    await sealAudit(h.db, keys);
    await expect(
      sql`update audit_event set hash = 'c' where organisation_id = ${org.id}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
  });
});
