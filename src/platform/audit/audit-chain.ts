import { createHash } from 'node:crypto';
import type { Db } from '../../db/database';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event its link covers. */
export interface LinkedFields {
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

/** Computes an event's link (its `hash` column) from its fields and the previous link. */
export type LinkFn = (e: LinkedFields) => string;

/** Field order is fixed so the verifier can recompute a link. */
function canonical(e: LinkedFields): string {
  return JSON.stringify([
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
}

/** A keyed link: HMAC-SHA256 under the audit chain key (ADR 0019). */
export const keyedLink =
  (mac: (canonical: string) => string): LinkFn =>
  (e) =>
    mac(canonical(e));

/** The plain SHA-256 link of chains sealed before ADR 0019; only re-keying still reads it. */
export const plainLink: LinkFn = (e) => createHash('sha256').update(canonical(e)).digest('hex');

export type BreakReason =
  | 'hash_mismatch'
  | 'missing_event'
  | 'head_mismatch'
  | 'checkpoint_mismatch'
  | 'tail_cut';

export interface ChainBreak {
  organisationId: string;
  /** The first bad event: where the chain stops being trustworthy. */
  seq: number;
  reason: BreakReason;
}

/** A chain head anchored outside the database (a signed checkpoint). */
export interface Anchor {
  seq: number;
  hash: string;
}

/** Batch size when walking a chain, so verification runs in bounded memory. */
const VERIFY_BATCH = 5000;

/**
 * Walk one chain from its first event and return the first broken link, if any:
 * a changed event, a gap, a head in `audit_chain` that does not match, an event that
 * differs from a checkpoint, or fewer events than the newest checkpoint holds.
 */
export async function walkChain(
  db: Db,
  chain: string,
  head: { last_seq: number; last_hash: string } | undefined,
  link: LinkFn,
  anchors: Anchor[] = [],
): Promise<{ events: number; broken: ChainBreak | null }> {
  const anchorAt = new Map(anchors.map((a) => [a.seq, a.hash]));
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let events = 0;
  const fail = (seq: number, reason: BreakReason) => ({
    events,
    broken: { organisationId: chain, seq, reason },
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', chain)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(VERIFY_BATCH)
      .execute();
    for (const row of rows) {
      events++;
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return fail(expectedSeq, 'missing_event');
      const recomputed = link({ ...row, seq, at: new Date(row.at).toISOString(), prev_hash: prev });
      if (row.prev_hash !== prev || row.hash !== recomputed) return fail(seq, 'hash_mismatch');
      const anchored = anchorAt.get(seq);
      if (anchored !== undefined && anchored !== row.hash) return fail(seq, 'checkpoint_mismatch');
      prev = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  const last = expectedSeq - 1;
  const newestAnchor = anchors.reduce((max, a) => Math.max(max, a.seq), 0);
  if (newestAnchor > last) return fail(expectedSeq, 'tail_cut');
  if (head && (last !== Number(head.last_seq) || prev !== head.last_hash)) {
    return fail(expectedSeq, 'head_mismatch');
  }
  return { events, broken: null };
}
