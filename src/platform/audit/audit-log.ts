import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

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
 * Append an event to its organisation's chain. Call it with the transaction
 * that does the work, so the record and its audit entry commit together.
 * The chain head row is locked for the rest of the transaction, which
 * serialises appends per organisation (not across organisations).
 */
export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const chain = entry.organisationId ?? PLATFORM_CHAIN;
  await db
    .insertInto('audit_chain')
    .values({ organisation_id: chain, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const head = await db
    .selectFrom('audit_chain')
    .selectAll()
    .where('organisation_id', '=', chain)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // Millisecond precision survives the round trip through timestamptz on both engines.
  const at = new Date();
  const fields: HashedFields = {
    organisation_id: chain,
    seq: Number(head.last_seq) + 1,
    at: at.toISOString(),
    actor_type: entry.actorType,
    actor_id: entry.actorId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    result: entry.result,
    origin: entry.origin,
    prev_hash: head.last_hash,
  };
  const hash = hashEvent(fields);
  await db
    .insertInto('audit_event')
    .values({ ...fields, at, hash })
    .execute();
  await db
    .updateTable('audit_chain')
    .set({ last_seq: fields.seq, last_hash: hash })
    .where('organisation_id', '=', chain)
    .execute();
}

export interface ChainBreak {
  organisationId: string;
  seq: number;
  reason: 'hash_mismatch' | 'missing_event' | 'head_mismatch';
}

export interface VerifyResult {
  chains: number;
  events: number;
  breaks: ChainBreak[];
}

/** Batch size when walking a chain, so verification runs in bounded memory. */
const VERIFY_BATCH = 5000;

/** Recompute every chain; report the first broken link of each chain. */
export async function verifyAudit(db: Kysely<Database>): Promise<VerifyResult> {
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
  return { chains: heads.length, events, breaks };
}
