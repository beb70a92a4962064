import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { GENESIS_HASH, type LinkFn, plainLink, walkChain } from './audit-chain';

/** Events re-linked per statement. */
const REKEY_BATCH = 2000;

export interface RekeyedChain {
  organisationId: string;
  events: number;
  /** The first broken link of the old plain chain, if it was already broken. */
  brokenAt: number | null;
}

/**
 * One-off: re-seal chains that carry plain SHA-256 links under the keyed link
 * (ADR 0019). Each chain is verified with its old links first; a chain that was
 * already broken is re-keyed as it stands (gaps stay gaps) and the break is passed to
 * `record`, which writes it into the (new, keyed) chain. One transaction,
 * holding the pending row so two instances cannot both do it. Returns null when
 * there was nothing to do.
 */
export async function rekeyLegacyChains(
  db: Db,
  link: LinkFn,
  record: (trx: Db, chain: RekeyedChain) => Promise<void>,
): Promise<RekeyedChain[] | null> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('audit_rekey_pending')
      .select('id')
      .forUpdate()
      .executeTakeFirst();
    if (!pending) return null;
    const heads = await trx.selectFrom('audit_chain').selectAll().execute();
    const done: RekeyedChain[] = [];
    for (const head of heads) {
      const check = await walkChain(trx, head.organisation_id, head, plainLink);
      const chain = {
        organisationId: head.organisation_id,
        events: await relinkChain(trx, head.organisation_id, link),
        brokenAt: check.broken?.seq ?? null,
      };
      await record(trx, chain);
      done.push(chain);
    }
    await trx.deleteFrom('audit_rekey_pending').execute();
    return done;
  });
}

/** Recompute every link of a chain in seq order and move its head. */
async function relinkChain(trx: Db, chain: string, link: LinkFn): Promise<number> {
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const rows = await trx
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', chain)
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(REKEY_BATCH)
      .execute();
    if (rows.length === 0) break;
    const links = rows.map((row) => {
      const seq = Number(row.seq);
      const hash = link({ ...row, seq, at: new Date(row.at).toISOString(), prev_hash: prev });
      const value = sql`(${Number(row.id)}::bigint, ${prev}, ${hash})`;
      prev = hash;
      lastSeq = seq;
      return value;
    });
    await sql`update audit_event as e set prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(links)}) as v(id, prev_hash, hash)
      where e.id = v.id`.execute(trx);
    count += rows.length;
  }
  await trx
    .updateTable('audit_chain')
    .set({ last_seq: lastSeq, last_hash: prev })
    .where('organisation_id', '=', chain)
    .execute();
  return count;
}
