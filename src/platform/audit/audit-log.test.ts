import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { buildOrganisation } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { type AuditEntry, appendAudit, verifyAudit } from './audit-log';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
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
}

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    const org = await buildOrganisation(h.db);
    await chainOf(org.id, 5);
    const result = await verifyAudit(h.db);
    expect(result.breaks).toEqual([]);
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
    const result = await verifyAudit(h.db);
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
    const result = await verifyAudit(h.db);
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
    const result = await verifyAudit(h.db);
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
    const rows = await h.db
      .selectFrom('audit_event')
      .select('seq')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
