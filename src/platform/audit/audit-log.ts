import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AuditEventTable } from '../platform.tables';
import { type Anchor, type ChainBreak, GENESIS_HASH, type LinkFn, walkChain } from './audit-chain';
import type { AuditKeys } from './audit-key';
import { type RekeyedChain, rekeyLegacyChains } from './audit-rekey';

export type { ChainBreak } from './audit-chain';

/** The platform's own chain (logins, platform administration) has no organisation. */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';

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
    // An anonymous actor's time is kept to the minute: a finer one can name the reporter.
    at: entry.actorType === 'anonymous' ? toTheMinute(new Date()) : new Date(),
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

function toTheMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

/** Events sealed per chain per transaction: bounds the lock time and the statement size. */
const SEAL_BATCH = 2000;

/**
 * Re-key chains sealed before the audit key existed, once (ADR 0019); each re-keyed
 * chain gets an `audit.chain_rekeyed` event, a failure naming the first broken link
 * when the old chain was already broken. Returns what it re-keyed, or null.
 */
export async function ensureRekeyed(db: Db, keys: AuditKeys): Promise<RekeyedChain[] | null> {
  if (keys.rekeyed) return null;
  const rekeyed = await rekeyLegacyChains(db, keys.link, (trx, chain) =>
    appendAudit(trx, {
      organisationId: chain.organisationId === PLATFORM_CHAIN ? null : chain.organisationId,
      actorType: 'system',
      actorId: null,
      action: 'audit.chain_rekeyed',
      objectType: 'audit_chain',
      objectId: chain.brokenAt === null ? null : `seq:${chain.brokenAt}`,
      result: chain.brokenAt === null ? 'success' : 'failure',
      origin: 'system',
    }),
  );
  keys.rekeyed = true;
  return rekeyed;
}

/**
 * Link committed, unsealed events into their chains, in insertion order within
 * each chain, with the keyed link. Safe to run from several processes at once: a
 * chain being sealed elsewhere is skipped (SKIP LOCKED) and picked up on the next
 * run. Returns how many events it sealed.
 */
export async function sealAudit(db: Db, keys: AuditKeys): Promise<number> {
  await ensureRekeyed(db, keys);
  let sealed = 0;
  for (;;) {
    const chains = await db
      .selectFrom('audit_event')
      .select('organisation_id')
      .distinct()
      .where('hash', 'is', null)
      .execute();
    let progress = 0;
    for (const { organisation_id } of chains)
      progress += await sealChain(db, organisation_id, keys.link);
    sealed += progress;
    if (progress === 0) return sealed;
  }
}

async function sealChain(db: Db, chain: string, link: LinkFn): Promise<number> {
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
      const hash = link({ ...row, seq, at: new Date(row.at).toISOString(), prev_hash: prev });
      const value = sql`(${Number(row.id)}::bigint, ${seq}::bigint, ${prev}, ${hash})`;
      prev = hash;
      return value;
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

export interface VerifyResult {
  chains: number;
  events: number;
  /** Committed events not yet sealed into a chain (normally only the last second's). */
  pending: number;
  breaks: ChainBreak[];
}

/**
 * Recompute every chain with the keyed link and report the first broken link of
 * each, also against the checkpoints (per chain) anchored outside the database: a
 * chain that lost its tail, or vanished, no longer reaches its newest checkpoint.
 */
export async function verifyAudit(
  db: Db,
  keys: AuditKeys,
  checkpoints: ReadonlyMap<string, Anchor[]> = new Map(),
): Promise<VerifyResult> {
  const heads = await db.selectFrom('audit_chain').selectAll().execute();
  const headOf = new Map(heads.map((h) => [h.organisation_id, h]));
  const chains = [...new Set([...headOf.keys(), ...checkpoints.keys()])].sort();
  const breaks: ChainBreak[] = [];
  let events = 0;
  for (const chain of chains) {
    const walked = await walkChain(db, chain, headOf.get(chain), keys.link, checkpoints.get(chain));
    events += walked.events;
    if (walked.broken) breaks.push(walked.broken);
  }
  const { pending } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('pending'))
    .where('hash', 'is', null)
    .executeTakeFirstOrThrow();
  return { chains: chains.length, events, pending: Number(pending), breaks };
}
