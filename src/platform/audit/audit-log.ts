import { createHash } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AuditEventTable } from '../platform.tables';

/** The platform's own chain (logins, platform administration) has no organisation. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';
const GENESIS_HASH = '0'.repeat(64);

/**
 * One audit event: who did what to which object, with what result, from where.
 * These are the fields BIO2 8.15 asks for. Never put content or personal data here.
 */
export interface AuditEntry {
  organisationId: string | null;
  actorType: 'person' | 'api_token' | 'anonymous' | 'system';
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: 'success' | 'denied' | 'failure';
  /** Request id and a coarse origin (e.g. "web", "api", "job"); never an IP for anonymous reporters. */
  origin: string | null;
}

interface HashedFields {
  organisation_id: string;
  seq: number;
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  origin: string | null;
  prev_hash: string;
}

/** Canonical hash of one event; field order is fixed so the verifier can recompute it. */
export function hashEvent(e: HashedFields): string {
  const canonical = JSON.stringify([
    e.organisation_id,
    e.seq,
    e.at,
    e.actor_type,
    e.actor_id,
    e.action,
    e.object_type,
    e.object_id,
    e.result,
    e.origin,
    e.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Record an event. Call it with the transaction that does the work, so the
 * record and its audit entry commit (or roll back) together. The event is
 * written unchained and takes no lock; `sealAudit` links it into its
 * organisation's hash chain shortly after commit (ADR 0011).
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_event').values(unsealedEvent(entry)).execute();
}

/**
 * The row `appendAudit` inserts, for a statement that writes its audit event
 * itself (one atomic INSERT … WITH instead of a transaction of several).
 */
export function unsealedEvent(entry: AuditEntry): Insertable<AuditEventTable> {
  return {
    organisation_id: entry.organisationId ?? PLATFORM_CHAIN,
    // Millisecond precision survives the round trip through timestamptz on both engines.
    at: new Date(),
    actor_type: entry.actorType,
    actor_id: entry.actorId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    result: entry.result,
    origin: entry.origin,
    seq: null,
    prev_hash: null,
    hash: null,
  };
}

/** Events sealed per chain per transaction: bounds the lock time and the statement size. */
const SEAL_BATCH = 2000;

/**
 * Link committed, unsealed events into their chains, in insertion order within
 * each chain. Safe to run from several processes at once: a chain being sealed
 * elsewhere is skipped (SKIP LOCKED) and picked up on the next run.
 * Returns how many events it sealed.
 */
export async function sealAudit(db: Db): Promise<number> {
  let sealed = 0;
  for (;;) {
    const chains = await db
      .selectFrom('audit_event')
      .select('organisation_id')
      .distinct()
      .where('hash', 'is', null)
      .execute();
    let progress = 0;
    for (const { organisation_id } of chains) progress += await sealChain(db, organisation_id);
    sealed += progress;
    if (progress === 0) return sealed;
  }
}

async function sealChain(db: Db, chain: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('audit_chain')
      .values({ organisation_id: chain, last_seq: 0, last_hash: GENESIS_HASH })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const head = await trx
      .selectFrom('audit_chain')
      .selectAll()
      .where('organisation_id', '=', chain)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!head) return 0;
    const rows = await trx
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', chain)
      .where('hash', 'is', null)
      .orderBy('id')
      .limit(SEAL_BATCH)
      .execute();
    if (rows.length === 0) return 0;
    let seq = Number(head.last_seq);
    let prev = head.last_hash;
    const links = rows.map((row) => {
      seq += 1;
      const hash = hashEvent({ ...row, seq, at: new Date(row.at).toISOString(), prev_hash: prev });
      const link = sql`(${Number(row.id)}::bigint, ${seq}::bigint, ${prev}, ${hash})`;
      prev = hash;
      return link;
    });
    await sql`update audit_event as e
      set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(links)}) as v(id, seq, prev_hash, hash)
      where e.id = v.id`.execute(trx);
    await trx
      .updateTable('audit_chain')
      .set({ last_seq: seq, last_hash: prev })
      .where('organisation_id', '=', chain)
      .execute();
    return rows.length;
  });
}

export interface ChainBreak {
  organisationId: string;
  seq: number;
  reason: 'hash_mismatch' | 'missing_event' | 'head_mismatch';
}

export interface VerifyResult {
  chains: number;
  events: number;
  /** Committed events not yet sealed into a chain (normally only the last second's). */
  pending: number;
  breaks: ChainBreak[];
}

/** Batch size when walking a chain, so verification runs in bounded memory. */
const VERIFY_BATCH = 5000;

/** Recompute every chain; report the first broken link of each chain. */
export async function verifyAudit(db: Db): Promise<VerifyResult> {
  const heads = await db.selectFrom('audit_chain').selectAll().orderBy('organisation_id').execute();
  const breaks: ChainBreak[] = [];
  let events = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prev = GENESIS_HASH;
    let broken: ChainBreak | null = null;
    for (;;) {
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('organisation_id', '=', head.organisation_id)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(VERIFY_BATCH)
        .execute();
      for (const row of rows) {
        events++;
        if (broken) continue;
        const seq = Number(row.seq);
        if (seq !== expectedSeq) {
          broken = {
            organisationId: head.organisation_id,
            seq: expectedSeq,
            reason: 'missing_event',
          };
          continue;
        }
        const recomputed = hashEvent({
          ...row,
          seq,
          at: new Date(row.at).toISOString(),
          prev_hash: prev,
        });
        if (row.prev_hash !== prev || row.hash !== recomputed) {
          broken = { organisationId: head.organisation_id, seq, reason: 'hash_mismatch' };
          continue;
        }
        prev = row.hash;
        expectedSeq = seq + 1;
      }
      if (rows.length < VERIFY_BATCH || broken) break;
    }
    if (!broken && (expectedSeq - 1 !== Number(head.last_seq) || prev !== head.last_hash)) {
      broken = { organisationId: head.organisation_id, seq: expectedSeq, reason: 'head_mismatch' };
    }
    if (broken) breaks.push(broken);
  }
  const { pending } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('pending'))
    .where('hash', 'is', null)
    .executeTakeFirstOrThrow();
  return { chains: heads.length, events, pending: Number(pending), breaks };
}
