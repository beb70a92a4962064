import { createHash, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRuntime } from '../../bootstrap';
import { runCli } from '../../cli';
import { loadConfig } from '../../config';
import type { Db } from '../../db/database';
import { CHECKPOINT_FOLDER, type Checkpoint, signedText } from './audit-checkpoint';
import { verifySignature } from './audit-key';
import { appendAudit } from './audit-log';

// Opening the embedded database on disk takes seconds on a busy machine; no assertion is on time.
const SLOW = 180_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-audit-verify-'));
const saved = { ...process.env };
const chain = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const INTACT = chain(1);
const EDITED = chain(2);
const DELETED = chain(3);
const RECOMPUTED = chain(4);
const TAIL_CUT = chain(5);

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'log')
    .mockImplementation((...args) => void lines.push(args.join(' ')));
  try {
    return { code: await fn(), out: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

/** What someone with database rights (but without the master key) can do: anything, triggers off. */
async function asDatabaseAdmin(db: Db, statements: (trx: Db) => Promise<void>) {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
    await statements(trx);
    await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
  });
}

/** The chain link as it was before ADR 0019: plain SHA-256, computable by anyone. */
function plainSha256(row: Record<string, unknown>, seq: number, prev: string): string {
  const canonical = JSON.stringify([
    row.organisation_id,
    seq,
    new Date(row.at as Date).toISOString(),
    row.actor_type,
    row.actor_id,
    row.action,
    row.object_type,
    row.object_id,
    row.result,
    row.origin,
    prev,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

let verify: { code: number; out: string };

beforeAll(async () => {
  process.env.WEERBAAR_DATA_DIR = dataDir;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
  const rt = await createRuntime(loadConfig());
  const chains = [INTACT, EDITED, DELETED, RECOMPUTED, TAIL_CUT];
  for (const organisationId of chains) {
    for (let i = 1; i <= 6; i++) {
      await rt.deps.db.transaction().execute((trx) =>
        appendAudit(trx, {
          organisationId,
          actorType: 'person',
          actorId: `person-${i}`,
          action: 'report.read',
          objectType: 'report',
          objectId: `r${i}`,
          result: 'success',
          origin: 'web',
        }),
      );
    }
  }
  // Seal and anchor every head (seq 6) in a signed checkpoint outside the database.
  await rt.auditSealer.runOnce('now');
  const db = rt.deps.db;
  await asDatabaseAdmin(db, async (trx) => {
    await sql`update audit_event set actor_id = 'someone-else'
      where organisation_id = ${EDITED} and seq = 3`.execute(trx);
    await sql`delete from audit_event where organisation_id = ${DELETED} and seq = 4`.execute(trx);

    // Delete seq 4, renumber the rest and recompute their links and the head, without the key.
    await sql`delete from audit_event where organisation_id = ${RECOMPUTED} and seq = 4`.execute(
      trx,
    );
    const rows = await trx
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', RECOMPUTED)
      .orderBy('seq')
      .execute();
    let prev = rows[2]!.hash!;
    for (const row of rows.slice(3)) {
      const seq = Number(row.seq) - 1;
      const hash = plainSha256(row, seq, prev);
      await sql`update audit_event set seq = ${seq}, prev_hash = ${prev}, hash = ${hash}
        where id = ${row.id}`.execute(trx);
      prev = hash;
    }
    await sql`update audit_chain set last_seq = 5, last_hash = ${prev}
      where organisation_id = ${RECOMPUTED}`.execute(trx);

    // Cut off the last two events and move the head back to seq 4: a consistent, shorter chain.
    await sql`delete from audit_event where organisation_id = ${TAIL_CUT} and seq > 4`.execute(trx);
    await sql`update audit_chain set last_seq = 4,
      last_hash = (select hash from audit_event where organisation_id = ${TAIL_CUT} and seq = 4)
      where organisation_id = ${TAIL_CUT}`.execute(trx);
  });
  await rt.close();
  verify = await capture(() => runCli(['audit', 'verify']));
}, SLOW);

afterAll(() => {
  process.env = saved;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('weerbaar audit verify against a database administrator', () => {
  it('exits non-zero', () => {
    expect(verify.code).toBe(1);
  });

  it('names the first bad event of an edited chain', () => {
    expect(verify.out).toContain(`chain ${EDITED}, first broken link at seq 3 (hash_mismatch`);
  });

  it('names the first bad event of a chain with a deleted event', () => {
    expect(verify.out).toContain(`chain ${DELETED}, first broken link at seq 4 (missing_event`);
  });

  it('names the first bad event when an event was deleted and the chain recomputed without the key', () => {
    expect(verify.out).toContain(`chain ${RECOMPUTED}, first broken link at seq 4 (hash_mismatch`);
  });

  it('names the first missing event when the tail was cut off after a checkpoint', () => {
    expect(verify.out).toContain(`chain ${TAIL_CUT}, first broken link at seq 5 (tail_cut`);
  });

  it('passes the intact chain', () => {
    expect(verify.out).not.toContain(`chain ${INTACT}`);
    expect(verify.out).toMatch(/5 chains, .* checked against 5 checkpoints/);
  });

  it('writes checkpoints a privacy officer can check with the public key alone', () => {
    const dir = path.join(dataDir, CHECKPOINT_FOLDER);
    const publicKey = createPublicKey(fs.readFileSync(path.join(dir, 'public-key.pem')));
    const line = fs.readFileSync(path.join(dir, `${INTACT}.jsonl`), 'utf8').trim();
    const checkpoint = JSON.parse(line) as Checkpoint;
    expect(checkpoint).toMatchObject({ chain: INTACT, seq: 6 });
    expect(verifySignature(publicKey, signedText(checkpoint), checkpoint.sig)).toBe(true);
    expect(verifySignature(publicKey, signedText({ ...checkpoint, seq: 4 }), checkpoint.sig)).toBe(
      false,
    );
  });

  it(
    'refuses a checkpoint whose signature does not hold',
    async () => {
      const file = path.join(dataDir, CHECKPOINT_FOLDER, `${INTACT}.jsonl`);
      const original = fs.readFileSync(file, 'utf8');
      const forged = { ...(JSON.parse(original) as Checkpoint), seq: 3 };
      fs.appendFileSync(file, `${JSON.stringify(forged)}\n`);
      try {
        const result = await capture(() => runCli(['audit', 'verify']));
        expect(result.code).toBe(1);
        expect(result.out).toContain(`${INTACT}.jsonl line 2 has no valid signature`);
      } finally {
        fs.writeFileSync(file, original);
      }
    },
    SLOW,
  );
});
